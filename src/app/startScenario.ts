/**
 * The scenario a page load opens, fetched before the first render: the link's, the one
 * opened last, or the default (see `bootScenarioId`). Every other bundled scenario is
 * fetched only when it is opened.
 */
import { bundledSummaries, loadBundledScenario } from '../scenario/catalog.ts';
import { DEFAULT_SCENARIO_ID } from '../scenario/library.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import { bootScenarioId } from './state/boot.ts';
import type { KeyValueStore } from './state/storage.ts';

/** The scenarios the app starts with, and what went wrong loading them (null if nothing). */
export interface StartScenarios {
  readonly scenarios: readonly ValidScenario[];
  readonly problem: string | null;
}

/** Loads the scenario to open; if it does not validate, the default, then any other. */
export async function loadStartScenarios(
  hash: string,
  store: KeyValueStore,
): Promise<StartScenarios> {
  const known = bundledSummaries.map((s) => s.id);
  const wanted = bootScenarioId(known, hash, store);
  const order = [...new Set([wanted, DEFAULT_SCENARIO_ID, ...known])];
  for (const id of order) {
    const loaded = await loadBundledScenario(id);
    if (!loaded?.ok) continue;
    const problem =
      id === wanted
        ? null
        : `The bundled scenario “${wanted}” did not validate and is not listed, so “${loaded.scenario.scenario.title}” opened.`;
    return { scenarios: [loaded.scenario], problem };
  }
  return { scenarios: [], problem: 'No bundled scenario validated.' };
}
