import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/engine/index.ts';
import { transitionLogSchema, transitionRecordSchema } from '../../src/engine/logSchema.ts';

const doc = readFileSync('docs/log-format.md', 'utf8');

describe('docs/log-format.md documents every field', () => {
  it('lists every top-level field and every transition field', () => {
    for (const field of [
      ...Object.keys(transitionLogSchema.shape),
      ...Object.keys(transitionRecordSchema.shape),
    ]) {
      expect(doc, field).toMatch(new RegExp('`' + field + '`'));
    }
  });

  it('gives the CSV columns in their order', () => {
    expect(doc).toContain(CSV_COLUMNS.join(','));
  });
});
