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

/** localStorage when it can be used, else a memory store. */
export function browserStore(): KeyValueStore {
  try {
    const store = window.localStorage;
    const probe = 'escalation-lab:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return memoryStore();
  }
}
