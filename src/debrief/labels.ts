import type { ConflictModel } from '../../machines/types.ts';
import { indexModel, postureLabel } from '../engine/modelIndex.ts';
import type { Standing } from './types.ts';

/**
 * The labels students saw on screen, looked up from the model: parties, states,
 * events, ladder rungs and outcomes. One place, so the debrief, its renderings and
 * the CSV label columns always say the same words.
 */
export function labelsFor(model: ConflictModel) {
  const index = indexModel(model);
  const partyName = (id: string) => (id === 'world' ? 'the world' : index.party(id).name);
  return {
    index,
    partyName,
    /** The label of one state of one party (and region), or the id when it has none. */
    state: (party: string, region: string | null, state: string | null) =>
      state === null ? 'no change' : (index.state(party, region, state)?.label ?? state),
    event: (type: string) => index.event(type)?.label ?? type,
    /** Who decides an event: a party id, or "world" for the teacher or the script. */
    decider: (type: string) => index.event(type)?.controlledBy ?? 'world',
    rung: (level: number) => model.ladder.find((r) => r.level === level)?.name ?? String(level),
    outcome: (id: string) => model.outcomes.find((o) => o.id === id)?.label ?? id,
    posture: (party: string, posture: Parameters<typeof postureLabel>[2]) =>
      postureLabel(index, party, posture),
  };
}

/** The labels of a model, as labelsFor returns them. */
export type Labels = ReturnType<typeof labelsFor>;

/** A ladder level and outcome with their names. */
export function standing(labels: Labels, ladder: number, outcome: string): Standing {
  return {
    ladder,
    ladderName: labels.rung(ladder),
    outcome,
    outcomeLabel: labels.outcome(outcome),
  };
}
