import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { EventSpec } from '../../machines/types.ts';
import { postureEntries } from './modelIndex.ts';
import type { Simulation } from './simulation.ts';
import type { EventAvailability, StepResult } from './types.ts';

/** The name of a transition's guard, when it has a named one. */
export function guardName(t: AnyTransitionDefinition): string | null {
  const guard = t.guard as unknown;
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard)
    return String((guard as { type: unknown }).type);
  return null;
}

/** Transitions for an event from the active states (and their ancestors), guards ignored. */
function candidates(step: StepResult, partyId: string, type: string): AnyTransitionDefinition[] {
  const snapshot = step.snapshots.get(partyId)!;
  const found: AnyTransitionDefinition[] = [];
  const seen = new Set<AnyStateNode>();
  for (const leaf of snapshot._nodes.filter((n: AnyStateNode) => n.type === 'atomic')) {
    for (let node: AnyStateNode | undefined = leaf; node; node = node.parent) {
      if (seen.has(node)) continue;
      seen.add(node);
      found.push(...(node.transitions.get(type) ?? []));
    }
  }
  return found;
}

/** A state the event is possible from: its label, its description and its region. */
interface NeededState {
  readonly node: AnyStateNode;
  readonly label: string;
  readonly region: string | null;
}

/** Every state node of a machine, depth first. */
function allNodes(root: AnyStateNode): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  const walk = (node: AnyStateNode) => {
    nodes.push(node);
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(root);
  return nodes;
}

/**
 * Answers read from the model's structure alone (which states an event is possible
 * from, which events lead into a state), kept per model index: they never change
 * while it exists, and every step with a long list of refused events asks them again.
 */
const structureAnswers = new WeakMap<object, Map<unknown, unknown>>();

/** `compute()` for `key` in `sim`'s model, computed once per model index. */
function fromStructure<T>(sim: Simulation, key: unknown, compute: () => T): T {
  let answers = structureAnswers.get(sim.index);
  if (!answers) {
    answers = new Map();
    structureAnswers.set(sim.index, answers);
  }
  if (!answers.has(key)) answers.set(key, compute());
  return answers.get(key) as T;
}

/** The labelled states an event is possible from. */
function possibleFrom(sim: Simulation, partyId: string, type: string): readonly NeededState[] {
  const root = sim.index.party(partyId).machine.root;
  return fromStructure(sim, `${partyId}\u0000${type}`, () =>
    allNodes(root)
      .filter((node) => node.transitions.has(type) && node.meta?.label)
      .map((node) => ({
        node,
        label: node.meta.label as string,
        region: node.path.length > 1 ? node.path[0]! : null,
      })),
  );
}

/**
 * The events whose transitions lead into a state, read from the machine itself, each
 * as "label (who decides it)". This is what a student can act on: what must happen first.
 */
function eventsInto(sim: Simulation, partyId: string, target: AnyStateNode): readonly string[] {
  const root = sim.index.party(partyId).machine.root;
  // A state node belongs to one machine: it is a key of its own.
  return fromStructure(sim, target, () => {
    const found = new Set<string>();
    for (const node of allNodes(root)) {
      for (const [type, list] of node.transitions) {
        if (!list.some((t) => t.target?.includes(target))) continue;
        const spec = sim.index.event(type);
        if (!spec) continue;
        const who =
          spec.controlledBy === 'world' ? 'a world event' : sim.index.party(spec.controlledBy).name;
        found.add(`“${spec.label}” (${who})`);
      }
    }
    return [...found];
  });
}

/** A state's own description without its closing full stop, or its label. */
function stateWords(needed: NeededState): string {
  const description = typeof needed.node.description === 'string' ? needed.node.description : '';
  return (description || needed.label).replace(/\.\s*$/, '');
}

