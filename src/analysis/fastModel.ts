import type { ProposalTerms } from '../../machines/terms.ts';
import type {
  ConflictModel,
  EventSpec,
  Posture,
  Postures,
  WorldView,
} from '../../machines/types.ts';
import { canonicalJson, createSimulation, type Simulation } from '../engine/index.ts';
import { computeMove, createPartyTable, internPosture, type PartyTable } from './partyTable.ts';

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

const compiled = new WeakMap<ConflictModel, Map<string, FastModel>>();

/**
 * The fast form for a model and a set of played parties (which decides what is
 * enabled and who acts by doctrine). Cached: later calls share the table.
 */
export function compileModel(
  model: ConflictModel,
  played: readonly string[],
  terms?: ProposalTerms,
): FastModel {
  const key = `${[...played].sort().join(',')}|${terms ? canonicalJson(terms) : ''}`;
  let forModel = compiled.get(model);
  if (!forModel) {
    forModel = new Map();
    compiled.set(model, forModel);
  }
  const known = forModel.get(key);
  if (known) return known;
  const fast = buildFastModel(model, played, terms);
  forModel.set(key, fast);
  return fast;
}

/**
 * A fresh, uncached fast form (the bench uses it to time a cold start). `terms` are
 * on the table throughout, and every tabling tables them again (absent: the standing
 * US proposal), so the explored world holds one set of terms and stays the size of
 * the joint posture space; the engine does the same with `RunSetup.terms`.
 */
export function buildFastModel(
  model: ConflictModel,
  played: readonly string[],
  terms?: ProposalTerms,
): FastModel {
  const worldOf = (postures: Postures): WorldView => (terms ? { postures, terms } : { postures });
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
  const sim = createSimulation(model, {
    postures: {},
    played,
    seed: 0,
    ...(terms ? { terms } : {}),
  });

  const index = sim.index;
  const tables = model.parties.map((party) => createPartyTable(party, index, eventSpecs, bit));
  const postureId = (t: PartyTable, posture: Posture) => internPosture(t, posture, index, E);

  // Joint postures: P party-posture ids per state, flat; looked up by a mixed-radix key.
  const radix: number[] = [];
  let keySpace = 1;
  for (const t of tables) {
    radix.push(keySpace);
    keySpace *= t.capacity;
  }
  if (!Number.isSafeInteger(keySpace))
    throw new Error('The joint posture space is too large for numeric keys.');
  // A dense lookup when the key space is small enough (it is 4.6 million here); a Map otherwise.
  const dense = keySpace <= 1 << 24 ? new Int32Array(keySpace).fill(-1) : null;
  const sparse = new Map<number, number>();
  const parts: number[] = [];
  const worlds: Postures[] = [];
  const masks: number[] = [];
  const ladders: number[] = [];
  const outcomes: number[] = [];
  const edgeTable: (Edges | undefined)[] = [];
  const outcomeIds = model.outcomes.map((o) => o.id);

  const internParts = (ids: ArrayLike<number>): number => {
    let key = 0;
    for (let p = 0; p < P; p++) key += ids[p]! * radix[p]!;
    const known = dense ? dense[key]! : (sparse.get(key) ?? -1);
    if (known >= 0) return known;
    const id = worlds.length;
    if (dense) dense[key] = id;
    else sparse.set(key, id);
    const postures: Record<string, Posture> = {};
    const rungs: number[] = [];
    for (let p = 0; p < P; p++) {
      const t = tables[p]!;
      parts.push(ids[p]!);
      postures[t.party.id] = t.postures[ids[p]!]!;
      rungs.push(...t.rungs[ids[p]!]!);
    }
    worlds.push(postures);
    const world = worldOf(postures);
    let mask = 0;
    for (let g = 0; g < guardTests.length; g++) if (guardTests[g]!(world)) mask |= 1 << g;
    masks.push(mask);
    // The engine's `assess`, with the rungs read once per party posture instead of per state.
    const ladder = model.ladderLevel(rungs, world);
    ladders.push(ladder);
    outcomes.push(outcomeIds.indexOf(model.outcomeOf(world, ladder)));
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

  /** The cell of (party table, own posture, event) for the guards that hold in state s. */
  const cellOf = (t: PartyTable, own: number, s: number, e: number): number => {
    const bits = t.relevantBits[e]!;
    const mask = masks[s]!;
    let pattern = 0;
    for (let j = 0; j < bits.length; j++) if (mask & (1 << bits[j]!)) pattern |= 1 << j;
    return (own * E + e) * t.width + pattern;
  };

  /** Where party p moves on event e in joint state s (its posture id, or -1), by its real machine. */
  const moveOf = (p: number, s: number, e: number): number => {
    const t = tables[p]!;
    if (!t.reacts[e]) return -1;
    const own = parts[s * P + p]!;
    const cell = cellOf(t, own, s, e);
    const cached = t.moves[cell]!;
    if (cached !== 0) return cached - 2;
    const next = computeMove(t, own, eventSpecs[e]!.type, worlds[s]!, index, E, terms);
    // postureId may have grown the table: write through the table, not a stale array.
    t.moves[cell] = next + 2;
    return next;
  };

  /** Whether the home machine of event e accepts it in joint state s (XState's own `can`). */
  const homeOf = eventSpecs.map((spec) => partyIndex.get(spec.home)!);
  const accepts = (s: number, e: number): boolean => {
    const t = tables[homeOf[e]!]!;
    if (!t.reacts[e]) return false;
    const own = parts[s * P + homeOf[e]!]!;
    const cell = cellOf(t, own, s, e);
    const cached = t.accepts[cell]!;
    if (cached !== 0) return cached === 2;
    const ok = t.snapshots[own]!.can({
      type: eventSpecs[e]!.type,
      world: worldOf(worlds[s]!),
    } as never);
    t.accepts[cell] = ok ? 2 : 1;
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
    .map((party, p) => ({
      p,
      rules: party.doctrine.map((r) => ({
        e: eventIndex.get(r.event)!,
        when: r.when === undefined ? -1 : bit.get(r.when)!,
      })),
    }))
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
        const rule = rules.find(
          (r) => (r.when < 0 || (masks[s]! & (1 << r.when)) !== 0) && accepts(s, r.e),
        );
        if (!rule) continue;
        s = deliver(s, rule.e);
        acted |= 1 << p;
        moved = true;
      }
    }
    return s;
  };

  const controllable = eventSpecs.map(
    (spec) => spec.controlledBy === 'world' || playedSet.has(spec.controlledBy),
  );

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
