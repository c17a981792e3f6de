import type { ProposalTerms } from '../../machines/terms.ts';
import type {
  ConflictModel,
  EventSpec,
  Posture,
  Postures,
  WorldView,
} from '../../machines/types.ts';
import { canonicalJson, createSimulation, type Simulation } from '../engine/index.ts';
import { ensureLength } from './columns.ts';
import { createGuardMemo } from './guardMemo.ts';
import { createKeyIndex } from './keyIndex.ts';
import { computeMove, createPartyTable, internPosture, type PartyTable } from './partyTable.ts';
import { createRowCache } from './rowCache.ts';

/**
 * The fast form of the model: joint postures interned as integer ids and a lazily
 * filled table `state × enabled event → next state`. Nothing here encodes the model
 * by hand. Every party transition is computed by XState itself, through the real
 * machine, the first time it is needed, and then cached under the only inputs it
 * can depend on: the party's own posture, the event, and the truth of the guards
 * that the machine attaches to that event (guards read nothing but the world).
 * The step semantics mirror `applyEvent` in src/engine/step.ts; a property test
 * (tests/analysis/fastModel.test.ts) and the bench check the two agree. The table
 * lives in typed arrays (per-state columns, a key index, per-party rows of answers,
 * a guard memo) so that an exhaustive search of a few hundred thousand postures
 * takes about a second; docs/analysis.md ("How the table is kept") says how.
 */
export interface FastModel {
  readonly model: ConflictModel;
  readonly sim: Simulation;
  /** Event types in catalog order: event index i is `eventTypes[i]`. */
  readonly eventTypes: readonly string[];
  readonly eventSpecs: readonly EventSpec[];
  /** Outcome ids in the model's order: outcome index i is `outcomeIds[i]`. */
  readonly outcomeIds: readonly string[];
  /** Guard names in bit order: guard g is bit g % 32 of guard word g / 32 (rounded down). */
  readonly guardNames: readonly string[];
  /** The id of a joint posture (interning it if new). */
  readonly idOf: (postures: Postures) => number;
  readonly postures: (id: number) => Postures;
  readonly ladder: (id: number) => number;
  /** The outcome index of a joint posture. */
  readonly outcome: (id: number) => number;
  /** Whether guard g (an index into `guardNames`) holds in a joint posture. */
  readonly guardHolds: (id: number, g: number) => boolean;
  /** How many 32-bit words hold a posture's guard truth. */
  readonly guardWords: number;
  /** Word w of the guards that hold in a joint posture, as a bit mask (bit b is guard 32w + b). */
  readonly guardWord: (id: number, w: number) => number;
  /** The enabled input events (catalog order) and the state each leads to. */
  readonly edges: (id: number) => Edges;
  /**
   * The same edges without allocating: computes them if needed and returns where they
   * start in `edgePool()`; `edgeCount` says how many. The exhaustive search reads these.
   */
  readonly expand: (id: number) => number;
  readonly edgeCount: (id: number) => number;
  /** Every computed edge, flat. Read it after `expand`: a later `expand` may replace it. */
  readonly edgePool: () => EdgePool;
  /** How many joint postures are interned so far (reachable or visited mid-step). */
  readonly size: () => number;
}

/** The edges of all expanded states, in two parallel flat arrays. */
export interface EdgePool {
  readonly events: Uint16Array;
  readonly targets: Uint32Array;
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
  // Guard truth per posture: W words of 32 bits, guard g in bit g & 31 of word g >>> 5.
  const W = Math.max(1, Math.ceil(guardNames.length / 32));
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

  // A joint posture is P party-posture ids; its key mixes them in radix (party capacities).
  const radix: number[] = [];
  let keySpace = 1;
  for (const t of tables) {
    radix.push(keySpace);
    keySpace *= t.capacity;
  }
  if (!Number.isSafeInteger(keySpace))
    throw new Error('The joint posture space is too large for numeric keys.');
  const byKey = createKeyIndex(keySpace);
  const guardMemo = createGuardMemo(
    guardTests,
    tables.map((t) => t.party.id),
    (p, id) => tables[p]!.postures[id]!,
    worldOf,
  );
  const rowCaches = tables.map((t) =>
    createRowCache(
      t.capacity,
      [...new Set(t.relevantBits.flat())].sort((a, b) => a - b),
      E,
    ),
  );
  const outcomeIds = model.outcomes.map((o) => o.id);
  const outcomeIndex = new Map(outcomeIds.map((id, o) => [id, o]));

