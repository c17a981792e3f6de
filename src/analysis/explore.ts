import { ensureLength } from './columns.ts';
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
  /** Whether a path was found (when the search stopped early, false says only "not found"). */
  readonly reachable: boolean;
  /** How many reachable joint postures have this outcome. */
  readonly postures: number;
  /** The shortest event sequence that reaches it (empty when the start already has it). */
  readonly path: readonly PathStep[] | null;
  /** When unreachable: why, in a sentence, and the guards that never held. */
  readonly why: string | null;
  readonly blockedBy: readonly Blocker[];
}

/** Why a search stopped before it had covered every reachable posture. */
export type StopReason = 'allFound' | 'maxPostures';

/** The result of a breadth-first search over the fast form. */
export interface Exploration {
  readonly start: number;
  /** Joint postures reached from the start (the start included): all reachable ones when complete. */
  readonly reachable: number;
  /** Enabled (state, event) pairs examined. */
  readonly transitions: number;
  /** True when the search covered every reachable posture (false when it stopped early). */
  readonly complete: boolean;
  /** Why it stopped early, or null when it is complete. */
  readonly stoppedBy: StopReason | null;
  /** The bound on postures that applied (`Infinity` when there was none). */
  readonly maxPostures: number;
  /** The highest ladder level of any reached posture. */
  readonly maxLadder: number;
  readonly outcomes: readonly OutcomePaths[];
  /** Every reached state id, in breadth-first order (the start first). */
  readonly reached: Uint32Array;
  /** Distance in events from the start to a state id, or -1 when it was not reached. */
  readonly distanceOf: (id: number) => number;
}

/** Options: stop as soon as every outcome has a path (for the app), and a bound on postures. */
export interface ExploreOptions {
  readonly stopWhenAllFound?: boolean;
  /**
   * The most joint postures to reach. When more are reachable the search stops there,
   * and says so: `complete` is false, `stoppedBy` is `maxPostures`, and an outcome it
   * did not find is reported as not found, never as unreachable.
   */
  readonly maxPostures?: number;
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
  const maxPostures = options.maxPostures ?? Infinity;
  if (!(maxPostures >= 1)) throw new RangeError('maxPostures must be at least 1.');
  // Ids are dense, so typed arrays (grown as the fast form interns new states) beat Maps.
  let parent = new Int32Array(Math.max(1024, fast.size() * 2)).fill(-2);
  let via = new Uint16Array(parent.length);
  let distance = new Int32Array(parent.length).fill(-1);
  let queue = new Uint32Array(parent.length);
  let tail = 0;
  parent = ensureLength(parent, start + 1, -2);
  distance = ensureLength(distance, start + 1, -1);
  parent[start] = -1;
  distance[start] = 0;
  queue[tail++] = start;
  const firstAt = new Array<number>(outcomeCount).fill(-1);
  const counts = new Array<number>(outcomeCount).fill(0);
  let found = 0;
  const heldAnywhere = new Int32Array(fast.guardWords);
  let maxLadder = 0;
  let transitions = 0;
  const allowed = options.allowedEvents
    ? Uint8Array.from(fast.eventTypes, (t) => (options.allowedEvents!.has(t) ? 1 : 0))
    : null;
  let stoppedBy: StopReason | null = null;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const o = fast.outcome(s);
    counts[o]!++;
    for (let w = 0; w < heldAnywhere.length; w++)
      heldAnywhere[w] = heldAnywhere[w]! | fast.guardWord(s, w);
    if (fast.ladder(s) > maxLadder) maxLadder = fast.ladder(s);
    if (firstAt[o] === -1) {
      firstAt[o] = s;
      found++;
      if (options.stopWhenAllFound && found === outcomeCount) {
        stoppedBy = 'allFound';
        break;
      }
    }
    const from = fast.expand(s);
    const to = from + fast.edgeCount(s);
    // Expanding may intern new states: size the arrays once for all of them.
    const size = fast.size();
    if (size > parent.length) {
      parent = ensureLength(parent, size, -2);
      via = ensureLength(via, size);
      distance = ensureLength(distance, size, -1);
    }
    const { events, targets } = fast.edgePool();
    const d = distance[s]! + 1;
    for (let i = from; i < to; i++) {
      if (allowed && !allowed[events[i]!]) continue;
      transitions++;
      const t = targets[i]!;
      if (parent[t] !== -2) continue;
      if (tail >= maxPostures) {
        stoppedBy = 'maxPostures';
        continue;
      }
      parent[t] = s;
      via[t] = events[i]!;
      distance[t] = d;
      if (tail === queue.length) queue = ensureLength(queue, tail + 1);
      queue[tail++] = t;
    }
  }
  const complete = stoppedBy === null;
  const neverHeld = fast.guardNames.filter(
    (_, g) => ((heldAnywhere[g >>> 5]! >>> (g & 31)) & 1) === 0,
  );
  const outcomes = model.outcomes.map((spec, o): OutcomePaths => {
    const target = firstAt[o]!;
    if (target === -1) {
      // Guards that never held among the postures searched prove nothing about the rest.
      const blockedBy = (complete ? neverHeld : []).map((guard) => ({
        guard,
        description: model.guards[guard]!.description,
      }));
      const searched = `${tail.toLocaleString('en-US')} reachable joint postures`;
      const why = complete
        ? `No sequence of enabled events reaches it: none of the ${searched} has this outcome (the highest ladder level reached is ${maxLadder}).${blockedBy.length ? ` Conditions that never hold between steps: ${neverHeld.join(', ')}.` : ''}`
        : stoppedBy === 'maxPostures'
          ? `None of the first ${searched} searched has this outcome, but the search stopped at its bound of ${maxPostures.toLocaleString('en-US')} postures, so it may still be reachable.`
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
    reachable: tail,
    transitions,
    complete,
    stoppedBy,
    maxPostures,
    maxLadder,
    outcomes,
    reached: queue.slice(0, tail),
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
