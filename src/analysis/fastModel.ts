import type { AnyMachineSnapshot, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { ConflictModel, EventSpec, PartyDefinition, Posture, Postures } from '../../machines/types.ts';
import { assess, canonicalJson, createSimulation, type Simulation } from '../engine/index.ts';

/**
 * The fast form of the model: joint postures interned as integer ids and a lazily
 * filled table `state × enabled event → next state`. Nothing here encodes the model
 * by hand. Every party transition is computed by XState itself, through the real
 * machine, the first time it is needed, and then cached under the only inputs it
 * can depend on: the party's own posture, the event, and the truth of the guards
 * that the machine attaches to that event (guards read nothing but the world).
 * The step semantics mirror `applyEvent` in src/engine/step.ts; a property test
 * (tests/analysis/fastModel.test.ts) and the bench check the two agree.
 */
export interface FastModel {
  readonly model: ConflictModel;
  readonly sim: Simulation;
  /** Event types in catalog order: event index i is `eventTypes[i]`. */
  readonly eventTypes: readonly string[];
  readonly eventSpecs: readonly EventSpec[];
  /** Outcome ids in the model's order: outcome index i is `outcomeIds[i]`. */
  readonly outcomeIds: readonly string[];
  /** Guard names in bit order (bit i of a mask is guard i). */
  readonly guardNames: readonly string[];
  /** The id of a joint posture (interning it if new). */
  readonly idOf: (postures: Postures) => number;
  readonly postures: (id: number) => Postures;
  readonly ladder: (id: number) => number;
  /** The outcome index of a joint posture. */
  readonly outcome: (id: number) => number;
  /** Which guards hold in a joint posture, as a bit mask. */
  readonly guardMask: (id: number) => number;
  /** The enabled input events (catalog order) and the state each leads to. */
  readonly edges: (id: number) => Edges;
  /** How many joint postures are interned so far (reachable or visited mid-step). */
  readonly size: () => number;
}

/** The out-edges of one state, as parallel typed arrays. */
export interface Edges {
  readonly events: Uint16Array;
  readonly targets: Uint32Array;
}

/** One party's side of the fast form: its postures by id and its cached transitions. */
interface PartyTable {
  readonly party: PartyDefinition;
  readonly regions: readonly string[] | null;
  readonly postures: Posture[];
  readonly ids: Map<string, number>;
  readonly snapshots: AnyMachineSnapshot[];
  /** Per event index, the mask of guards this machine attaches to that event anywhere. */
  readonly relevant: Uint32Array;
  /** (posture * E + event) → (relevant guard bits → next posture id, or -1 for no move). */
  readonly moves: Map<number, Map<number, number>>;
  /** (posture * E + event) → (relevant guard bits → whether the machine accepts it). */
  readonly accepts: Map<number, Map<number, boolean>>;
}

/** The name of a transition's guard, when it has a named one (as the engine reads it). */
function guardNameOf(t: AnyTransitionDefinition): string | null {
  const guard = t.guard as unknown;
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  return null;
}

/** Every guard the machine attaches to an event type, anywhere in its tree. */
function guardsForEvent(root: AnyStateNode, type: string, bit: ReadonlyMap<string, number>): number {
  let mask = 0;
  const walk = (node: AnyStateNode) => {
    for (const t of node.transitions.get(type) ?? []) {
      const name = guardNameOf(t);
      // A guard the model does not name could read anything: refuse to cache around it.
      if (t.guard && (name === null || !bit.has(name))) throw new Error(`Unnamed or unknown guard on ${type}: the fast form cannot cache it.`);
      if (name !== null) mask |= 1 << bit.get(name)!;
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(root);
  return mask;
}

/** A posture with one region (or the whole flat state) replaced: as the engine does it. */
function withState(posture: Posture, region: string | null, state: string): Posture {
  return region === null || typeof posture === 'string' ? state : { ...posture, [region]: state };
}

const compiled = new WeakMap<ConflictModel, Map<string, FastModel>>();

/**
 * The fast form for a model and a set of played parties (which decides what is
 * enabled and who acts by doctrine). Cached: later calls share the table.
 */
export function compileModel(model: ConflictModel, played: readonly string[]): FastModel {
  const key = [...played].sort().join(',');
  let forModel = compiled.get(model);
  if (!forModel) compiled.set(model, (forModel = new Map()));
  const known = forModel.get(key);
  if (known) return known;
  const fast = build(model, played);
  forModel.set(key, fast);
  return fast;
}

function build(model: ConflictModel, played: readonly string[]): FastModel {
  const guardNames = Object.keys(model.guards);
  if (guardNames.length > 31) throw new Error('The fast form keeps guards in a 31-bit mask.');
  const bit = new Map(guardNames.map((name, i) => [name, i]));
  const guardTests = guardNames.map((name) => model.guards[name]!.test);
  const eventSpecs = model.events;
  const E = eventSpecs.length;
  const eventIndex = new Map(eventSpecs.map((e, i) => [e.type, i]));
  const partyIndex = new Map(model.parties.map((p, i) => [p.id, i]));
  const playedSet = new Set(played);
  const P = model.parties.length;
  // The setup's postures are replaced per state; the seed never matters to the table.
  const sim = createSimulation(model, { postures: {}, played, seed: 0 });

  const tables: PartyTable[] = model.parties.map((party) => {
    const root = party.machine.root;
    const relevant = new Uint32Array(E);
    eventSpecs.forEach((spec, e) => (relevant[e] = guardsForEvent(root, spec.type, bit)));
    return {
      party,
      regions: root.type === 'parallel' ? Object.keys(root.states) : null,
      postures: [],
      ids: new Map(),
      snapshots: [],
      relevant,
      moves: new Map(),
      accepts: new Map(),
    };
  });

  /** A party's posture id, interning it (and its XState snapshot) if new. */
  const postureId = (t: PartyTable, posture: Posture): number => {
    const k = typeof posture === 'string' ? posture : canonicalJson(posture);
    let id = t.ids.get(k);
    if (id === undefined) {
      id = t.postures.length;
      t.ids.set(k, id);
      t.postures.push(posture);
      t.snapshots.push(t.party.machine.resolveState({ value: posture as never, context: {} }));
    }
    return id;
  };

  // Joint postures: P party-posture ids per state, flat; looked up by their joined ids.
  const parts: number[] = [];
  const jointIds = new Map<string, number>();
  const worlds: Postures[] = [];
  const masks: number[] = [];
  const ladders: number[] = [];
  const outcomes: number[] = [];
  const edgeTable: (Edges | undefined)[] = [];
  const outcomeIds = model.outcomes.map((o) => o.id);

  const internParts = (ids: ArrayLike<number>): number => {
    let k = '';
    for (let p = 0; p < P; p++) k += (p ? ',' : '') + ids[p];
    let id = jointIds.get(k);
    if (id !== undefined) return id;
    id = worlds.length;
    jointIds.set(k, id);
    const postures: Record<string, Posture> = {};
    for (let p = 0; p < P; p++) {
      parts.push(ids[p]!);
      postures[model.parties[p]!.id] = tables[p]!.postures[ids[p]!]!;
    }
    worlds.push(postures);
    const world = { postures };
    let mask = 0;
    for (let g = 0; g < guardTests.length; g++) if (guardTests[g]!(world)) mask |= 1 << g;
    masks.push(mask);
    const { ladder, outcome } = assess(sim, postures);
    ladders.push(ladder);
    outcomes.push(outcomeIds.indexOf(outcome));
    edgeTable.push(undefined);
    return id;
  };

  const idOf = (postures: Postures): number => {
    const ids = model.parties.map((party, p) => {
      const posture = postures[party.id];
      if (posture === undefined) throw new Error(`The postures have no party "${party.id}".`);
      return postureId(tables[p]!, posture);
    });
    return internParts(ids);
  };

  /** Where party p moves on event e in joint state s (its posture id), by its real machine. */
  const moveOf = (p: number, s: number, e: number): number => {
    const t = tables[p]!;
    const own = parts[s * P + p]!;
    const relevantBits = masks[s]! & t.relevant[e]!;
    const cellKey = own * E + e;
    let cell = t.moves.get(cellKey);
    if (!cell) t.moves.set(cellKey, (cell = new Map()));
    const cached = cell.get(relevantBits);
    if (cached !== undefined) return cached;
    const event = { type: eventSpecs[e]!.type, world: { postures: { ...worlds[s]! } } } as never;
    const taken = t.party.machine.getTransitionData(t.snapshots[own]!, event);
    let next = -1;
    if (taken.length > 0) {
      let posture = t.postures[own]!;
      for (const tr of taken) {
        const target = tr.target?.[0];
        if (!target) continue;
        const region = tr.source.path.length > 1 ? tr.source.path[0]! : null;
        posture = withState(posture, region, target.path[target.path.length - 1]!);
      }
      next = postureId(t, posture);
    }
    cell.set(relevantBits, next);
    return next;
  };

  /** Whether the home machine of event e accepts it in joint state s (XState's own `can`). */
  const accepts = (s: number, e: number): boolean => {
    const p = partyIndex.get(eventSpecs[e]!.home)!;
    const t = tables[p]!;
    const own = parts[s * P + p]!;
    const relevantBits = masks[s]! & t.relevant[e]!;
    const cellKey = own * E + e;
    let cell = t.accepts.get(cellKey);
    if (!cell) t.accepts.set(cellKey, (cell = new Map()));
    const cached = cell.get(relevantBits);
    if (cached !== undefined) return cached;
    const ok = t.snapshots[own]!.can({ type: eventSpecs[e]!.type, world: { postures: worlds[s]! } } as never);
    cell.set(relevantBits, ok);
    return ok;
  };

  const scratch = new Int32Array(P);
  /** Offers event e to every machine in state s (each sees the pre-event world). */
  const deliver = (s: number, e: number): number => {
    for (let p = 0; p < P; p++) {
      const next = moveOf(p, s, e);
      scratch[p] = next >= 0 ? next : parts[s * P + p]!;
    }
    return internParts(scratch);
  };

  // Doctrine rules resolved to indices once; parties with no rules or that are played never act.
  const automatic = model.parties
    .map((party, p) => ({ p, rules: party.doctrine.map((r) => ({ e: eventIndex.get(r.event)!, when: r.when === undefined ? -1 : bit.get(r.when)! })) }))
    .filter(({ p, rules }) => rules.length > 0 && !playedSet.has(model.parties[p]!.id));

  /** Automatic play after an input, as in the engine: first enabled rule, once per party per step. */
  const playDoctrine = (start: number): number => {
    let s = start;
    let acted = 0;
    let moved = automatic.length > 0;
    while (moved) {
      moved = false;
      for (const { p, rules } of automatic) {
        if (acted & (1 << p)) continue;
        const rule = rules.find((r) => (r.when < 0 || (masks[s]! & (1 << r.when)) !== 0) && accepts(s, r.e));
        if (!rule) continue;
        s = deliver(s, rule.e);
        acted |= 1 << p;
        moved = true;
      }
    }
    return s;
  };

  const controllable = eventSpecs.map((spec) => spec.controlledBy === 'world' || playedSet.has(spec.controlledBy));

  const edges = (s: number): Edges => {
    const known = edgeTable[s];
    if (known) return known;
    const events: number[] = [];
    const targets: number[] = [];
    for (let e = 0; e < E; e++) {
      if (!controllable[e] || !accepts(s, e)) continue;
      events.push(e);
      targets.push(playDoctrine(deliver(s, e)));
    }
    const made = { events: Uint16Array.from(events), targets: Uint32Array.from(targets) };
    edgeTable[s] = made;
    return made;
  };

  return {
    model,
    sim,
    eventTypes: eventSpecs.map((e) => e.type),
    eventSpecs,
    outcomeIds,
    guardNames,
    idOf,
    postures: (id) => worlds[id]!,
    ladder: (id) => ladders[id]!,
    outcome: (id) => outcomes[id]!,
    guardMask: (id) => masks[id]!,
    edges,
    size: () => worlds.length,
  };
}
