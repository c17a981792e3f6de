import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { conflictModel } from '../../machines/index.ts';
import { createSimulation, initialStep, type Simulation, type StepResult } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/library.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';

/** The directory the app and the CLI load scenarios from. */
export const SCENARIO_DIR = 'scenarios';

/**
 * Every scenario file on disk, as the CLI and the app see them. The generated JSON
 * Schema sits in the same folder but is not a scenario, so it is left out here as
 * it is in the app's loader.
 */
export function scenarioFiles(): ScenarioFile[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
    .sort()
    .map((name) => ({ name: `${SCENARIO_DIR}/${name}`, text: readFileSync(`${SCENARIO_DIR}/${name}`, 'utf8') }));
}

/** The id a file must carry: its name without `.json`. */
export function idFromFileName(file: string): string {
  return basename(file, '.json');
}

/** One scenario, parsed and checked; throws with every problem listed if it is invalid. */
export function loadScenario(id: string): ValidScenario {
  const file = `${SCENARIO_DIR}/${id}.json`;
  const check = parseScenario(conflictModel, file, readFileSync(file, 'utf8'));
  if (!check.ok) throw new Error(check.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
  return check.value;
}

/** A simulation bound to a scenario's start, and its step 0. */
export function startOf(valid: ValidScenario): { sim: Simulation; start: StepResult } {
  const { scenario } = valid;
  const sim = createSimulation(conflictModel, { postures: scenario.start.postures, played: scenario.played, seed: scenario.seed });
  return { sim, start: initialStep(sim) };
}
