import { describe, expect, it } from 'vitest';
import type { Posture, Postures, WorldView } from '../../machines/types.ts';
import { createGuardMemo, type GuardMemo } from '../../src/analysis/guardMemo.ts';

// Three parties with a few postures each: small enough to check every combination.
const parties = ['a', 'b', 'c'];
const postures: Posture[][] = [
  ['calm', 'tense', 'war'],
  [
    { front: 'quiet', talks: 'open' },
    { front: 'fire', talks: 'open' },
    { front: 'fire', talks: 'closed' },
  ],
  ['x', 'y'],
];
const canonical = (posture: Posture) => JSON.stringify(posture);
const every: number[][] = [];
for (let a = 0; a < 3; a++)
  for (let b = 0; b < 3; b++) for (let c = 0; c < 2; c++) every.push([a, b, c]);

const plain = (ids: readonly number[]): Postures =>
  Object.fromEntries(parties.map((p, i) => [p, postures[i]![ids[i]!]!]));
const front = (w: WorldView) => (w.postures.b as Record<string, string>).front;
/** The memo's answer as one bit mask (for at most 32 guards). */
const maskOf = (memo: GuardMemo, ids: readonly number[]) => {
  const out = new Int32Array(1);
  memo.mask(ids, out, 0);
  return out[0]!;
};

describe('the guard memo', () => {
  it('gives the same masks as evaluating every guard, whatever order postures come in', () => {
    const tests = [
      // Reads a only.
      (w: WorldView) => w.postures.a === 'war',
      // Reads b's region, then c only when the front is firing: a read that depends on a value.
      (w: WorldView) => front(w) === 'fire' && w.postures.c === 'y',
      // Reads nothing that varies.
      () => true,
      // Reads c, then a or b depending on c.
      (w: WorldView) => (w.postures.c === 'x' ? w.postures.a !== 'calm' : front(w) === 'quiet'),
    ];
    const direct = (ids: readonly number[]) =>
      tests.reduce((mask, test, g) => (test({ postures: plain(ids) }) ? mask | (1 << g) : mask), 0);
    for (const order of [every, [...every].reverse()]) {
      const memo = createGuardMemo(
        tests,
        parties,
        (p, id) => postures[p]![id]!,
        (p) => ({ postures: p }),
      );
      for (const ids of order) expect(maskOf(memo, ids)).toBe(direct(ids));
      // Asked again, from the trees alone.
      for (const ids of order) expect(maskOf(memo, ids)).toBe(direct(ids));
    }
  });

  it('evaluates directly a guard that lists the postures, or whose reads contradict its tree', () => {
    let listed = 0;
    let later = 0;
    let first = true;
    const tests = [
      // Lists the parties: the memo cannot know what it depends on.
      (w: WorldView) => {
        listed++;
        return Object.keys(w.postures).length === 3;
      },
      // Not a function of the postures: it reads a the first time and b after that, which
      // no deterministic guard can do (its first read cannot depend on anything).
      (w: WorldView) => {
        if (first) {
          first = false;
          return w.postures.a === 'calm';
        }
        later++;
        return front(w) === 'fire';
      },
    ];
    const memo = createGuardMemo(
      tests,
      parties,
      (p, id) => postures[p]![id]!,
      (p) => ({ postures: p }),
    );
    for (const ids of every) maskOf(memo, ids);
    expect(listed).toBe(every.length);
    const before = later;
    for (const ids of every) {
      const mask = maskOf(memo, ids);
      expect((mask & 2) !== 0).toBe(front({ postures: plain(ids) }) === 'fire');
    }
    expect(listed).toBe(every.length * 2);
    expect(later - before).toBe(every.length);
  });

  it('keeps more than 32 guards, in words of 32 bits', () => {
    // 70 guards: guard g holds when party g % 3 is in its (g % 2)-th posture.
    const tests = Array.from(
      { length: 70 },
      (_, g) => (w: WorldView) =>
        canonical(w.postures[parties[g % 3]!]!) === canonical(postures[g % 3]![g % 2]!),
    );
    const memo = createGuardMemo(
      tests,
      parties,
      (p, id) => postures[p]![id]!,
      (p) => ({ postures: p }),
    );
    const out = new Int32Array(4).fill(-1);
    for (const ids of every) {
      memo.mask(ids, out, 1);
      expect(out[0]).toBe(-1);
      for (let g = 0; g < 70; g++)
        expect(((out[1 + (g >>> 5)]! >>> (g & 31)) & 1) === 1).toBe(ids[g % 3] === g % 2);
    }
  });
});
