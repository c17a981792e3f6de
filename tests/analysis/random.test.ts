import { describe, expect, it } from 'vitest';
import { mulberry32, pickWeighted, runSeed } from '../../src/analysis/random.ts';

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives every run of a batch its own seed, the same in every batch', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => runSeed(1, i));
    expect(new Set(seeds).size).toBe(1000);
    expect(runSeed(1, 5)).toBe(seeds[5]);
    expect(runSeed(2, 5)).not.toBe(seeds[5]);
  });

  it('picks by weight, never a zero weight', () => {
    const random = mulberry32(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[pickWeighted([1, 0, 2], 3, random)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(1.9);
    expect(counts[2]! / counts[0]!).toBeLessThan(2.1);
    expect(pickWeighted([0, 0], 2, random)).toBe(-1);
  });
});
