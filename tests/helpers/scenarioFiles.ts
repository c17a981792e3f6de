import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conflictModel } from '../../machines/index.ts';
import type { ScenarioFile } from '../../src/scenario/library.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';

/**
 * Loading scenario files in tests: the bundled ones by id, any other by path. Files
 * are named relative to the repository (as the CLI names them) and read from it, so
 * the helpers work from any working directory.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The directory the app and the CLI load scenarios from. */
export const SCENARIO_DIR = 'scenarios';

/**
 * Every scenario file on disk, as the CLI and the app see them. The generated JSON
 * Schema sits in the same folder but is not a scenario, so it is left out here as
 * it is in the app's loader.
 */
export function scenarioFiles(): ScenarioFile[] {
  return readdirSync(join(ROOT, SCENARIO_DIR))
    .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
    .sort()
    .map((name) => ({
      name: `${SCENARIO_DIR}/${name}`,
      text: readFileSync(join(ROOT, SCENARIO_DIR, name), 'utf8'),
    }));
}

/** The id a file must carry: its name without `.json`. */
export function idFromFileName(file: string): string {
  return basename(file, '.json');
}

/** A scenario file by path (from the repository root), checked; throws listing every problem. */
export function loadScenarioFile(file: string): ValidScenario {
  const check = parseScenario(conflictModel, file, readFileSync(join(ROOT, file), 'utf8'));
  if (!check.ok)
    throw new Error(
      `${file} does not validate:\n${check.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n')}`,
    );
  return check.value;
}

/** A bundled scenario by id, checked; throws listing every problem. */
export function loadScenario(id: string): ValidScenario {
  return loadScenarioFile(`${SCENARIO_DIR}/${id}.json`);
}