/** What is missing for an event refused by its home machine's state, in the model's words. */
function missingState(sim: Simulation, step: StepResult, spec: EventSpec): string {
  const home = sim.index.party(spec.home);
  const needed = possibleFrom(sim, spec.home, spec.type);
  const regions = new Set(needed.map((n) => n.region));
  const now = postureEntries(step.postures[home.id]!)
    .filter(([region]) => regions.has(region))
    .map(([region, state]) => sim.index.state(home.id, region, state)?.label ?? state)
    .join(' · ');
  // The first needed state the machine can be led into names the missing step.
  const first = needed
    .map((n) => ({ n, into: eventsInto(sim, spec.home, n.node) }))
    .find((x) => x.into.length > 0);
  if (!first) {
    const from = needed.length
      ? `; possible from ${needed.map((n) => `“${n.label}”`).join(', ')}`
      : '';
    return `${home.name} is at “${now}”${from}.`;
  }
  // The other states it is possible from, named once each: the needed one is not repeated.
  const others = needed.filter((n) => n !== first.n);
  const also = others.length
    ? ` It is also possible from ${others.map((n) => `“${n.label}”`).join(', ')}.`
    : '';
  return (
    `Needs ${home.name} at “${first.n.label}” (${stateWords(first.n)}), which follows ` +
    `${first.into.join(' or ')}. ${home.name} is now at “${now}”.${also}`
  );
}

/**
 * Why an event is refused: the first failing guard's description, or the state
 * that does not allow it. Guards are run through the model's own functions.
 */
function explainRefusal(
  sim: Simulation,
  step: StepResult,
  spec: EventSpec,
): { reason: string; guard: string | null } {
  const controller = spec.controlledBy;
  if (controller !== 'world' && !sim.played.has(controller)) {
    const party = sim.index.party(controller);
    return {
      reason: `${party.name} is not played in this scenario: it acts by its doctrine.`,
      guard: null,
    };
  }
  const world = step.terms
    ? { postures: step.postures, terms: step.terms }
    : { postures: step.postures };
  for (const t of candidates(step, spec.home, spec.type)) {
    const name = guardName(t);
    const guard = name ? sim.model.guards[name]! : undefined;
    if (guard && !guard.test(world))
      // A proposal guard names each condition the terms break; others quote their sentence.
      return { reason: guard.explain ? guard.explain(world) : guard.description, guard: name };
  }
  return { reason: missingState(sim, step, spec), guard: null };
}

/** Whether the home machine accepts the event now (XState's own `can`, guards run). */
export function homeAccepts(
  step: Pick<StepResult, 'snapshots' | 'postures' | 'terms'>,
  spec: EventSpec,
): boolean {
  const world = step.terms
    ? { postures: step.postures, terms: step.terms }
    : { postures: step.postures };
  return step.snapshots.get(spec.home)!.can({ type: spec.type, world } as never);
}

/** Whether a person may send this event now: its controller is played (or it is a world event) and it is possible. */
export function isEnabled(sim: Simulation, step: StepResult, spec: EventSpec): boolean {
  const controller = spec.controlledBy;
  if (controller !== 'world' && !sim.played.has(controller)) return false;
  return homeAccepts(step, spec);
}

/** One event's availability now, with the refusal when it is disabled. */
function describe(sim: Simulation, step: StepResult, spec: EventSpec): EventAvailability {
  const enabled = isEnabled(sim, step, spec);
  const refusal = enabled ? { reason: null, guard: null } : explainRefusal(sim, step, spec);
  const { type, label, description, controlledBy } = spec;
  return { type, label, description, controlledBy, enabled, ...refusal };
}

/** Every event in catalog order, enabled or not, each disabled one with its reason. */
export function availableEvents(sim: Simulation, step: StepResult): EventAvailability[] {
  return sim.model.events.map((spec) => describe(sim, step, spec));
}

/** The availability of one event, or undefined for an unknown type. */
export function availabilityOf(
  sim: Simulation,
  step: StepResult,
  type: string,
): EventAvailability | undefined {
  const spec = sim.index.event(type);
  return spec ? describe(sim, step, spec) : undefined;
}
