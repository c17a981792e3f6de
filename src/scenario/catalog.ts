/**
 * The bundled scenarios for the browser app, one file at a time: each one's id and
 * title are in the page (for the picker), and a scenario's file is
 * fetched and checked only when it is opened, so the first screen does not download
 * every scenario. The handout keeps the whole library (`bundled.ts`); both check files
 * with the same code as the CLI.
 */
import { conflictModel } from '../../machines/index.ts';
import type { Problem } from '../engine/problems.ts';
import { parseScenario, type ValidScenario } from './validate.ts';

/** What the picker shows of a scenario before it is opened. */
export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
}

// The generated JSON Schema sits beside the scenarios but is not one (patterns must be
// literals, so each glob repeats them). JSON modules export each top-level key, so only
// the id and the title of each file are in the page script (the gallery's cards have
// their own module, loaded with the gallery).
const ids = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  import: 'id',
  eager: true,
}) as Record<string, string>;
const titles = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { import: 'title', eager: true },
) as Record<string, string>;
/**
 * Each file's text, fetched on first use: one chunk per file. `&lazy` keeps these apart
 * from the handout's eager copies, which would otherwise share one chunk with them.
 */
const texts = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { query: '?raw&lazy', import: 'default' },
) as Record<string, () => Promise<string>>;

/** The bundled scenarios' summaries, in id order. */
export const bundledSummaries: readonly ScenarioSummary[] = Object.keys(ids)
  .map((path) => ({ id: ids[path]!, title: titles[path]! }))
  .sort((a, b) => (a.id < b.id ? -1 : 1));

/** A loaded bundled scenario, or why it could not be used. */
export type LoadedScenario =
  | { readonly ok: true; readonly scenario: ValidScenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Fetches and checks one bundled scenario by id; null when no bundled file has that id. */
export async function loadBundledScenario(id: string): Promise<LoadedScenario | null> {
  const path = Object.keys(ids).find((p) => ids[p] === id);
  if (!path) return null;
  const text = await texts[path]!();
  const check = parseScenario(conflictModel, path.replace(/^(\.\.\/)+/, ''), text);
  return check.ok ? { ok: true, scenario: check.value } : { ok: false, problems: check.problems };
}

/** What a scenario shows in the picker. */
export function summaryOf({ scenario: s }: ValidScenario): ScenarioSummary {
  return { id: s.id, title: s.title };
}

/**
 * Every scenario that can be opened: the bundled ones, with any loaded scenario in place
 * of the summary with its id (a teacher's file replaces a bundled one), in id order.
 */
export function listScenarios(
  summaries: readonly ScenarioSummary[],
  loaded: readonly ValidScenario[],
): ScenarioSummary[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  for (const scenario of loaded) byId.set(scenario.scenario.id, summaryOf(scenario));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
