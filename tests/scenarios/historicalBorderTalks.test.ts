import { describe, expect, it } from 'vitest';
import { applyEvents, availabilityOf, initialStep } from '../../src/engine/index.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { simulationOf } from '../helpers/world.ts';

// The land-border talks never opened between 8 October 2023 and 18 February 2025: the
// historical line must not reach a disputed point, and must say why at its end.
const valid = loadScenario('historical-2023-2024');
const sim = simulationOf(valid);
const steps = applyEvents(
  sim,
  initialStep(sim),
  valid.scenario.script.map((s) => s.event),
);

describe('the historical line and the disputed land-border points', () => {
  it('never opens talks on a disputed point, from 8 October 2023 to 18 February 2025', () => {
    expect(new Set(steps.map((s) => s.postures.borderTalks))).toEqual(
      new Set(['preconditionsUnmet']),
    );
  });

  it('ends, after the Gaza ceasefire of 19 January 2025, with the talks refused: the Gaza war has not ended', () => {
    const end = steps[steps.length - 1]!;
    expect(end.postures.gaza).toBe('ceasefire');
    const refusal = availabilityOf(sim, end, 'lebanon.openBorderNegotiation')!;
    expect(refusal.enabled).toBe(false);
    expect(refusal.reason).toMatch(/Border talks need the Gaza war to end/);
  });
});
