/**
 * The line document's layout, read by every client and written by the teacher only:
 * `session` (round, open, free play, question), `inputs` (the line up to the teacher's
 * cursor), `teams` (party → team name), `verdicts` (party → the teacher's answer to its
 * last submission), `rounds` and `predictions` (the records the export carries).
 */
import type * as Y from 'yjs';
import type { RoundRecord, Verdict } from '../../classroom/protocol.ts';
import type { PredictionRecord } from './reveal.ts';

/** The line as a client reads it. */
export interface LineView {
  readonly scenario: string;
  readonly round: number;
  readonly roundOpen: boolean;
  readonly freePlay: boolean;
  readonly question: string | null;
  readonly inputs: readonly string[];
  readonly teams: Readonly<Record<string, string>>;
  readonly verdicts: Readonly<Record<string, Verdict>>;
  readonly rounds: readonly RoundRecord[];
  readonly predictions: readonly PredictionRecord[];
}

/** Reads a line document (an empty one reads as round 0, nothing played). */
export function readLine(doc: Y.Doc): LineView {
  const session = doc.getMap('session');
  return {
    scenario: String(session.get('scenario') ?? ''),
    round: Number(session.get('round') ?? 0),
    roundOpen: session.get('roundOpen') === true,
    freePlay: session.get('freePlay') === true,
    question: (session.get('question') as string | null | undefined) ?? null,
    inputs: doc.getArray<string>('inputs').toArray(),
    teams: doc.getMap<string>('teams').toJSON() as Record<string, string>,
    verdicts: doc.getMap<Verdict>('verdicts').toJSON() as Record<string, Verdict>,
    rounds: doc.getArray<RoundRecord>('rounds').toArray(),
    predictions: doc.getArray<PredictionRecord>('predictions').toArray(),
  };
}

/** Replaces the line's inputs when they differ (one transaction: clients see one step). */
export function writeInputs(doc: Y.Doc, inputs: readonly string[]): void {
  const array = doc.getArray<string>('inputs');
  const now = array.toArray();
  if (now.length === inputs.length && now.every((e, i) => e === inputs[i])) return;
  // Keep the common prefix: a step forward is one small insert, not a rewrite.
  let same = 0;
  while (same < now.length && same < inputs.length && now[same] === inputs[same]) same++;
  doc.transact(() => {
    if (same < now.length) array.delete(same, now.length - same);
    array.insert(same, inputs.slice(same));
  });
}
