import { transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { TABLING_EVENT, type ProposalTerms } from '../../machines/terms.ts';
import type {
  DoctrineRule,
  EventSpec,
  Posture,
  Postures,
  TransitionMeta,
  WorldView,
} from '../../machines/types.ts';
import { availabilityOf, guardName, homeAccepts } from './availability.ts';
import { EventNotEnabledError, ModelError } from './errors.ts';
import { assess, type Simulation } from './simulation.ts';
import type { Cause, StepResult, TabledTerms, TransitionRecord } from './types.ts';

/** The mutable working state of one step while it is being computed. */
interface Working {
  index: number;
  postures: Record<string, Posture>;
  snapshots: Map<string, AnyMachineSnapshot>;
  records: TransitionRecord[];
  /** The terms on the table during this step (undefined: the standing US proposal). */
  terms: ProposalTerms | undefined;
}

/** The world guards read: the postures, and the terms on the table when a proposal gave its own. */
function worldOf(postures: Postures, terms: ProposalTerms | undefined): WorldView {
  return terms ? { postures, terms } : { postures };
}

/** A posture with one region (or the whole flat state) replaced. */
function withState(posture: Posture, region: string | null, state: string): Posture {
  return region === null || typeof posture === 'string' ? state : { ...posture, [region]: state };
}

/** What a rejection quotes: the conditions the terms on the table break, or that they break none. */
function quoted(sim: Simulation, guard: string, world: WorldView): string {
  const spec = sim.model.guards[guard]!;
  return spec.test(world)
    ? ' The terms on the table break none of its stated conditions.'
    : ` ${spec.explain ? spec.explain(world) : spec.description}`;
}

/** Why a transition happened, in a sentence a student can read. */
function reasonFor(
  sim: Simulation,
  spec: EventSpec,
  cause: Cause,
  guard: string | null,
  world: WorldView,
  quotes: string | undefined,
  rule?: DoctrineRule,
): string {
  const condition =
    (guard ? ` Condition met: ${sim.model.guards[guard]!.description}` : '') +
    (quotes ? quoted(sim, quotes, world) : '');
  if (cause === 'doctrine') {
    const party = sim.index.party(spec.controlledBy);
    return `${party.name} is not played, so it acts by its doctrine: ${rule!.why}${condition}`;
  }
  if (cause === 'reaction') return `Reaction to “${spec.label}”.${condition}`;
  const who =
    spec.controlledBy === 'world'
      ? 'World event (the teacher or the script)'
      : `Decision of ${sim.index.party(spec.controlledBy).name}`;
  return `${who}: “${spec.label}”.${condition}`;
}

/**
 * Offers one event to every machine, in party order. Each machine sees the world as
 * it was before the event (simultaneous semantics), so the order only fixes how the
 * log lists the transitions, never which ones happen.
 */
function deliver(
  sim: Simulation,
  work: Working,
  spec: EventSpec,
  cause: Cause,
  rule?: DoctrineRule,
): void {
  const world = worldOf({ ...work.postures } as Postures, work.terms);
  const event = { type: spec.type, world } as never;
  // The home machine's own transition is listed first, then the reactions in party order.
  const home = sim.index.party(spec.home);
  for (const party of [home, ...sim.model.parties.filter((p) => p !== home)]) {
    const snapshot = work.snapshots.get(party.id)!;
    const taken = party.machine.getTransitionData(snapshot, event);
    if (taken.length === 0) continue;
    const [next] = transitionOrExplain(party.machine, snapshot, event, party.id, spec.type);
    work.snapshots.set(party.id, next);
    for (const t of taken) {
      const target = t.target?.[0];
      if (!target) continue;
      const region = t.source.path.length > 1 ? t.source.path[0]! : null;
      const from = t.source.path[t.source.path.length - 1]!;
      const to = target.path[target.path.length - 1]!;
      work.postures[party.id] = withState(work.postures[party.id]!, region, to);
      const meta = (t.meta ?? { basis: [] }) as TransitionMeta;
      const guard = guardName(t);
      const ownCause: Cause = party.id === spec.home ? cause : 'reaction';
      work.records.push({
        step: work.index,
        seq: work.records.length + 1,
        event: spec.type,
        cause: ownCause,
        actor: party.id,
        region,
        from,
        to,
        guard,
        reason: reasonFor(sim, spec, ownCause, guard, world, meta.quotes, rule),
        description: t.description ?? '',
        basis: meta.basis,
        abandons: meta.abandons ?? null,
        ...assess(sim, work.postures),
      });
    }
  }
}

/** XState's pure transition, with a loop caught by `maxIterations` turned into one clear sentence. */
function transitionOrExplain(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: never,
  party: string,
  type: string,
) {
  try {
    return transition(machine, snapshot, event);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ModelError(
      `the ${party} machine failed on "${type}": ${message}. This is a fault in the model, not in your input.`,
    );
  }
}

/**
 * Automatic play: each party no team plays takes the first enabled rule of its
 * doctrine, at most once per step, in party order, until nobody has a move. The
 * once-per-step bound makes reaction loops impossible.
 */
function playDoctrine(sim: Simulation, work: Working): void {
  const acted = new Set<string>();
  let moved = true;
  while (moved) {
    moved = false;
    for (const party of sim.model.parties) {
      if (sim.played.has(party.id) || acted.has(party.id)) continue;
      const world = worldOf(work.postures, work.terms);
      const rule = party.doctrine.find((r) => {
        const spec = sim.index.event(r.event)!;
        return (!r.when || sim.model.guards[r.when]!.test(world)) && homeAccepts(work, spec);
      });
      if (!rule) continue;
      deliver(sim, work, sim.index.event(rule.event)!, 'doctrine', rule);
      acted.add(party.id);
      moved = true;
    }
  }
}

/**
 * Applies one input event to a step and returns the next step: the event's own
 * transition, every reaction to it, then automatic play, in a fixed order.
 * Throws EventNotEnabledError (with the reason) when the event is not enabled.
 */
export function applyEvent(
  sim: Simulation,
  step: StepResult,
  type: string,
  tabled?: TabledTerms,
): StepResult {
  const availability = availabilityOf(sim, step, type);
  const index = step.index + 1;
  if (!availability) throw new EventNotEnabledError(type, index, 'no such event in this model.');
  if (!availability.enabled)
    throw new EventNotEnabledError(type, index, availability.reason ?? 'not possible now.');
  if (tabled && type !== TABLING_EVENT)
    throw new ModelError(`step ${index}: only "${TABLING_EVENT}" carries terms, not "${type}".`);
  const work: Working = {
    index,
    postures: { ...step.postures },
    snapshots: new Map(step.snapshots),
    records: [],
    // A tabling puts its terms on the table (none given: the standing US proposal); other events leave them.
    terms: type === TABLING_EVENT ? (tabled?.terms ?? sim.setup.terms) : step.terms,
  };
  deliver(sim, work, sim.index.event(type)!, 'input');
  playDoctrine(sim, work);
  const postures = work.postures as Postures;
  return {
    index,
    input: type,
    transitions: work.records,
    postures,
    ...(work.terms ? { terms: work.terms } : {}),
    ...(tabled ? { tabled } : {}),
    snapshots: work.snapshots,
    ...assess(sim, postures),
  };
}

/** Plays a list of input events from a step; every step along the way, the first one included. */
export function applyEvents(
  sim: Simulation,
  start: StepResult,
  types: readonly string[],
): StepResult[] {
  const steps = [start];
  for (const type of types) steps.push(applyEvent(sim, steps[steps.length - 1]!, type));
  return steps;
}
