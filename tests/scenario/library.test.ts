import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { buildLibrary } from '../../src/scenario/library.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

describe('buildLibrary', () => {
  it('keeps valid scenarios in id order and reports a duplicate id and invalid files', () => {
    const a = baselineJson();
    const b = { ...baselineJson(), id: 'another-baseline' };
    const library = buildLibrary(conflictModel, [
      { name: 'a.json', text: JSON.stringify(a) },
      { name: 'b.json', text: JSON.stringify(b) },
      { name: 'copy.json', text: JSON.stringify(a) },
      { name: 'bad.json', text: '{' },
    ]);
    expect(library.scenarios.map((s) => s.scenario.id)).toEqual([
      'another-baseline',
      'baseline-2024-01',
    ]);
    expect(library.problems.map((p) => `${p.file}: ${p.pointer}: ${p.message}`)).toEqual([
      'copy.json: /id: duplicate scenario id',
      'bad.json: : not valid JSON at line 1, column 2',
    ]);
  });
});
