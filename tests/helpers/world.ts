import { readFileSync } from 'node:fs';
import { conflictModel } from '../../machines/index.ts';
import type { Postures } from '../../machines/types.ts';
import { createSimulation, initialStep, type Simulation } from '../../src/engine/index.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';

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
export function simulationFrom(overrides: Record<string, unknown> = {}, played: readonly string[] = allPlayable, seed = 1): Simulation {
  return createSimulation(conflictModel, { postures: { ...january2024, ...overrides } as Postures, played, seed });
}

/** The start step of a simulation. */
export function startOf(sim: Simulation) {
  return initialStep(sim);
}

/** A bundled scenario, checked (throws with every problem if it is not valid). */
export function bundledScenario(id: string): ValidScenario {
  const file = `scenarios/${id}.json`;
  const check = parseScenario(conflictModel, file, readFileSync(file, 'utf8'));
  if (!check.ok) throw new Error(check.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
  return check.value;
}

/** A simulation of a checked scenario's setup. */
export function simulationOf(valid: ValidScenario): Simulation {
  const s = valid.scenario;
  return createSimulation(conflictModel, { postures: s.start.postures, played: s.played, seed: s.seed });
}
