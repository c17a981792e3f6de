import { describe, expect, it } from 'vitest';
import { bundledCards } from '../../src/scenario/cards.ts';
import { scenarioFiles } from '../helpers/scenarioFiles.ts';

describe('the gallery cards', () => {
  it('carry each bundled file’s summary, level and minutes, by id', () => {
    const files = scenarioFiles().map((f) => JSON.parse(f.text));
    expect(bundledCards.size).toBe(files.length);
    for (const s of files)
      expect(bundledCards.get(s.id)).toEqual({
        summary: s.summary,
        level: s.level,
        minutes: s.minutes,
      });
  });
});
