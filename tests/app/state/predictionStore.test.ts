import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/app/browserStore.ts';
import {
  loadPredictions,
  oldPredictionsKey,
  predictionsKey,
  savePredictions,
} from '../../../src/app/state/predictionStore.ts';
import { NO_PREDICTIONS } from '../../../src/app/state/predictions.ts';

const record = {
  step: 1,
  party: 'hezbollah',
  region: 'diplomacy',
  predicted: 'reviewingProposal',
  actual: 'reviewingProposal',
  correct: true,
  by: null,
};

describe('stored predictions', () => {
  it('keeps each record’s line through a save and a load', () => {
    const store = memoryStore();
    const records = [
      { ...record, line: 'main' },
      { ...record, line: 'branch-1', correct: false },
    ];
    expect(savePredictions(store, 'baseline', { enabled: false, locked: null, records })).toBe(
      true,
    );
    expect(loadPredictions(store, 'baseline')).toEqual({ enabled: false, locked: null, records });
  });

  it('moves what an earlier version kept by step alone to the main line, under the new key', () => {
    const store = memoryStore();
    store.setItem(
      oldPredictionsKey('baseline'),
      JSON.stringify({ enabled: true, records: [record] }),
    );
    const loaded = loadPredictions(store, 'baseline');
    expect(loaded.records).toEqual([{ ...record, line: 'main' }]);
    expect(store.getItem(oldPredictionsKey('baseline'))).toBeNull();
    expect(JSON.parse(store.getItem(predictionsKey('baseline'))!).records).toEqual([
      { ...record, line: 'main' },
    ]);
    // Read again: from the new key, the same records.
    expect(loadPredictions(store, 'baseline').records).toEqual(loaded.records);
  });

  it('reads the new key before the old one, and anything unreadable as none', () => {
    const store = memoryStore();
    store.setItem(oldPredictionsKey('baseline'), JSON.stringify({ records: [record] }));
    store.setItem(
      predictionsKey('baseline'),
      JSON.stringify({ records: [{ ...record, line: 'branch-2' }] }),
    );
    expect(loadPredictions(store, 'baseline').records.map((r) => r.line)).toEqual(['branch-2']);
    store.setItem(predictionsKey('other'), '{not json');
    expect(loadPredictions(store, 'other')).toEqual(NO_PREDICTIONS);
    store.setItem(predictionsKey('bad'), JSON.stringify({ records: [{ step: 'x' }] }));
    expect(loadPredictions(store, 'bad').records).toEqual([]);
  });
});
