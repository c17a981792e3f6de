import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/app/browserStore.ts';
import { attemptsKey, loadAttempts, saveAttempts } from '../../../src/app/state/attemptStore.ts';

const attempt = {
  step: 2,
  line: 'branch-1',
  event: 'hezbollah.openFire',
  party: 'hezbollah',
  reason: 'Not while talks are open.',
  by: null,
};

describe('stored refused tries', () => {
  it('keeps them through a save and a load, under the shared prefix', () => {
    const store = memoryStore();
    expect(saveAttempts(store, 'baseline', [attempt])).toBe(true);
    expect(attemptsKey('baseline')).toMatch(/^escalation-lab:/);
    expect(loadAttempts(store, 'baseline')).toEqual([attempt]);
  });

  it('reads nothing stored, unreadable or malformed as none', () => {
    const store = memoryStore();
    expect(loadAttempts(store, 'baseline')).toEqual([]);
    store.setItem(attemptsKey('baseline'), '{oops');
    expect(loadAttempts(store, 'baseline')).toEqual([]);
    store.setItem(attemptsKey('baseline'), JSON.stringify([{ ...attempt, reason: 3 }]));
    expect(loadAttempts(store, 'baseline')).toEqual([]);
  });
});
