import type { Posture, Postures, WorldView } from '../../machines/types.ts';

/**
 * Which guards hold in a joint posture, remembered by what each guard read. The
 * fast form asks this once per new joint posture, and the model's guards read one
 * or two parties each: evaluating all of them on every posture repeats the same
 * answers hundreds of thousands of times.
 *
 * A guard is a pure function of the world, and the fast form's world differs from
 * posture to posture only in the parties' postures (the terms are fixed per fast
 * form). So the first evaluation records, through a Proxy, which parties' postures
 * the guard read and in what order; the answer is stored in a decision tree keyed by
 * those parties' posture ids. Since the guard is deterministic, the same postures of
 * the parties read so far lead it to read the same next party, so a path through
 * the tree determines the answer. A guard that reads the postures in any other way
 * (listing them, for instance), or whose reads contradict the tree (it is not pure),
 * is evaluated directly on every posture instead.
 */
export interface GuardMemo {
  /**
   * Writes which guards hold for party posture ids `ids` into `out` from `at`: guard g
   * sets bit g & 31 of word at + (g >>> 5); the words are cleared first.
   */
  mask(ids: ArrayLike<number>, out: Int32Array, at: number): void;
}

/** A node of a guard's decision tree: the party read next, and a subtree per posture id. */
interface Branch {
  readonly party: number;
  readonly next: Tree[];
}
type Tree = Branch | boolean | undefined;

/** The memo for guard tests over the parties `partyIds`, with worlds made by `worldOf`. */
export function createGuardMemo(
  tests: readonly ((world: WorldView) => boolean)[],
  partyIds: readonly string[],
  postureOf: (party: number, id: number) => Posture,
  worldOf: (postures: Postures) => WorldView,
): GuardMemo {
  const partyIndex = new Map(partyIds.map((id, p) => [id, p]));
  const roots: Tree[] = tests.map(() => undefined);
  const direct = tests.map(() => false);
  const words = Math.max(1, Math.ceil(tests.length / 32));

  const posturesOf = (ids: ArrayLike<number>): Record<string, Posture> => {
    const postures: Record<string, Posture> = {};
    for (let p = 0; p < partyIds.length; p++) postures[partyIds[p]!] = postureOf(p, ids[p]!);
    return postures;
  };

  /** Evaluates guard g through a Proxy that records the parties read, then stores the answer. */
  const record = (g: number, ids: ArrayLike<number>): boolean => {
    const reads: number[] = [];
    let opaque = false;
    const watched = new Proxy(posturesOf(ids), {
      get(target, key, receiver) {
        const p = typeof key === 'string' ? partyIndex.get(key) : undefined;
        if (p === undefined) opaque = true;
        else if (!reads.includes(p)) reads.push(p);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        opaque = true;
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        opaque = true;
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        opaque = true;
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    const value = tests[g]!(worldOf(watched));
    if (opaque || !store(g, ids, reads, value)) direct[g] = true;
    return value;
  };

  /** Adds one answer to guard g's tree; false when it contradicts what the tree holds. */
  const store = (g: number, ids: ArrayLike<number>, reads: number[], value: boolean): boolean => {
    if (reads.length === 0) {
      if (roots[g] !== undefined && roots[g] !== value) return false;
      roots[g] = value;
      return true;
    }
    if (roots[g] === undefined) roots[g] = { party: reads[0]!, next: [] };
    let node: Tree = roots[g];
    for (let i = 0; i < reads.length; i++) {
      if (typeof node !== 'object' || node.party !== reads[i]) return false;
      const id = ids[reads[i]!]!;
      const child = node.next[id];
      if (i === reads.length - 1) {
        if (child !== undefined && child !== value) return false;
        node.next[id] = value;
      } else {
        if (child === undefined) node.next[id] = { party: reads[i + 1]!, next: [] };
        node = node.next[id];
      }
    }
    return true;
  };

  return {
    mask(ids, out, at) {
      for (let w = 0; w < words; w++) out[at + w] = 0;
      let plain: Record<string, Posture> | null = null;
      for (let g = 0; g < tests.length; g++) {
        let holds: boolean;
        if (direct[g]) {
          plain ??= posturesOf(ids);
          holds = tests[g]!(worldOf(plain));
        } else {
          let node = roots[g];
          while (typeof node === 'object') node = node.next[ids[node.party]!];
          holds = node === undefined ? record(g, ids) : node;
        }
        if (holds) out[at + (g >>> 5)] = out[at + (g >>> 5)]! | (1 << (g & 31));
      }
    },
  };
}
