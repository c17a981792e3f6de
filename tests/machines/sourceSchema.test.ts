import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { sourceSchema } from '../../machines/sourceSchema.ts';

describe('sourceSchema', () => {
  it('admits every source of the model: scenario files and the model share one definition', () => {
    expect(conflictModel.sources.length).toBeGreaterThan(0);
    for (const source of conflictModel.sources) {
      expect(sourceSchema.safeParse(source).success, source.id).toBe(true);
    }
  });

  it('refuses a source without a date or with an unknown field', () => {
    const source = conflictModel.sources[0]!;
    const { date: _date, ...undated } = source;
    expect(sourceSchema.safeParse(undated).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, found: 'somewhere' }).success).toBe(false);
  });
});
