import { describe, expect, it } from 'vitest';
import { recordsOnLine } from '../../../src/app/state/lineRecords.ts';
import type { Line } from '../../../src/engine/index.ts';

// Only ids, parents and lengths matter here; the steps themselves are never read.
const line = (id: string, length: number, parent: Line['parent'] = null): Line => ({
  id,
  parent,
  steps: Array.from({ length: length + 1 }) as Line['steps'],
});

const lines = [
  line('main', 5),
  line('branch-1', 6, { line: 'main', step: 2 }),
  line('branch-2', 4, { line: 'branch-1', step: 3 }),
];
const records = [
  { step: 1 },
  { step: 3, line: 'main' },
  { step: 3, line: 'branch-1' },
  { step: 4, line: 'branch-2' },
  { step: 2, line: 'main' },
  { step: 5, line: 'branch-1' },
];

describe('records kept by line', () => {
  it('gives a line its own records up to the cursor; a record without a line is the main line’s', () => {
    expect(recordsOnLine(records, lines, 'main', 5)).toEqual([
      { step: 1 },
      { step: 2, line: 'main' },
      { step: 3, line: 'main' },
    ]);
    expect(recordsOnLine(records, lines, 'main', 2)).toEqual([
      { step: 1 },
      { step: 2, line: 'main' },
    ]);
  });

  it('gives a branch its parents’ records up to each fork, never the parent’s later ones', () => {
    expect(recordsOnLine(records, lines, 'branch-1', 6)).toEqual([
      { step: 1 },
      { step: 2, line: 'main' },
      { step: 3, line: 'branch-1' },
      { step: 5, line: 'branch-1' },
    ]);
    expect(recordsOnLine(records, lines, 'branch-2', 4)).toEqual([
      { step: 1 },
      { step: 2, line: 'main' },
      { step: 3, line: 'branch-1' },
      { step: 4, line: 'branch-2' },
    ]);
  });

  it('holds a cursor before the fork to the shared steps', () => {
    expect(recordsOnLine(records, lines, 'branch-2', 1)).toEqual([{ step: 1 }]);
  });
});
