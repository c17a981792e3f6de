/**
 * A map from whole-number keys (below 2^53) to dense ids, by open addressing in
 * typed arrays. The fast form looks up a joint posture's mixed-radix key once per
 * transition: a `Map` of that size spends its time hashing boxed keys and growing,
 * and a dense array over the whole key space (tens of millions of entries, more as
 * the machines grow) costs more memory than the reachable postures need.
 */
export interface KeyIndex {
  /** The id stored under `key`, or -1. */
  get(key: number): number;
  /** Stores `id` under `key` (which must not be stored yet; keys are whole numbers, at least 0). */
  set(key: number, id: number): void;
  /** How many keys are stored. */
  readonly size: () => number;
}

const EMPTY = -1;
const TWO_32 = 4294967296;

/** The slot a key hashes to: both 32-bit halves mixed, so keys that differ only high spread too. */
function slotOf(key: number, mask: number): number {
  const low = key >>> 0;
  const high = (key / TWO_32) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

/**
 * An empty index for keys below `keySpace`; it starts at about `expected` keys and
 * doubles when half full. Slot i holds its key at 2i and its id at 2i + 1 (an empty
 * slot has key -1), so a lookup touches one cache line, not one in a key array and
 * one in an id array; keys that fit 31 bits are kept as 32-bit integers, which halves
 * the table (the lookups miss the cache less).
 */
export function createKeyIndex(keySpace: number, expected = 1024): KeyIndex {
  const Slots = keySpace <= 2 ** 31 ? Int32Array : Float64Array;
  let capacity = 1024;
  while (capacity < expected * 2) capacity *= 2;
  let slots = new Slots(capacity * 2).fill(EMPTY);
  let mask = capacity - 1;
  let count = 0;

  const place = (into: Int32Array | Float64Array, key: number, id: number) => {
    let slot = slotOf(key, mask);
    while (into[slot * 2] !== EMPTY) slot = (slot + 1) & mask;
    into[slot * 2] = key;
    into[slot * 2 + 1] = id;
  };

  const grow = () => {
    const old = slots;
    capacity *= 2;
    mask = capacity - 1;
    slots = new Slots(capacity * 2).fill(EMPTY);
    for (let i = 0; i < old.length; i += 2)
      if (old[i] !== EMPTY) place(slots, old[i]!, old[i + 1]!);
  };

  return {
    get(key) {
      let slot = slotOf(key, mask);
      for (;;) {
        const stored = slots[slot * 2]!;
        if (stored === key) return slots[slot * 2 + 1]!;
        if (stored === EMPTY) return -1;
        slot = (slot + 1) & mask;
      }
    },
    set(key, id) {
      if ((count + 1) * 2 > capacity) grow();
      place(slots, key, id);
      count++;
    },
    size: () => count,
  };
}
