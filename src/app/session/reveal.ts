/**
 * The teacher's engine judging a round (issue 12): every team's move is checked by the
 * engine (its own party's event, enabled now) and applied in the engine's party order;
 * a refused move keeps the engine's reason for that team. Pure: the same submissions
 * on the same step always give the same line, verdicts and records.
 */
import {
  applyEvent,
  availabilityOf,
  postureEntries,
  type Simulation,
  type StepResult,
} from '../../engine/index.ts';
import {
  PASS,
  type RoundEntry,
  type RoundRecord,
  type Submission,
  type Verdict,
} from '../../classroom/protocol.ts';

/** One team's submission as the teacher read it. */
export interface TeamSubmission {
  readonly party: string;
  readonly team: string;
  readonly submission: Submission;
}

/** A prediction record of the exported log (the shared `predictions` shape). */
export interface PredictionRecord {
  readonly step: number;
  readonly party: string;
  readonly region: string | null;
  readonly predicted: string | null;
  readonly actual: string | null;
  readonly correct: boolean;
  readonly by: string | null;
}

/** What a reveal does. */
export interface Reveal {
  /** The accepted events, in the order they were applied. */
  readonly events: readonly string[];
  readonly steps: readonly StepResult[];
  readonly verdicts: Readonly<Record<string, Verdict>>;
  readonly record: RoundRecord;
  readonly predictions: readonly PredictionRecord[];
}

/** The state of one party's region in a step (null when the party or region is unknown). */
function stateOf(step: StepResult, party: string, region: string | null): string | null {
  const posture = step.postures[party];
  if (posture === undefined) return null;
  return postureEntries(posture).find(([r]) => r === region)?.[1] ?? null;
}

/** Why the engine refuses a team's move, or null when it may be applied now. */
export function refusalOf(
  sim: Simulation,
  step: StepResult,
  party: string,
  move: string,
): string | null {
  const availability = availabilityOf(sim, step, move);
  if (!availability) return `“${move}” is not an event of this model.`;
  if (availability.controlledBy !== party) {
    const name = sim.index.party(party).name;
    return `“${availability.label}” is not ${name}’s decision to make.`;
  }
  return availability.enabled ? null : availability.reason;
}

/** Judges and applies a round's submissions from `start`, in the engine's party order. */
export function revealRound(
  sim: Simulation,
  start: StepResult,
  round: number,
  submissions: readonly TeamSubmission[],
): Reveal {
  const order = new Map(sim.model.parties.map((p, i) => [p.id, i]));
  const sorted = [...submissions].sort(
    (a, b) => (order.get(a.party) ?? 99) - (order.get(b.party) ?? 99),
  );
  let step = start;
  const steps: StepResult[] = [];
  const verdicts: Record<string, Verdict> = {};
  const entries: Omit<RoundEntry, 'correct'>[] = [];
  for (const { party, team, submission } of sorted) {
    const { move, rationale, prediction, id } = submission;
    let status: Verdict['status'] = 'pass';
    let reason: string | null = null;
    let made: number | null = null;
    if (move !== PASS) {
      reason = refusalOf(sim, step, party, move);
      if (reason === null) {
        step = applyEvent(sim, step, move);
        steps.push(step);
        status = 'applied';
        made = step.index;
      } else status = 'refused';
    }
    verdicts[party] = { id, round, status, reason };
    entries.push({ party, team, move, rationale, prediction, status, reason, step: made });
  }
  // Predictions are scored against the state after the whole round.
  const forStep = steps.length > 0 ? step.index : start.index + 1;
  const predictions: PredictionRecord[] = sorted.flatMap(({ team, submission: { prediction } }) => {
    if (!prediction) return [];
    const actual = stateOf(step, prediction.party, prediction.region);
    const before = stateOf(start, prediction.party, prediction.region);
    const correct =
      prediction.predicted === null ? actual === before : actual === prediction.predicted;
    return [{ step: forStep, ...prediction, actual, correct, by: team }];
  });
  const scored = entries.map(
    (e): RoundEntry => ({
      ...e,
      correct: predictions.find((p) => p.by === e.team)?.correct ?? null,
    }),
  );
  const record = { round, fromStep: start.index, entries: scored };
  return { events: steps.map((s) => s.input!), steps, verdicts, record, predictions };
}
