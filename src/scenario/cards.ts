/**
 * The gallery's card for each bundled scenario (summary, level, minutes), read from the
 * files' top-level fields only; imported by the gallery alone, so it loads with it.
 */

/** What a gallery card says about a scenario besides its title. */
export interface ScenarioCard {
  readonly summary: string;
  readonly level: string;
  readonly minutes: number;
}

const ids = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  import: 'id',
  eager: true,
}) as Record<string, string>;
const summaries = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { import: 'summary', eager: true },
) as Record<string, string>;
const levels = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { import: 'level', eager: true },
) as Record<string, string>;
const minutes = import.meta.glob(
  ['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'],
  { import: 'minutes', eager: true },
) as Record<string, number>;

/** The bundled scenarios' cards, by scenario id. */
export const bundledCards: ReadonlyMap<string, ScenarioCard> = new Map(
  Object.keys(ids).map((path) => [
    ids[path]!,
    { summary: summaries[path]!, level: levels[path]!, minutes: minutes[path]! },
  ]),
);
