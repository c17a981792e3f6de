import { describe, expect, it } from 'vitest';
import { compareTarget } from '../../../src/app/state/compareTarget.ts';
import type { Line } from '../../../src/engine/index.ts';

const line = (id: string, parent: Line['parent'] = null): Line => ({ id, parent, steps: [] });

describe('the line "Compare lines" sets beside the current one', () => {
  const lines = [
    line('main'),
    line('branch-1', { line: 'main', step: 1 }),
    line('branch-2', { line: 'branch-1', step: 2 }),
    line('import-3'),
  ];

  it('is the line a branch forked from', () => {
    expect(compareTarget(lines, 'branch-2')).toBe('branch-1');
    expect(compareTarget(lines, 'branch-1')).toBe('main');
  });

  it('is a branch of the current line when it has no parent, else the first other line', () => {
    expect(compareTarget(lines, 'main')).toBe('branch-1');
    expect(compareTarget(lines, 'import-3')).toBe('main');
  });

  it('is none with a single line', () => {
    expect(compareTarget([line('main')], 'main')).toBeNull();
  });
});
