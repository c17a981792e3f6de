import type { FastModel } from './fastModel.ts';

/** One event on a path, with who decides it and where it leaves the world. */
export interface PathStep {
  readonly event: string;
  readonly label: string;
  /** The party that decides the event, or `world`. */
  readonly controlledBy: string;
  readonly ladder: number;
  readonly outcome: string;
}

/** A guard that never held in any reachable joint posture: it blocks every move that needs it. */
export interface Blocker {
  readonly guard: string;
  readonly description: string;
}

/** What the search found for one outcome. */
export interface OutcomePaths {
  readonly outcome: string;
  readonly label: string;
  readonly reachable: boolean;
  /** How many reachable joint postures have this outcome. */
  readonly postures: number;
  /** The shortest event sequence that reaches it (empty when the start already has it). */
  readonly path: readonly PathStep[] | null;
  /** When unreachable: why, in a sentence, and the guards that never held. */
  readonly why: string | null;
  readonly blockedBy: readonly Blocker[];
}

/** The result of a breadth-first search over the fast form. */
export interface Exploration {
  readonly start: number;
  /** Joint postures reachable from the start (the start included). */
  readonly reachable: number;
  /** Enabled (state, event) pairs examined. */
  readonly transitions: number;
  /** True when the search covered every reachable posture (false when it stopped early). */
  readonly complete: boolean;
  /** The highest ladder level of any reached posture. */
  readonly maxLadder: number;
  readonly outcomes: readonly OutcomePaths[];
  /** Every reached state id, in breadth-first order (the start first). */
  readonly reached: Uint32Array;
  /** Distance in events from the start to a state id, or -1 when it was not reached. */
  readonly distanceOf: (id: number) => number;
}

/** Options: stop as soon as every outcome has a path (for the app), and a cap on states. */
export interface ExploreOptions {
  readonly stopWhenAllFound?: boolean;
  readonly maxStates?: number;
  /** Only these events may be used (by type); the rest are ignored. For reduced-model checks. */
  readonly allowedEvents?: ReadonlySet<string>;
}

/**
 * Breadth-first search from a state: every reachable joint posture, and for each
 * outcome the first one reached, which gives a shortest path (ties broken by the
 * catalog order of events, so the answer is deterministic).
 */
export function explore(fast: FastModel, start: number, options: ExploreOptions = {}): Exploration {
  const { model } = fast;
  const outcomeCount = fast.outcomeIds.length;
  // Ids are dense, so typed arrays (grown as the fast form interns new states) beat Maps.
  let parent = new Int32Array(Math.max(1024, fast.size() * 2)).fill(-2);
  let via = new Uint16Array(parent.length);
  let distance = new Int32Array(parent.length).fill(-1);
  const ensure = (id: number) => {
    if (id < parent.length) return;
    const size = Math.max(id + 1, parent.length * 2);
    const p = new Int32Array(size).fill(-2);
    p.set(parent);
    parent = p;
    const v = new Uint16Array(size);
    v.set(via);
    via = v;
    const d = new Int32Array(size).fill(-1);
    d.set(distance);
    distance = d;
  };
  ensure(start);
  parent[start] = -1;
  distance[start] = 0;
  const firstAt = new Array<number>(outcomeCount).fill(-1);
  const counts = new Array<number>(outcomeCount).fill(0);
  let found = 0;
  let heldAnywhere = 0;
  let maxLadder = 0;
  let transitions = 0;
  const allowed = options.allowedEvents
    ? fast.eventTypes.map((t) => options.allowedEvents!.has(t))
    : null;
  const maxStates = options.maxStates ?? Infinity;
  const queue: number[] = [start];
  let complete = true;
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    const o = fast.outcome(s);
    counts[o]!++;
    heldAnywhere |= fast.guardMask(s);
    if (fast.ladder(s) > maxLadder) maxLadder = fast.ladder(s);
    if (firstAt[o] === -1) {
      firstAt[o] = s;
      found++;
      if (options.stopWhenAllFound && found === outcomeCount) {
        complete = false;
        break;
      }
    }
    const { events, targets } = fast.edges(s);
    const d = distance[s]! + 1;
    for (let i = 0; i < events.length; i++) {
      if (allowed && !allowed[events[i]!]) continue;
      transitions++;
      const t = targets[i]!;
      ensure(t);
      if (parent[t] !== -2) continue;
      if (queue.length >= maxStates) {
        complete = false;
        continue;
      }
      parent[t] = s;
      via[t] = events[i]!;
      distance[t] = d;
      queue.push(t);
    }
  }
  const neverHeld = fast.guardNames.filter((_, g) => (heldAnywhere & (1 << g)) === 0);
  const outcomes = model.outcomes.map((spec, o): OutcomePaths => {
    const target = firstAt[o]!;
    if (target === -1) {
      const blockedBy = neverHeld.map((guard) => ({
        guard,
        description: model.guards[guard]!.description,
      }));
      const searched = `${queue.length.toLocaleString('en-US')} reachable joint postures`;
      const why = complete
        ? `No sequence of enabled events reaches it: none of the ${searched} has this outcome (the highest ladder level reached is ${maxLadder}).${blockedBy.length ? ` Conditions that never hold between steps: ${neverHeld.join(', ')}.` : ''}`
        : `Not found within the ${searched} searched (the search stopped early).`;
      return {
        outcome: spec.id,
        label: spec.label,
        reachable: false,
        postures: 0,
        path: null,
        why,
        blockedBy,
      };
    }
    return {
      outcome: spec.id,
      label: spec.label,
      reachable: true,
      postures: counts[o]!,
      path: pathTo(fast, parent, via, target),
      why: null,
      blockedBy: [],
    };
  });
  const finalDistance = distance;
  return {
    start,
    reachable: queue.length,
    transitions,
    complete,
    maxLadder,
    outcomes,
    reached: Uint32Array.from(queue),
    distanceOf: (id) => (id < finalDistance.length ? finalDistance[id]! : -1),
  };
}

/** The events from the start to a state, read back along the parent links. */
function pathTo(fast: FastModel, parent: Int32Array, via: Uint16Array, target: number): PathStep[] {
  const steps: PathStep[] = [];
  for (let s = target; parent[s]! !== -1; s = parent[s]!) {
    const spec = fast.eventSpecs[via[s]!]!;
    steps.push({
      event: spec.type,
      label: spec.label,
      controlledBy: spec.controlledBy,
      ladder: fast.ladder(s),
      outcome: fast.outcomeIds[fast.outcome(s)]!,
    });
  }
  return steps.reverse();
}