  // Per-state columns, grown by doubling; state id s owns parts[s * P .. s * P + P).
  let count = 0;
  // The narrowest columns that hold every value: memory, not speed, bounds the search.
  const widest = Math.max(...tables.map((t) => t.capacity));
  const PartIds = widest <= 256 ? Uint8Array : widest <= 65536 ? Uint16Array : Int32Array;
  let parts: Uint8Array | Uint16Array | Int32Array = new PartIds(1024 * P);
  // Per state and party, the party's row in its row cache (rowCache.ts).
  let rows = new Int32Array(1024 * P);
  let keys = new Float64Array(1024);
  let masks = new Int32Array(1024 * W);
  let ladders = new Int8Array(1024);
  let outcomes = outcomeIds.length <= 256 ? new Uint8Array(1024) : new Uint16Array(1024);
  let edgeStart = new Int32Array(1024).fill(-1);
  let edgeLength = new Uint16Array(1024);
  const edgeViews: (Edges | undefined)[] = [];
  // Every state's out-edges, appended as states are expanded.
  let pool: EdgePool = { events: new Uint16Array(4096), targets: new Uint32Array(4096) };
  let poolUsed = 0;

  /** A joint posture's postures, built from its party ids (only where XState or a guard needs one). */
  const posturesOf = (s: number): Postures => {
    const postures: Record<string, Posture> = {};
    for (let p = 0; p < P; p++)
      postures[tables[p]!.party.id] = tables[p]!.postures[parts[s * P + p]!]!;
    return postures;
  };

  /** Adds a joint posture not seen before: its guards, ladder level and outcome, read once. */
  const addState = (key: number, ids: ArrayLike<number>): number => {
    const id = count++;
    if (id >= keys.length) {
      parts = ensureLength(parts, count * P);
      rows = ensureLength(rows, count * P);
      keys = ensureLength(keys, count);
      masks = ensureLength(masks, count * W);
      ladders = ensureLength(ladders, count);
      outcomes = ensureLength(outcomes, count);
      edgeStart = ensureLength(edgeStart, count, -1);
      edgeLength = ensureLength(edgeLength, count);
    }
    byKey.set(key, id);
    keys[id] = key;
    const rungs: number[] = [];
    for (let p = 0; p < P; p++) {
      parts[id * P + p] = ids[p]!;
      for (const rung of tables[p]!.rungs[ids[p]!]!) rungs.push(rung);
    }
    guardMemo.mask(ids, masks, id * W);
    for (let p = 0; p < P; p++) rows[id * P + p] = rowCaches[p]!.rowOf(ids[p]!, masks, id * W);
    // The engine's `assess`, with the rungs read once per party posture instead of per state.
    const world = worldOf(posturesOf(id));
    const ladder = model.ladderLevel(rungs, world);
    ladders[id] = ladder;
    if (ladders[id] !== ladder)
      throw new Error(`The fast form keeps ladder levels in 8 bits, not ${ladder}.`);
    outcomes[id] = outcomeIndex.get(model.outcomeOf(world, ladder))!;
    edgeViews.push(undefined);
    return id;
  };

  const internParts = (ids: ArrayLike<number>): number => {
    let key = 0;
    for (let p = 0; p < P; p++) key += ids[p]! * radix[p]!;
    const known = byKey.get(key);
    return known >= 0 ? known : addState(key, ids);
  };

  const idOf = (postures: Postures): number => {
    const ids = model.parties.map((party, p) => {
      const posture = postures[party.id];
      if (posture === undefined) throw new Error(`The postures have no party "${party.id}".`);
      return postureId(tables[p]!, posture);
    });
    return internParts(ids);
  };

  /** Whether guard g holds in state s. */
  const holds = (s: number, g: number): boolean =>
    ((masks[s * W + (g >>> 5)]! >>> (g & 31)) & 1) === 1;

