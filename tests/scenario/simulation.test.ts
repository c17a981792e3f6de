import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { createSimulation, initialStep } from '../../src/engine/index.ts';
import { simulationFor } from '../../src/scenario/simulation.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';

describe('simulationFor', () => {
  it('sets a run up as the scenario says: its postures, played parties and seed', () => {
    const { scenario } = loadScenario('gaza-truce-2023-11');
    const sim = simulationFor(scenario);
    expect(sim.setup).toEqual({
      postures: scenario.start.postures,
      played: scenario.played,
      seed: scenario.seed,
    });
    const byHand = createSimulation(conflictModel, {
      postures: scenario.start.postures,
      played: scenario.played,
      seed: scenario.seed,
    });
    expect(initialStep(sim).postures).toEqual(initialStep(byHand).postures);
    expect(initialStep(sim).ladder).toBe(scenario.start.ladder);
  });
});
