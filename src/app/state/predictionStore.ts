/**
 * Predictions in browser storage, one key per scenario beside its saved session (the
 * shared prefix lets "Clear saved data" remove them too). Independent of the link:
 * a shared link carries the steps, never a class's predictions. Records are kept by
 * line and step; what an earlier version stored by step alone (under the old key) is
 * read as the main line's and moved to the new key.
 */
import { predictionRecordSchema } from '../../engine/logSchema.ts';
import { MAIN_LINE } from './lineRecords.ts';
import { NO_PREDICTIONS, type Predictions } from './predictions.ts';
import { readItem, STORAGE_PREFIX, type KeyValueStore } from './storage.ts';

/** The storage key of one scenario's predictions, kept by line and step. */
export function predictionsKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}line-predictions:${scenarioId}`;
}

/** Where an earlier version kept a scenario's predictions, by step only (read once, then moved). */
export function oldPredictionsKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}predictions:${scenarioId}`;
}

/** The stored body: the mode and the scored records; anything unreadable counts as none. */
function parse(text: string, line: string | null): Predictions {
  try {
    const raw = JSON.parse(text) as { enabled?: unknown; records?: unknown };
    const records = predictionRecordSchema.array().safeParse(raw.records);
    const kept = records.success ? records.data : [];
    return {
      enabled: raw.enabled !== false,
      locked: null,
      records: line === null ? kept : kept.map((r) => ({ ...r, line: r.line ?? line })),
    };
  } catch {
    return NO_PREDICTIONS;
  }
}

/** A scenario's stored predictions, moving any kept under the old key to the main line. */
export function loadPredictions(store: KeyValueStore, scenarioId: string): Predictions {
  const text = readItem(store, predictionsKey(scenarioId));
  if (text) return parse(text, null);
  const old = readItem(store, oldPredictionsKey(scenarioId));
  if (!old) return NO_PREDICTIONS;
  const migrated = parse(old, MAIN_LINE);
  if (savePredictions(store, scenarioId, migrated)) {
    try {
      store.removeItem(oldPredictionsKey(scenarioId));
    } catch {
      // The old copy stays; the new key is read first from now on.
    }
  }
  return migrated;
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
