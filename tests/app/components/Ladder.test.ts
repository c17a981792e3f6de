import { describe, expect, it } from 'vitest';
import { plotIndices, plotSummary } from '../../../src/app/components/Ladder.tsx';
import type { StepResult } from '../../../src/engine/index.ts';

const at = (ladder: number) => ({ ladder }) as StepResult;

describe('ladder plot summary', () => {
  it('lists every level of a short line', () => {
    expect(plotSummary([at(3), at(3), at(5)], 2)).toBe('Ladder level at each of 2 steps: 3, 3, 5.');
  });

  it('describes a long line briefly: start, highest, end and the current step', () => {
    const long = [at(3), ...Array.from({ length: 299 }, (_, i) => at(i === 100 ? 9 : 4))];
    expect(plotSummary(long, 101)).toBe(
      'Ladder level over 299 steps: 3 at the start, highest 9, 4 at the end; 9 at step 101.',
    );
  });
});

describe('plotIndices', () => {
  it('keeps every step of a short line', () => {
    expect(plotIndices([3, 4, 5], 100)).toEqual([0, 1, 2]);
  });

  it('keeps, per column of a long line, the first, lowest, highest and last step, in order', () => {
    const levels = Array.from({ length: 10_000 }, (_, i) => (i === 4321 ? 10 : i === 7777 ? 0 : 3));
    const kept = plotIndices(levels, 100);
    expect(kept.length).toBeLessThanOrEqual(400);
    expect(kept).toContain(4321);
    expect(kept).toContain(7777);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(9_999);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });
});

describe('plotSummary with dates', () => {
  it('names the first and last step’s dates of a dated line', () => {
    expect(plotSummary([at(3), at(4), at(6)], 2, [null, '2024-01-11', '2024-01-18'])).toBe(
      'Ladder level at each of 2 steps: 3, 4, 6. Steps dated 11 Jan 2024 to 18 Jan 2024.',
    );
  });
});
