/**
 * Refused tries in browser storage, one key per scenario beside its predictions (the
 * shared prefix lets "Clear saved data" remove them too). Like predictions they stay
 * out of the link.
 */
import { attemptRecordSchema } from '../../engine/logSchema.ts';
import type { AttemptRecord } from '../../engine/index.ts';
import { readItem, STORAGE_PREFIX, type KeyValueStore } from './storage.ts';

/** The storage key of one scenario's refused tries. */
export function attemptsKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}attempts:${scenarioId}`;
}

/** A scenario's stored refused tries; anything unreadable counts as none. */
export function loadAttempts(store: KeyValueStore, scenarioId: string): readonly AttemptRecord[] {
  const text = readItem(store, attemptsKey(scenarioId));
  if (!text) return [];
  try {
    const parsed = attemptRecordSchema.array().safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Stores a scenario's refused tries; false when the browser refused to store them. */
export function saveAttempts(
  store: KeyValueStore,
  scenarioId: string,
  attempts: readonly AttemptRecord[],
): boolean {
  try {
    store.setItem(attemptsKey(scenarioId), JSON.stringify(attempts));
    return true;
  } catch {
    return false;
  }
}
