import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { parseSettings, parseSweep, runsToCsv, simulate } from '../../src/analysis/batch.ts';
import { weightVector } from '../../src/analysis/weights.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';

const { scenario } = loadScenarioFile('scenarios/baseline-2024-01.json');
const base = {
  postures: scenario.start.postures,
  played: scenario.played,
  runs: 200,
  seed: 9,
  steps: 40,
  weights: {},
  set: {},
  sweep: null,
};

describe('simulate', () => {
  it('is deterministic: same request, same result; another seed, other runs', () => {
    expect(simulate(conflictModel, base)).toEqual(simulate(conflictModel, base));
    expect(simulate(conflictModel, { ...base, seed: 10 }).rows).not.toEqual(
      simulate(conflictModel, base).rows,
    );
  });

  it('counts every run once, and its shares add up to 1', () => {
    const { summary } = simulate(conflictModel, base).groups[0]!;
    expect(summary.outcomes.reduce((n, o) => n + o.runs, 0)).toBe(200);
    expect(summary.outcomes.reduce((n, o) => n + o.share, 0)).toBeCloseTo(1, 10);
    for (const o of summary.outcomes) expect(o.low <= o.share && o.share <= o.high).toBe(true);
  });

  it('follows the weights: with every war-making event off, no run ends in war', () => {
    const off = Object.fromEntries(
      [
        'israel.launchAirCampaign',
        'israel.launchGroundOperation',
        'world.massCasualtyIncident',
      ].map((t) => [t, 0]),
    );
    const { summary } = simulate(conflictModel, { ...base, set: off }).groups[0]!;
    expect(summary.outcomes.find((o) => o.outcome === 'fullScaleWar')!.runs).toBe(0);
    expect(summary.peakLevel).toBeLessThan(8);
  });

  it('stops a run when every enabled event weighs 0', () => {
    const allOff = Object.fromEntries(conflictModel.events.map((e) => [e.type, 0]));
    const result = simulate(conflictModel, { ...base, runs: 3, set: allOff });
    expect(result.rows.map((r) => r.length)).toEqual([0, 0, 0]);
    expect(result.rows.every((r) => r.outcome === 'managedConflict' && r.peakLevel === 3)).toBe(
      true,
    );
  });

  it('writes sweep rows with the documented columns', () => {
    const result = simulate(conflictModel, {
      ...base,
      runs: 2,
      sweep: parseSweep('world.gazaCeasefire=0:2:1'),
    });
    const csv = runsToCsv(result).trimEnd().split('\n');
    expect(csv[0]).toBe('run,seed,world.gazaCeasefire,outcome,steps,peak_level');
    expect(csv).toHaveLength(7);
    expect(result.groups.map((g) => g.parameters)).toEqual([
      { 'world.gazaCeasefire': 0 },
      { 'world.gazaCeasefire': 1 },
      { 'world.gazaCeasefire': 2 },
    ]);
  });
});

describe('parameters', () => {
  it('parses sweeps without floating-point drift', () => {
    expect(parseSweep('world.gazaTruce=0:0.3:0.1').values).toEqual([0, 0.1, 0.2, 0.3]);
    expect(() => parseSweep('world.gazaTruce=0:1')).toThrow(/NAME=FROM:TO:STEP/);
    expect(() => parseSweep('world.gazaTruce=0:1:0')).toThrow(/STEP > 0/);
  });

  it('parses settings and refuses unknown names and bad values', () => {
    expect(parseSettings(conflictModel, ['world.gazaTruce=2.5'])).toEqual({
      'world.gazaTruce': 2.5,
    });
    expect(() => parseSettings(conflictModel, ['world.gazaTruce'])).toThrow(/NAME=VALUE/);
    expect(() => parseSettings(conflictModel, ['world.gazaTruce=lots'])).toThrow(/not a number/);
    expect(() => weightVector(conflictModel, { nope: 1 })).toThrow(/unknown parameter "nope"/);
  });
});
