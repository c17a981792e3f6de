import { conflictModel } from '../../machines/index.ts';
import type { ConflictModel } from '../../machines/types.ts';
import { createSimulation, type Simulation } from '../engine/simulation.ts';
import type { Scenario } from './schema.ts';

/** The parts of a scenario that decide how a run starts. */
export type RunStart = Pick<Scenario, 'start' | 'played' | 'seed'>;

/**
 * A simulation set up as the scenario says: its starting postures, its played parties
 * and its seed. Every face (app, CLI, analysis) starts a scenario's run through this.
 */
export function simulationFor(
  scenario: RunStart,
  model: ConflictModel = conflictModel,
): Simulation {
  return createSimulation(model, {
    postures: scenario.start.postures,
    played: scenario.played,
    seed: scenario.seed,
  });
}
