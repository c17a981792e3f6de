import { describe, expect, it } from 'vitest';
import { takenKeys } from '../../../src/app/diagram/taken.ts';

describe('the taken prop', () => {
  it('reads the old "region|from|to" strings, several joined by spaces', () => {
    expect([...takenKeys(' military|restraint|supportFront |a|b')]).toEqual([
      'military|restraint|supportFront',
      '|a|b',
    ]);
  });

  it('reads one { region, from, to } object or a list of them, the same way', () => {
    const one = { region: 'diplomacy', from: 'reviewing', to: 'rejected' };
    expect([...takenKeys(one)]).toEqual(['diplomacy|reviewing|rejected']);
    expect([...takenKeys([one, { region: null, from: 'a', to: 'b' }])]).toEqual([
      'diplomacy|reviewing|rejected',
      '|a|b',
    ]);
  });

  it('marks nothing for an empty string, null or undefined', () => {
    expect(takenKeys('').size).toBe(0);
    expect(takenKeys(null).size).toBe(0);
    expect(takenKeys(undefined).size).toBe(0);
  });
});
