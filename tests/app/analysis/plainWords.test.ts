import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../../machines/index.ts';
import { summarize } from '../../../src/analysis/summary.ts';
import { pathSentence, rangeWords, runsSentence } from '../../../src/app/analysis/plainWords.ts';

const rung = (level: number) => conflictModel.ladder.find((r) => r.level === level)!.name;
const run = (outcome: string, steps: number, peakLevel: number) => ({
  run: 1,
  seed: 1,
  outcome,
  steps,
  length: 40,
  peakLevel,
});

describe('the odds in plain words', () => {
  const records = [
    ...Array.from({ length: 712 }, () => run('fullScaleWar', 20, 10)),
    ...Array.from({ length: 288 }, () => run('ceasefireHolding', 30, 9)),
  ];
  const summary = summarize(conflictModel.outcomes, records);
  const war = summary.outcomes.find((o) => o.outcome === 'fullScaleWar')!;
  const ceasefire = summary.outcomes.find((o) => o.outcome === 'ceasefireHolding')!;
  const agreement = summary.outcomes.find((o) => o.outcome === 'borderAgreement')!;

  it('counts runs out of all runs, with thousands separated', () => {
    expect(runsSentence(war, summary.runs)).toBe(
      'In 712 of 1,000 simulated runs the fighting became a full-scale war.',
    );
    expect(runsSentence(agreement, summary.runs)).toBe(
      'In 0 of 1,000 simulated runs a mediated border agreement was signed.',
    );
  });

  it('gives the interval as a likely range', () => {
    expect(rangeWords(war)).toMatch(/^71\.2%, likely between \d+\.\d% and \d+\.\d%$/);
  });

  it('says the peak is the highest level on the way, per outcome, with its rung', () => {
    expect(pathSentence(ceasefire, rung)).toBe(
      'Half of these runs had reached this outcome for good by event 30. On the way, half of them had climbed to ladder level 9 (Ground operation) or higher at some point.',
    );
    expect(pathSentence(agreement, rung)).toBeNull();
  });
});
