/** Browser storage that never throws: a blocked localStorage falls back to memory for this visit. */
import type { KeyValueStore } from './state/storage.ts';

/** A Map-backed store with the Storage interface (also used by tests). */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}

/**
 * localStorage when it can be read, else a memory store. A store that can be read
 * but not written (quota full) is still returned: saving then fails and the app says so.
 */
export function browserStore(): KeyValueStore {
  try {
    const store = window.localStorage;
    store.getItem('escalation-lab:probe');
    return store;
  } catch {
    return memoryStore();
  }
}
