import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analysis/random.ts';
import { median, wilsonInterval } from '../../src/analysis/stats.ts';

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // Reference values: Newcombe (1998), Statistics in Medicine 17:857, table I, method 3.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, low, high] of cases) {
      const ci = wilsonInterval(k, n);
      expect(ci.low).toBeCloseTo(low, 4);
      expect(ci.high).toBeCloseTo(high, 4);
    }
  });

  it('stays inside [0, 1] and is exact at the ends', () => {
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });

  it('covers the true share about 95% of the time on a known distribution', () => {
    const random = mulberry32(7);
    const p = 0.3;
    let covered = 0;
    const batches = 2000;
    for (let b = 0; b < batches; b++) {
      let k = 0;
      for (let i = 0; i < 200; i++) if (random() < p) k++;
      const { low, high } = wilsonInterval(k, 200);
      if (low <= p && p <= high) covered++;
    }
    expect(covered / batches).toBeGreaterThan(0.93);
    expect(covered / batches).toBeLessThan(0.97);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
