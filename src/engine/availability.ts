import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { EventSpec } from '../../machines/types.ts';
import { postureEntries } from './modelIndex.ts';
import type { Simulation } from './simulation.ts';
import type { EventAvailability, StepResult } from './types.ts';

/** The name of a transition's guard, when it has a named one. */
export function guardName(t: AnyTransitionDefinition): string | null {
  const guard = t.guard as unknown;
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
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

/** The states an event is possible from, and the regions they sit in. */
function possibleFrom(sim: Simulation, partyId: string, type: string): { labels: string[]; regions: Set<string | null> } {
  const labels: string[] = [];
  const regions = new Set<string | null>();
  const walk = (node: AnyStateNode) => {
    if (node.transitions.has(type) && node.meta?.label) {
      labels.push(node.meta.label as string);
      regions.add(node.path.length > 1 ? node.path[0]! : null);
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(sim.index.party(partyId).machine.root);
  return { labels, regions };
}

/**
 * Why an event is refused: the first failing guard's description, or the state
 * that does not allow it. Guards are run through the model's own functions.
 */
function explainRefusal(sim: Simulation, step: StepResult, spec: EventSpec): { reason: string; guard: string | null } {
  const controller = spec.controlledBy;
  if (controller !== 'world' && !sim.played.has(controller)) {
    const party = sim.index.party(controller);
    return { reason: `${party.name} is not played in this scenario: it acts by its doctrine.`, guard: null };
  }
  const world = { postures: step.postures };
  for (const t of candidates(step, spec.home, spec.type)) {
    const name = guardName(t);
    if (name && !sim.model.guards[name]!.test(world)) return { reason: sim.model.guards[name]!.description, guard: name };
  }
  const home = sim.index.party(spec.home);
  const { labels, regions } = possibleFrom(sim, spec.home, spec.type);
  const now = postureEntries(step.postures[home.id]!)
    .filter(([region]) => regions.has(region))
    .map(([region, state]) => sim.index.state(home.id, region, state)?.label ?? state)
    .join(' · ');
  return {
    reason: `Not possible while ${home.name} is at “${now}”${labels.length ? `; possible from ${labels.map((l) => `“${l}”`).join(', ')}` : ''}.`,
    guard: null,
  };
}

/** Whether the home machine accepts the event now (XState's own `can`, guards run). */
export function homeAccepts(step: Pick<StepResult, 'snapshots' | 'postures'>, spec: EventSpec): boolean {
  return step.snapshots.get(spec.home)!.can({ type: spec.type, world: { postures: step.postures } } as never);
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
export function availabilityOf(sim: Simulation, step: StepResult, type: string): EventAvailability | undefined {
  const spec = sim.index.event(type);
  return spec ? describe(sim, step, spec) : undefined;
}
