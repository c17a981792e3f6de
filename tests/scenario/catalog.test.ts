import { describe, expect, it } from 'vitest';
import {
  bundledSummaries,
  listScenarios,
  loadBundledScenario,
  summaryOf,
} from '../../src/scenario/catalog.ts';
import { loadScenario, scenarioFiles } from '../helpers/scenarioFiles.ts';

const onDisk = scenarioFiles().map((f) => JSON.parse(f.text) as { id: string; title: string });

describe('the bundled scenario catalog', () => {
  it('lists every scenario file on disk by id and title, in id order, without loading them', () => {
    const expected = onDisk
      .map((s) => ({ id: s.id, title: s.title }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(bundledSummaries).toEqual(expected);
  });

  it('fetches and checks one scenario on demand, the same as the CLI reads it', async () => {
    const loaded = await loadBundledScenario('sandbox');
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    const cli = loadScenario('sandbox');
    expect(loaded.scenario.fingerprint).toBe(cli.fingerprint);
    expect(loaded.scenario.file).toBe('scenarios/sandbox.json');
  });

  it('answers null for an id no bundled file has', async () => {
    expect(await loadBundledScenario('no-such-scenario')).toBeNull();
  });

  it('lists a loaded scenario in place of the bundled summary with its id, and adds a new one', () => {
    const baseline = loadScenario('baseline-2024-01');
    const renamed = {
      ...baseline,
      scenario: { ...baseline.scenario, title: 'A teacher’s copy of the baseline' },
    };
    const extra = { ...baseline, scenario: { ...baseline.scenario, id: 'aaa-first', title: 'A' } };
    const listed = listScenarios(bundledSummaries, [renamed, extra]);
    expect(listed[0]).toEqual({ id: 'aaa-first', title: 'A' });
    expect(listed.find((s) => s.id === 'baseline-2024-01')).toEqual(summaryOf(renamed));
    expect(listed).toHaveLength(bundledSummaries.length + 1);
  });
});
