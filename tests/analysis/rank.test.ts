import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { rankDecisions, rankingTable } from '../../src/analysis/rank.ts';
import { january2024 } from '../helpers/world.ts';

const request = {
  postures: january2024,
  played: ['israel'],
  runs: 300,
  seed: 7,
  steps: 30,
  weights: {},
  set: {},
};

describe('rankDecisions', { timeout: 120_000 }, () => {
  it('ranks first the decision without which the outcome cannot happen', () => {
    // With only Israel played, full-scale war needs Israel's air campaign (ladder 8): without it, no run gets there.
    const ranking = rankDecisions(conflictModel, request, 'fullScaleWar');
    expect(ranking.baseline.share).toBeGreaterThan(0);
    expect(ranking.effects[0]).toMatchObject({
      event: 'israel.launchAirCampaign',
      controlledBy: 'israel',
      shareWithout: 0,
    });
    expect(ranking.effects[0]!.change).toBeCloseTo(-ranking.baseline.share, 10);
    expect(ranking.effects.every((e) => e.controlledBy === 'israel')).toBe(true);
    const changes = ranking.effects.map((e) => Math.abs(e.change));
    expect([...changes].sort((a, b) => b - a)).toEqual(changes);
  });

  it('is deterministic for a seed, and names an unknown outcome', () => {
    expect(rankDecisions(conflictModel, request, 'ceasefireHolding')).toEqual(
      rankDecisions(conflictModel, request, 'ceasefireHolding'),
    );
    expect(() => rankDecisions(conflictModel, request, 'peace')).toThrow(
      /^unknown outcome "peace"/,
    );
  });

  it("prints a table with the baseline and each decision's change in points", () => {
    const text = rankingTable(
      conflictModel,
      rankDecisions(conflictModel, request, 'fullScaleWar'),
      3,
    );
    expect(text).toMatch(/^Full-scale war: \d+\.\d% of runs \(95% interval/);
    expect(text).toMatch(
      /^ 1\. Launch an air campaign \[israel\.launchAirCampaign\], Israel: 0\.0% .*−\d+\.\d points$/m,
    );
    expect(text.trim().split('\n')).toHaveLength(6);
  });
});
