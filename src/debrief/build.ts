import type { ConflictModel } from '../../machines/types.ts';
import { availableEvents } from '../engine/availability.ts';
import { createSimulation } from '../engine/simulation.ts';
import type { MessageRecord } from '../engine/log.ts';
import type { StepResult } from '../engine/types.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import { labelsFor, standing, type Labels } from './labels.ts';
import { summarizePredictions } from './predictions.ts';
import { sourceResolver } from './sources.ts';
import { triedRows } from './tried.ts';
import { findTurningPoints } from './turningPoints.ts';
import type {
  Attempt,
  Debrief,
  DebriefMove,
  DebriefStep,
  HistoryRow,
  PartyConditions,
  PostureLabel,
  Prediction,
  RefusedEvent,
  ScriptedStep,
} from './types.ts';

/** What a debrief is built from: one line of steps on its scenario, and its predictions. */
export interface DebriefInput {
  readonly model: ConflictModel;
  readonly scenario: ValidScenario;
  /** The line's steps, steps[0] being the start (as the engine's History keeps them). */
  readonly steps: readonly StepResult[];
  /** Parties a team (or the script) played; the others acted by doctrine. */
  readonly played: readonly string[];
  /** The line's id in the session, or the log's file name. */
  readonly line: string;
  readonly predictions?: readonly Prediction[];
  /** Messages of the negotiation rounds on this line (from the app or a log). */
  readonly messages?: readonly MessageRecord[];
  /** Moves the class tried that the engine refused (the log's `attempts`). */
  readonly attempts?: readonly Attempt[];
}

/** The script's steps with labels and sources, by index. */
function scriptedSteps(input: DebriefInput, labels: Labels): ScriptedStep[] {
  const cite = sourceResolver(input.model, input.scenario);
  return input.scenario.scenario.script.map((s) => ({
    event: s.event,
    label: labels.event(s.event),
    kind: s.kind,
    narration: s.narration,
    date: s.date ?? null,
    sources: cite(s.sources ?? []),
  }));
}

/**
 * Events of played parties that a stated condition (a named guard) refused at this
 * point: the moves a team could not make, with the condition quoted. Events refused
 * only because the party's state does not offer them are left out: they are not a
 * condition's doing, and listing them all would bury the ones that are.
 */
function refusedAt(input: DebriefInput, labels: Labels, step: StepResult): RefusedEvent[] {
  // Steps are immutable and a debrief is rebuilt at every new step of its line: each
  // step's answer is kept for the model, scenario and played parties it was read with.
  const kept = refusedCache.get(step);
  if (
    kept &&
    kept.model === input.model &&
    kept.scenario === input.scenario &&
    kept.played === input.played
  )
    return kept.refused;
  const refused = readRefused(input, labels, step);
  refusedCache.set(step, {
    model: input.model,
    scenario: input.scenario,
    played: input.played,
    refused,
  });
  return refused;
}

/** {@link refusedAt}'s answers, by step. */
const refusedCache = new WeakMap<
  StepResult,
  {
    readonly model: ConflictModel;
    readonly scenario: ValidScenario;
    readonly played: readonly string[];
    readonly refused: RefusedEvent[];
  }
>();

/** The refused events of one step, read from the engine. */
function readRefused(input: DebriefInput, labels: Labels, step: StepResult): RefusedEvent[] {
  const sim = createSimulation(input.model, {
    postures: step.postures,
    played: input.played,
    seed: input.scenario.scenario.seed,
  });
  return availableEvents(sim, step)
    .filter((a) => !a.enabled && a.guard !== null && a.controlledBy !== 'world')
    .map((a) => ({
      event: a.type,
      label: a.label,
      decider: labels.partyName(a.controlledBy),
      reason: a.reason ?? '',
      guard: a.guard,
    }));
}

/** The moves of one step, with the labels students saw. */
function movesOf(labels: Labels, step: StepResult): DebriefMove[] {
  return step.transitions.map((t) => ({
    party: t.actor,
    partyName: labels.partyName(t.actor),
    region: t.region,
    from: t.from,
    fromLabel: labels.state(t.actor, t.region, t.from),
    to: t.to,
    toLabel: labels.state(t.actor, t.region, t.to),
    cause: t.cause,
    reason: t.reason,
    abandons: t.abandons,
  }));
}

