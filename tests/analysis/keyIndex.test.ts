import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyIndex } from '../../src/analysis/keyIndex.ts';

describe('the key index', () => {
  it('answers like a Map, through growth, for keys that fit 31 bits and keys that do not', () => {
    for (const keySpace of [2 ** 31, 2 ** 53]) {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 0, max: Math.min(keySpace, 2 ** 53) - 1 }), {
            maxLength: 3000,
          }),
          fc.array(fc.integer({ min: 0, max: Math.min(keySpace, 2 ** 53) - 1 }), {
            maxLength: 200,
          }),
          (keys, probes) => {
            const index = createKeyIndex(keySpace);
            const reference = new Map<number, number>();
            keys.forEach((key, id) => {
              index.set(key, id);
              reference.set(key, id);
            });
            expect(index.size()).toBe(reference.size);
            for (const key of [...keys, ...probes])
              expect(index.get(key)).toBe(reference.get(key) ?? -1);
          },
        ),
        { numRuns: 40, seed: 11 },
      );
    }
  });

  it('keeps keys that differ only above 32 bits apart', () => {
    const index = createKeyIndex(2 ** 53);
    for (let i = 0; i < 5000; i++) index.set(i * 2 ** 32 + 7, i);
    for (let i = 0; i < 5000; i++) expect(index.get(i * 2 ** 32 + 7)).toBe(i);
    expect(index.get(7 + 2 ** 32 * 5000)).toBe(-1);
  });
});
