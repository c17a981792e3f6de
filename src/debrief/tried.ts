import '../../machines/zodSetup.ts';
import { z } from 'zod';
import type { Labels } from './labels.ts';
import type { Attempt, TriedRow } from './types.ts';

/**
 * The optional top-level `attempts` array of a transition log: moves the class pressed
 * while the engine refused them, with the engine's reason (docs/log-format.md,
 * "Refused tries"). The debrief lists them beside the moves a condition refused.
 */
export const attemptSchema = z.object({
  step: z.number().int().min(0),
  line: z.string().optional(),
  event: z.string(),
  party: z.string(),
  reason: z.string(),
  by: z.string().nullable(),
});

/** The array as a whole: absent is fine, malformed is an error the reader reports. */
export const attemptsSchema = z.array(attemptSchema);

/** The refused tries with the labels students saw, in step order (stable within a step). */
export function triedRows(labels: Labels, attempts: readonly Attempt[]): TriedRow[] {
  return [...attempts]
    .sort((a, b) => a.step - b.step)
    .map((a) => ({
      ...a,
      label: labels.event(a.event),
      // A hand-edited log may name a party the model lacks: show its id rather than fail.
      deciderName: labels.index.model.parties.some((p) => p.id === a.party)
        ? labels.partyName(a.party)
        : a.party === 'world'
          ? 'the world'
          : a.party,
      tryer: a.by ?? 'the whole class',
    }));
}

/** The header of the tried-and-refused table (the Markdown, the HTML and the app share it). */
export const TRIED_HEADER = [
  'Tried after step',
  'Move',
  'Decided by',
  'Tried by',
  'Why it was refused',
];

/** The sentence above the tried-and-refused table. */
export const TRIED_INTRO =
  'Moves the class pressed that the model refused at that point, with the reason the model gave.';

/** The heading of the section. */
export const TRIED_HEADING = 'Moves the class tried that were refused';

/** The table's rows as text. */
export function triedTable(rows: readonly TriedRow[]): string[][] {
  return rows.map((r) => [
    r.step === 0 ? '0 (the start)' : String(r.step),
    r.label,
    r.deciderName,
    r.tryer,
    r.reason,
  ]);
}
