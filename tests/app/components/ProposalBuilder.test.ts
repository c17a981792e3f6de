import { describe, expect, it } from 'vitest';
import { BLANK_TERMS, readingLines } from '../../../src/app/components/ProposalBuilder.tsx';
import { applyEvents, initialStep } from '../../../src/engine/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';
import { simulationOf } from '../../helpers/world.ts';

const valid = loadScenario('baseline-2024-01');
const sim = simulationOf(valid);
const start = initialStep(sim);
const names = { hezbollah: 'Hezbollah', israel: 'Israel', lebanon: 'Lebanese state' };

describe("the proposal builder's reading", () => {
  it('lists every term, and a blank draft breaks only the conditions that ask something of every deal', () => {
    const lines = readingLines(BLANK_TERMS, start, names);
    expect(lines.map((l) => l.term)).toHaveLength(9);
    const broken = lines.flatMap((l) => l.judged.filter((j) => !j.met).map((j) => j.name));
    expect(new Set(broken)).toEqual(
      new Set(['hezbollahNoDealWhileGazaFighting', 'israelResidentsReturn', 'lebanonSovereignty']),
    );
  });

  it('names the party and quotes the condition for each term it judges', () => {
    const lines = readingLines({ ...BLANK_TERMS, pullbackDepth: '7-10km' }, start, names);
    const pullback = lines.find((l) => l.term === 'pullbackDepth')!;
    expect(pullback.label).toBe('Pull-back depth: 7–10 km from the border');
    expect(pullback.judged.find((j) => j.name === 'hezbollahNoPullbackUnderFire')?.text).toMatch(
      /^breaks Hezbollah: Hezbollah refused to pull back/,
    );
  });

  it('reads the world of the current step: the same terms after the script still break the Gaza condition', () => {
    const steps = applyEvents(
      sim,
      start,
      valid.scenario.script.map((s) => s.event),
    );
    const lines = readingLines({ ...BLANK_TERMS, tiedToGazaCeasefire: true }, steps.at(-1)!, names);
    expect(lines.find((l) => l.term === 'tiedToGazaCeasefire')!.judged).toEqual([
      expect.objectContaining({ name: 'hezbollahNoDealWhileGazaFighting', met: true }),
    ]);
  });
});
