import { conflictModel } from '../../machines/index.ts';
import type { Postures } from '../../machines/types.ts';
import {
  createSimulation,
  initialStep,
  type Simulation,
  type StepResult,
} from '../../src/engine/index.ts';
import { simulationFor } from '../../src/scenario/simulation.ts';
import type { ValidScenario } from '../../src/scenario/validate.ts';

/** Simulations for tests: from a hand-made posture, or from a checked scenario. */

/** The January 2024 starting posture, as in the baseline scenario. */
export const january2024: Postures = {
  gaza: 'war',
  hezbollah: { military: 'supportFront', diplomacy: 'openToTalks', condition: 'linkedToGaza' },
  israel: { military: 'deterrenceFire', political: 'demandsWithdrawal' },
  us: { mediation: 'shuttleDiplomacy', regional: 'counterstrikes' },
  lebanon: 'engagedViaMediator',
  borderTalks: 'preconditionsUnmet',
  regional: { redSea: 'houthiCampaign', iran: 'restrained' },
};

/** Every party a team can play. */
export const allPlayable = ['hezbollah', 'israel', 'us', 'lebanon'] as const;

/** A simulation from a posture (January 2024 by default) with the given overrides and players. */
export function simulationFrom(
  overrides: Record<string, unknown> = {},
  played: readonly string[] = allPlayable,
  seed = 1,
): Simulation {
  return createSimulation(conflictModel, {
    postures: { ...january2024, ...overrides } as Postures,
    played,
    seed,
  });
}

/** The start step of a simulation. */
export function startOf(sim: Simulation): StepResult {
  return initialStep(sim);
}

/** A simulation of a checked scenario's setup (the one the app and the CLI use). */
export function simulationOf(valid: ValidScenario): Simulation {
  return simulationFor(valid.scenario);
}

/** A checked scenario's simulation and its step 0. */
export function scenarioStart(valid: ValidScenario): { sim: Simulation; start: StepResult } {
  const sim = simulationOf(valid);
  return { sim, start: initialStep(sim) };
}
