/**
 * Small statistics for the Monte Carlo summaries. Pure functions, no dependencies.
 */

/** The two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

/** A proportion's interval: the lower and upper bound, both in [0, 1]. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval for `successes` out of `trials` (95% by default).
 * Chosen over the plain normal interval because it stays inside [0, 1] and
 * behaves at shares near 0 and 1, which classroom batches hit often.
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval {
  if (
    !Number.isInteger(successes) ||
    !Number.isInteger(trials) ||
    trials < 0 ||
    successes < 0 ||
    successes > trials
  ) {
    throw new RangeError(
      `wilsonInterval needs 0 ≤ successes ≤ trials (got ${successes} of ${trials}).`,
    );
  }
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or all successes the bound is exact; clamp away floating-point dust.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

/** The median of some numbers (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
