import { describe, expect, it } from 'vitest';
import { runFingerprint, type RunDefinition } from '../../src/engine/fingerprint.ts';
import { termsWith } from '../helpers/terms.ts';

const run: RunDefinition = {
  id: 'a-scenario',
  start: { postures: { gaza: 'war' }, ladder: 3 },
  played: ['hezbollah', 'us'],
  seed: 7,
  script: [{ event: 'us.tableProposal', proposal: 'p1' }, { event: 'hezbollah.rejectProposal' }],
  proposals: [{ id: 'p1', terms: termsWith({ pullbackDepth: '7-10km' }) }],
};

describe('runFingerprint', () => {
  it('ignores everything but what a run depends on', () => {
    const withTexts = {
      ...run,
      title: 'Another title',
      script: run.script.map((s) => ({ ...s, narration: 'Reworded.', sources: ['x'] })),
      proposals: run.proposals!.map((p) => ({ ...p, title: 'Renamed', summary: 'Reworded.' })),
    };
    expect(runFingerprint(withTexts)).toBe(runFingerprint(run));
  });

  it('changes with the start, the players, the seed, a scripted input or a proposal’s terms', () => {
    const changed: RunDefinition[] = [
      { ...run, id: 'another' },
      { ...run, start: { postures: { gaza: 'truce' }, ladder: 3 } },
      { ...run, played: ['hezbollah'] },
      { ...run, seed: 8 },
      { ...run, script: [run.script[0]!, { event: 'hezbollah.acceptProposal' }] },
      { ...run, script: [{ event: 'us.tableProposal' }, run.script[1]!] },
      { ...run, proposals: [{ id: 'p1', terms: termsWith({ pullbackDepth: 'litani' }) }] },
    ];
    const prints = new Set([run, ...changed].map(runFingerprint));
    expect(prints.size).toBe(changed.length + 1);
  });
});
