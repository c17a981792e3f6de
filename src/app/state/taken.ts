/**
 * The moves of the current step, per party, as data. The diagram component still
 * takes them as one "region|from|to …" string (its props belong to the diagram
 * code); {@link takenKey} is the one place that packs them.
 */
import type { StepResult } from '../../engine/index.ts';

/** One transition taken in a step, as a diagram draws it. */
export interface TakenMove {
  readonly region: string | null;
  readonly from: string;
  readonly to: string;
}

/** The moves of a step by party id, in the order they happened. */
export function takenMoves(step: StepResult): ReadonlyMap<string, readonly TakenMove[]> {
  const byParty = new Map<string, TakenMove[]>();
  for (const t of step.transitions) {
    const list = byParty.get(t.actor) ?? [];
    list.push({ region: t.region, from: t.from, to: t.to });
    byParty.set(t.actor, list);
  }
  return byParty;
}

/** The diagram's string form of a party's moves (empty when it did not move). */
export function takenKey(moves: readonly TakenMove[] | undefined): string {
  return (moves ?? []).map((m) => `${m.region ?? ''}|${m.from}|${m.to}`).join(' ');
}