  /** The cell of (party table, own posture, event) for the guards that hold in state s. */
  const cellOf = (t: PartyTable, own: number, s: number, e: number): number => {
    const bits = t.relevantBits[e]!;
    let pattern = 0;
    for (let j = 0; j < bits.length; j++) if (holds(s, bits[j]!)) pattern |= 1 << j;
    return (own * E + e) * t.width + pattern;
  };

  /** Where party p moves on event e in joint state s (its posture id, or -1), by its real machine. */
  const moveOf = (p: number, s: number, e: number): number => {
    const rowCache = rowCaches[p]!;
    const at = rows[s * P + p]! * E + e;
    const answer = rowCache.moves[at]!;
    if (answer !== 0) return answer - 2;
    const next = moveByCell(p, s, e);
    rowCache.moves[at] = next + 2;
    return next;
  };

  /** `moveOf` through the cell cache of the party table, where XState is asked on a miss. */
  const moveByCell = (p: number, s: number, e: number): number => {
    const t = tables[p]!;
    const own = parts[s * P + p]!;
    const cell = cellOf(t, own, s, e);
    const cached = t.moves[cell]!;
    if (cached !== 0) return cached - 2;
    const next = computeMove(t, own, eventSpecs[e]!.type, posturesOf(s), index, E, terms);
    // postureId may have grown the table: write through the table, not a stale array.
    t.moves[cell] = next + 2;
    return next;
  };

  /** Whether the home machine of event e accepts it in joint state s (XState's own `can`). */
  const homeOf = eventSpecs.map((spec) => partyIndex.get(spec.home)!);
  const accepts = (s: number, e: number): boolean => {
    const h = homeOf[e]!;
    const rowCache = rowCaches[h]!;
    const at = rows[s * P + h]! * E + e;
    const answer = rowCache.accepts[at]!;
    if (answer !== 0) return answer === 2;
    const ok = acceptsByCell(s, e);
    rowCache.accepts[at] = ok ? 2 : 1;
    return ok;
  };

  /** `accepts` through the cell cache of the party table, where XState is asked on a miss. */
  const acceptsByCell = (s: number, e: number): boolean => {
    const t = tables[homeOf[e]!]!;
    if (!t.reacts[e]) return false;
    const own = parts[s * P + homeOf[e]!]!;
    const cell = cellOf(t, own, s, e);
    const cached = t.accepts[cell]!;
    if (cached !== 0) return cached === 2;
    const ok = t.snapshots[own]!.can({
      type: eventSpecs[e]!.type,
      world: worldOf(posturesOf(s)),
    } as never);
    t.accepts[cell] = ok ? 2 : 1;
    return ok;
  };

  // Per event, the parties whose machines handle it: the others never move on it.
  const reactors = eventSpecs.map((_, e) =>
    Int32Array.from(tables.flatMap((t, p) => (t.reacts[e] ? [p] : []))),
  );
  const movedParty = new Int32Array(P);
  const movedTo = new Int32Array(P);
  const scratch = new Int32Array(P);
  /**
   * Offers event e to every machine in state s (each sees the pre-event world). Only
   * the parties that move change the key, so it is updated, not recomputed.
   */
  const deliver = (s: number, e: number): number => {
    const who = reactors[e]!;
    let key = keys[s]!;
    let moved = 0;
    for (let i = 0; i < who.length; i++) {
      const p = who[i]!;
      const next = moveOf(p, s, e);
      const own = parts[s * P + p]!;
      if (next < 0 || next === own) continue;
      key += (next - own) * radix[p]!;
      movedParty[moved] = p;
      movedTo[moved] = next;
      moved++;
    }
    if (moved === 0) return s;
    const known = byKey.get(key);
    if (known >= 0) return known;
    for (let p = 0; p < P; p++) scratch[p] = parts[s * P + p]!;
    for (let i = 0; i < moved; i++) scratch[movedParty[i]!] = movedTo[i]!;
    return addState(key, scratch);
  };

