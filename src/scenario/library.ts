import type { ConflictModel } from '../../machines/types.ts';
import type { Problem } from '../engine/problems.ts';
import { parseScenario, type ValidScenario } from './validate.ts';

/** A scenario file as text, from disk (CLI) or from the bundle (app). */
export interface ScenarioFile {
  readonly name: string;
  readonly text: string;
}

/** The scenarios that validated, in id order, and the problems of those that did not. */
export interface Library {
  readonly scenarios: readonly ValidScenario[];
  readonly problems: readonly Problem[];
}

/** Checks every file and indexes the valid ones by id; a duplicate id is a problem. */
export function buildLibrary(model: ConflictModel, files: readonly ScenarioFile[]): Library {
  const scenarios: ValidScenario[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const check = parseScenario(model, file.name, file.text);
    if (!check.ok) {
      problems.push(...check.problems);
      continue;
    }
    const clash = scenarios.find((s) => s.scenario.id === check.value.scenario.id);
    if (clash) {
      problems.push({
        file: file.name,
        pointer: '/id',
        message: 'duplicate scenario id',
        expected: `an id not used by ${clash.file}`,
        found: JSON.stringify(check.value.scenario.id),
      });
      continue;
    }
    scenarios.push(check.value);
  }
  scenarios.sort((a, b) => (a.scenario.id < b.scenario.id ? -1 : 1));
  return { scenarios, problems };
}

/** The id of the scenario the app opens and the CLI's examples use. */
export const DEFAULT_SCENARIO_ID = 'baseline-2024-01';
