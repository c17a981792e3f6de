import { describe, expect, it } from 'vitest';
import { plotSummary } from '../../../src/app/components/Ladder.tsx';
import type { StepResult } from '../../../src/engine/index.ts';

const at = (ladder: number) => ({ ladder }) as StepResult;

describe('ladder plot summary', () => {
  it('lists every level of a short line', () => {
    expect(plotSummary([at(3), at(3), at(5)], 2)).toBe('Ladder level at each of 2 steps: 3, 3, 5.');
  });

  it('describes a long line briefly: start, highest, end and the current step', () => {
    const long = [at(3), ...Array.from({ length: 299 }, (_, i) => at(i === 100 ? 9 : 4))];
    expect(plotSummary(long, 101)).toBe('Ladder level over 299 steps: 3 at the start, highest 9, 4 at the end; 9 at step 101.');
  });
});
