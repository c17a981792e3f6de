/**
 * Seeded randomness for the analysis. Same seed, same numbers, in Node and in the
 * browser worker: only 32-bit integer arithmetic, no clock, no Math.random.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; plenty for classroom Monte Carlo. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed of run `run` of a batch seeded with `seed`: a hash of both, so runs are
 * independent streams, and run i has the same seed in every row of a sweep
 * (common random numbers make the rows comparable).
 */
export function runSeed(seed: number, run: number): number {
  let h = (seed >>> 0) ^ Math.imul(run + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Picks an index by weight: `weights[i]` for each candidate, zero or more. Returns
 * -1 when every weight is zero. One draw per call, so a run's stream of draws
 * depends only on the choices it meets.
 */
export function pickWeighted(weights: ArrayLike<number>, count: number, random: Random): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += weights[i]!;
  if (!(total > 0)) return -1;
  let target = random() * total;
  for (let i = 0; i < count; i++) {
    const w = weights[i]!;
    if (w <= 0) continue;
    if (target < w) return i;
    target -= w;
  }
  // Rounding can leave a sliver past the last positive weight: it belongs to that one.
  for (let i = count - 1; i >= 0; i--) if (weights[i]! > 0) return i;
  return -1;
}
