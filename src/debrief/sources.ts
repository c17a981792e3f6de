import type { ConflictModel } from '../../machines/types.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import type { CitedSource } from './types.ts';

/**
 * The model keeps the news report it was first built from under the id "seed"; a
 * debrief cites the original publisher instead (Reuters, 18 January 2024), so a
 * student can find it. Both ids on one step collapse into one citation.
 */
const ORIGINAL_OF: Readonly<Record<string, string>> = { seed: 'reuters-2024-01-18' };

/** Looks source ids up in the scenario's and the model's sources, original publishers first. */
export function sourceResolver(model: ConflictModel, scenario: ValidScenario) {
  const all = [...scenario.scenario.sources, ...model.sources];
  const byId = new Map(all.map((s) => [s.id, s]));
  return (ids: readonly string[]): CitedSource[] => {
    const seen = new Set<string>();
    const cited: CitedSource[] = [];
    for (const raw of ids) {
      const id = ORIGINAL_OF[raw] && byId.has(ORIGINAL_OF[raw]) ? ORIGINAL_OF[raw] : raw;
      const source = byId.get(id);
      if (!source || seen.has(id)) continue;
      seen.add(id);
      const { publisher, title, date } = source;
      cited.push({ id, publisher, title, date, url: source.url ?? null });
    }
    return cited;
  };
}

/** A source as one line of text: "Reuters, “Title” (2024-01-18)". */
export function citation(source: CitedSource): string {
  return `${source.publisher}, “${source.title}” (${source.date})`;
}