/** Every party's posture after a step, in the model's party order. */
function posturesOf(model: ConflictModel, labels: Labels, step: StepResult): PostureLabel[] {
  return model.parties.map((p) => ({
    party: p.id,
    partyName: p.name,
    label: labels.posture(p.id, step.postures[p.id]!),
  }));
}

/** Each party's stated conditions (from the roles) and the ones abandoned on this line. */
function conditionsOf(input: DebriefInput, labels: Labels, steps: readonly DebriefStep[]) {
  const abandonedBy = (party: string) =>
    steps.flatMap((s) =>
      s.moves
        .filter((m) => m.party === party && m.abandons !== null)
        .map((m) => ({ condition: m.abandons!, step: s.step, reason: m.reason })),
    );
  const parties = input.scenario.scenario.roles.map((r) => r.party);
  for (const s of steps) {
    for (const m of s.moves) if (m.abandons && !parties.includes(m.party)) parties.push(m.party);
  }
  return parties.map((party): PartyConditions => {
    const abandoned = abandonedBy(party);
    const role = input.scenario.scenario.roles.find((r) => r.party === party);
    const stated = role?.statedConditions ?? [];
    return {
      party,
      partyName: labels.partyName(party),
      stated,
      abandoned,
      held: !abandoned.length,
    };
  });
}

/** "What your class did" beside "what happened", for a script with historical steps. */
function historyOf(scripted: readonly ScriptedStep[], steps: readonly DebriefStep[]) {
  if (!scripted.some((s) => s.kind === 'historical')) return null;
  return scripted.map((happened, i): HistoryRow => {
    const mine = steps[i];
    return {
      step: i + 1,
      happened,
      classEvent: mine?.event ?? null,
      classLabel: mine?.label ?? null,
      same: mine?.event === happened.event,
    };
  });
}

/** The debrief of one line: pure, deterministic, and the same for the app and the CLI. */
export function buildDebrief(input: DebriefInput): Debrief {
  const labels = labelsFor(input.model);
  const scripted = scriptedSteps(input, labels);
  const all = input.steps;
  let followed = true;
  const steps = all.slice(1).map((step, i): DebriefStep => {
    const before = all[i]!;
    const event = step.input!;
    const script = scripted[i] ?? null;
    followed = followed && script !== null && script.event === event;
    const decidedBy = labels.decider(event);
    return {
      step: i + 1,
      event,
      label: labels.event(event),
      decidedBy,
      deciderName: labels.partyName(decidedBy),
      moves: movesOf(labels, step),
      ladderBefore: before.ladder,
      ladder: step.ladder,
      ladderName: labels.rung(step.ladder),
      outcomeBefore: before.outcome,
      outcome: step.outcome,
      outcomeLabel: labels.outcome(step.outcome),
      scripted: script,
      onScript: followed,
      postures: posturesOf(input.model, labels, step),
      refused: refusedAt(input, labels, before),
    };
  });
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const s = input.scenario.scenario;
  return {
    scenario: { id: s.id, title: s.title },
    line: input.line,
    start: standing(labels, first.ladder, first.outcome),
    startPostures: posturesOf(input.model, labels, first),
    end: standing(labels, last.ladder, last.outcome),
    steps,
    turningPoints: findTurningPoints(steps, scripted.length),
    conditions: conditionsOf(input, labels, steps),
    predictions: input.predictions ? summarizePredictions(labels, input.predictions) : null,
    messages: input.messages?.length
      ? input.messages.map((m) => ({
          step: m.step,
          fromName: labels.partyName(m.from),
          toName: labels.partyName(m.to),
          routeNames: m.route.map(labels.partyName),
          text: m.text,
        }))
      : null,
    tried: input.attempts ? triedRows(labels, input.attempts) : null,
    history: historyOf(scripted, steps),
    prompts: s.debriefPrompts ?? [],
    whatHappened: s.brief.whatHappened ?? null,
  };
}
