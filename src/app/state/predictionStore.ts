/**
 * Predictions in browser storage, one key per scenario beside its saved session (the
 * shared prefix lets "Clear saved data" remove them too). Independent of the link:
 * a shared link carries the steps, never a class's predictions.
 */
import { predictionRecordSchema } from '../../engine/logSchema.ts';
import { NO_PREDICTIONS, type Predictions } from './predictions.ts';
import { readItem, STORAGE_PREFIX, type KeyValueStore } from './storage.ts';

/** The storage key of one scenario's predictions. */
export function predictionsKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}predictions:${scenarioId}`;
}

/** A scenario's stored predictions; anything unreadable counts as none. */
export function loadPredictions(store: KeyValueStore, scenarioId: string): Predictions {
  const text = readItem(store, predictionsKey(scenarioId));
  if (!text) return NO_PREDICTIONS;
  try {
    const raw = JSON.parse(text) as { enabled?: unknown; records?: unknown };
    const records = predictionRecordSchema.array().safeParse(raw.records);
    return {
      enabled: raw.enabled !== false,
      locked: null,
      records: records.success ? records.data : [],
    };
  } catch {
    return NO_PREDICTIONS;
  }
}

/** Stores a scenario's predictions (not the locked one: a reload starts the question afresh). */
export function savePredictions(store: KeyValueStore, scenarioId: string, p: Predictions): boolean {
  try {
    store.setItem(
      predictionsKey(scenarioId),
      JSON.stringify({ enabled: p.enabled, records: p.records }),
    );
    return true;
  } catch {
    return false;
  }
}
