import type { AnyMachineSnapshot, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { ProposalTerms } from '../../machines/terms.ts';
import type { EventSpec, PartyDefinition, Posture, Postures } from '../../machines/types.ts';
import { canonicalJson, postureEntries, type ModelIndex } from '../engine/index.ts';

/**
 * One party's side of the fast form (see fastModel.ts): its postures by id, their
 * XState snapshots, and its moves, computed by its own machine and cached.
 */

/** One party's side of the fast form: its postures by id and its cached transitions. */
export interface PartyTable {
  readonly party: PartyDefinition;
  readonly postures: Posture[];
  readonly ids: Map<string, number>;
  readonly snapshots: AnyMachineSnapshot[];
  /** The ladder rungs of each posture's active states (as the engine's `activeRungs` reads them). */
  readonly rungs: number[][];
  /** At most this many postures exist (the product of its regions' state counts). */
  readonly capacity: number;
  /** Per event index: whether any state of this machine handles the event at all. */
  readonly reacts: Uint8Array;
  /** Per event index: the bit positions of the guards this machine attaches to the event. */
  readonly relevantBits: readonly (readonly number[])[];
  /** 2^K, K the most guards on any one event here: the cells per (posture, event). */
  readonly width: number;
  /**
   * Cached moves, flat: index ((posture * E + event) * width + guard pattern).
   * Value: next posture id + 2, 1 for "no move", 0 for not computed yet.
   */
  moves: Int32Array;
  /** Cached acceptance, same layout: 2 accepts, 1 refuses, 0 not computed yet. */
  accepts: Uint8Array;
}

/** The name of a transition's guard, when it has a named one (as the engine reads it). */
function guardNameOf(t: AnyTransitionDefinition): string | null {
  const guard = t.guard as unknown;
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard)
    return String((guard as { type: unknown }).type);
  return null;
}

/** Every guard the machine attaches to an event type, anywhere in its tree. */
function guardsForEvent(
  root: AnyStateNode,
  type: string,
  bit: ReadonlyMap<string, number>,
): { bits: number[]; handled: boolean } {
  const bits = new Set<number>();
  let handled = false;
  const walk = (node: AnyStateNode) => {
    for (const t of node.transitions.get(type) ?? []) {
      handled = true;
      const name = guardNameOf(t);
      // A guard the model does not name could read anything: refuse to cache around it.
      if (t.guard && (name === null || !bit.has(name)))
        throw new Error(`Unnamed or unknown guard on ${type}: the fast form cannot cache it.`);
      if (name !== null) bits.add(bit.get(name)!);
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(root);
  return { bits: [...bits].sort((a, b) => a - b), handled };
}

/** A posture with one region (or the whole flat state) replaced: as the engine does it. */
function withState(posture: Posture, region: string | null, state: string): Posture {
  return region === null || typeof posture === 'string' ? state : { ...posture, [region]: state };
}

/** A party's table, with the guards its machine attaches to each event read off the machine. */
export function createPartyTable(
  party: PartyDefinition,
  index: ModelIndex,
  eventSpecs: readonly EventSpec[],
  bit: ReadonlyMap<string, number>,
): PartyTable {
  const regions = index.regions(party.id);
  const capacity = regions
    ? regions.reduce((n, r) => n * index.states(party.id, r).length, 1)
    : index.states(party.id, null).length;
  const reacts = new Uint8Array(eventSpecs.length);
  const relevantBits = eventSpecs.map((spec, e) => {
    const { bits, handled } = guardsForEvent(party.machine.root, spec.type, bit);
    reacts[e] = handled ? 1 : 0;
    return bits;
  });
  const width = 1 << Math.max(0, ...relevantBits.map((b) => b.length));
  return {
    party,
    postures: [],
    ids: new Map(),
    snapshots: [],
    rungs: [],
    capacity,
    reacts,
    relevantBits,
    width,
    moves: new Int32Array(0),
    accepts: new Uint8Array(0),
  };
}

/** A party's posture id, interning it (its XState snapshot, its rungs) if new. */
export function internPosture(
  t: PartyTable,
  posture: Posture,
  index: ModelIndex,
  eventCount: number,
): number {
  const k = typeof posture === 'string' ? posture : canonicalJson(posture);
  let id = t.ids.get(k);
  if (id !== undefined) return id;
  id = t.postures.length;
  if (id >= t.capacity)
    throw new Error(`Party "${t.party.id}" has more postures than its states allow: ${k}`);
  t.ids.set(k, id);
  t.postures.push(posture);
  t.snapshots.push(t.party.machine.resolveState({ value: posture as never, context: {} }));
  t.rungs.push(
    postureEntries(posture).map(
      ([region, state]) => index.state(t.party.id, region, state)?.rung ?? 0,
    ),
  );
  const cells = (id + 1) * eventCount * t.width;
  if (cells > t.moves.length) {
    // Grow by doubling; 0 marks "not computed yet", so the new part needs no fill.
    const moves = new Int32Array(Math.max(cells, t.moves.length * 2));
    moves.set(t.moves);
    t.moves = moves;
    const accepts = new Uint8Array(moves.length);
    accepts.set(t.accepts);
    t.accepts = accepts;
  }
  return id;
}

/**
 * Where a party moves on an event, by its real machine (`getTransitionData`, as
 * the engine's `deliver` reads it): the next posture id, or -1 for no move.
 */
export function computeMove(
  t: PartyTable,
  own: number,
  type: string,
  postures: Postures,
  index: ModelIndex,
  eventCount: number,
  terms?: ProposalTerms,
): number {
  const world = terms ? { postures: { ...postures }, terms } : { postures: { ...postures } };
  const event = { type, world } as never;
  const taken = t.party.machine.getTransitionData(t.snapshots[own]!, event);
  if (taken.length === 0) return -1;
  let posture = t.postures[own]!;
  for (const tr of taken) {
    const target = tr.target?.[0];
    if (!target) continue;
    const region = tr.source.path.length > 1 ? tr.source.path[0]! : null;
    posture = withState(posture, region, target.path[target.path.length - 1]!);
  }
  return internPosture(t, posture, index, eventCount);
}
