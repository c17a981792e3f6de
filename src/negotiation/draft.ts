import '../../machines/zodSetup.ts';
import type { ProposalTerms } from '../../machines/terms.ts';
import type { z } from 'zod';
import { problemsFromZod, type Problem } from '../engine/problems.ts';
import { proposalSchema, termsSchema, type ScenarioProposal } from '../scenario/schema.ts';

/** A drafted proposal read from a file, or every problem with it. */
export type DraftRead =
  | { readonly ok: true; readonly proposal: ScenarioProposal }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Terms alone get a neutral title as a team's draft (a file of bare terms, the app's builder). */
export function draftedProposal(terms: ProposalTerms): ScenarioProposal {
  return {
    id: 'draft',
    title: 'A drafted proposal',
    author: 'team',
    kind: 'draft',
    summary: 'Terms drafted by a team.',
    terms: { ...terms, borderTalks: [...terms.borderTalks] },
  };
}

/**
 * Reads a drafted proposal: either a full proposal (id, title, author, kind, summary,
 * terms) or the terms object alone. Every term must be given, so a draft always says
 * what it leaves out (`"borderTalks": []`, `"withdrawalDeadlineDays": null`).
 */
export function readDraft(file: string, text: string): DraftRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        { file, pointer: '', message: 'not JSON', expected: 'a proposal or its terms as JSON' },
      ],
    };
  }
  const isFull = typeof data === 'object' && data !== null && 'terms' in data;
  const schema: z.ZodType = isFull ? proposalSchema : termsSchema;
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(file, parsed.error.issues) };
  return {
    ok: true,
    proposal: isFull
      ? (parsed.data as ScenarioProposal)
      : draftedProposal(parsed.data as ScenarioProposal['terms']),
  };
}