  /** The key of the posture event e leads to from s, or -1 when no party moves (as `deliver`). */
  const keyAfter = (s: number, e: number): number => {
    const who = reactors[e]!;
    let key = keys[s]!;
    let moved = false;
    for (let i = 0; i < who.length; i++) {
      const p = who[i]!;
      const next = moveOf(p, s, e);
      const own = parts[s * P + p]!;
      if (next < 0 || next === own) continue;
      key += (next - own) * radix[p]!;
      moved = true;
    }
    return moved ? key : -1;
  };

  // Doctrine rules resolved to indices once; parties with no rules or that are played never act.
  const automatic = model.parties
    .map((party, p) => ({
      p,
      events: party.doctrine.map((r) => eventIndex.get(r.event)!),
      when: party.doctrine.map((r) => (r.when === undefined ? -1 : bit.get(r.when)!)),
    }))
    .filter(({ p, events }) => events.length > 0 && !playedSet.has(model.parties[p]!.id));

  /** Automatic play after an input, as in the engine: first enabled rule, once per party per step. */
  const playDoctrine = (start: number): number => {
    let s = start;
    let acted = 0;
    let moved = automatic.length > 0;
    while (moved) {
      moved = false;
      for (const { p, events, when } of automatic) {
        if (acted & (1 << p)) continue;
        for (let r = 0; r < events.length; r++) {
          const w = when[r]!;
          if ((w >= 0 && !holds(s, w)) || !accepts(s, events[r]!)) continue;
          s = deliver(s, events[r]!);
          acted |= 1 << p;
          moved = true;
          break;
        }
      }
    }
    return s;
  };

  // The input events: the world's, and those of the played parties.
  const inputs = eventSpecs.flatMap((spec, e) =>
    spec.controlledBy === 'world' || playedSet.has(spec.controlledBy) ? [e] : [],
  );
  const newEvents = new Uint16Array(E);
  const newKeys = new Float64Array(E);
  const newTargets = new Int32Array(E);

  const expand = (s: number): number => {
    const known = edgeStart[s]!;
    if (known >= 0) return known;
    // First every target's key, then every lookup, so the lookups (cache misses, mostly)
    // do not wait on each other. Then, in event order, a key not found is delivered again,
    // which adds the new posture, and doctrine is played: the postures are added in the
    // order `playDoctrine(deliver(s, e))` event by event would add them.
    let n = 0;
    for (const e of inputs) {
      if (!accepts(s, e)) continue;
      newEvents[n] = e;
      newKeys[n] = keyAfter(s, e);
      n++;
    }
    for (let i = 0; i < n; i++) {
      const key = newKeys[i]!;
      newTargets[i] = key < 0 ? s : byKey.get(key);
    }
    for (let i = 0; i < n; i++) {
      // Doctrine of an earlier event may have added this target since its lookup.
      let t = newTargets[i]!;
      if (t < 0) t = deliver(s, newEvents[i]!);
      newTargets[i] = automatic.length > 0 ? playDoctrine(t) : t;
    }
    if (poolUsed + n > pool.events.length) {
      pool = {
        events: ensureLength(pool.events, poolUsed + n),
        targets: ensureLength(pool.targets, poolUsed + n),
      };
    }
    for (let i = 0; i < n; i++) {
      pool.events[poolUsed + i] = newEvents[i]!;
      pool.targets[poolUsed + i] = newTargets[i]!;
    }
    // Read the columns now: expanding may have added states and grown them.
    edgeStart[s] = poolUsed;
    edgeLength[s] = n;
    poolUsed += n;
    return edgeStart[s]!;
  };

  const edges = (s: number): Edges => {
    const known = edgeViews[s];
    if (known) return known;
    const from = expand(s);
    const to = from + edgeLength[s]!;
    const made = { events: pool.events.slice(from, to), targets: pool.targets.slice(from, to) };
    edgeViews[s] = made;
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
    postures: posturesOf,
    ladder: (id) => ladders[id]!,
    outcome: (id) => outcomes[id]!,
    guardHolds: holds,
    guardWords: W,
    guardWord: (id, w) => masks[id * W + w]!,
    edges,
    expand,
    edgeCount: (id) => edgeLength[id]!,
    edgePool: () => pool,
    size: () => count,
  };
}
