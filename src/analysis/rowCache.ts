import { ensureLength } from './columns.ts';

/**
 * A second-level cache over a party table (see partyTable.ts), for the exhaustive
 * search. A party's moves and acceptances depend only on its own posture and on the
 * guards its machine attaches to the event; with every guard it attaches to any event
 * (its "union bits") fixed as well, a whole row of answers, one per event, is fixed.
 * Each joint posture gets its row per party once, when it is interned; then every
 * event's answer is one array read, with no per-event guard pattern to work out.
 */
export interface RowCache {
  /**
   * The row of (own posture, the guards that hold), interning it if new. The guards'
   * truth is read from `words` at `at` (guard g in bit g & 31 of word at + (g >>> 5)).
   */
  rowOf(own: number, words: Int32Array, at: number): number;
  /** Per row × event: next posture id + 2, 1 for "no move", 0 for not asked yet. */
  moves: Int32Array;
  /** Per row × event: 2 accepts, 1 refuses, 0 not asked yet. */
  accepts: Uint8Array;
}

/** The lookup is a dense array when (postures × guard patterns) is at most this many cells. */
const DENSE_LIMIT = 1 << 20;

/** A row cache for a party with `capacity` postures whose machine reads the guards `bits`. */
export function createRowCache(
  capacity: number,
  bits: readonly number[],
  eventCount: number,
): RowCache {
  const width = 2 ** bits.length;
  const dense = capacity * width <= DENSE_LIMIT ? new Int32Array(capacity * width).fill(-1) : null;
  const sparse = new Map<number, number>();
  let rows = 0;
  const cache: RowCache = {
    rowOf(own, words, at) {
      let pattern = 0;
      for (let j = 0; j < bits.length; j++) {
        const g = bits[j]!;
        if ((words[at + (g >>> 5)]! >>> (g & 31)) & 1) pattern |= 1 << j;
      }
      const sig = own * width + pattern;
      const known = dense ? dense[sig]! : (sparse.get(sig) ?? -1);
      if (known >= 0) return known;
      const row = rows++;
      if (dense) dense[sig] = row;
      else sparse.set(sig, row);
      cache.moves = ensureLength(cache.moves, rows * eventCount);
      cache.accepts = ensureLength(cache.accepts, rows * eventCount);
      return row;
    },
    moves: new Int32Array(16 * eventCount),
    accepts: new Uint8Array(16 * eventCount),
  };
  return cache;
}
