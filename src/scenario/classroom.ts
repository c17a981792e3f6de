/**
 * Pure helpers over a scenario's classroom kit, shared by the printed handout and the
 * app's team view (faces never import each other, so what both show lives here).
 */
import type { ConflictModel, SourceRef } from '../../machines/types.ts';
import { indexModel } from '../engine/index.ts';
import type { Scenario } from './schema.ts';

/** The jobs inside a team of three to five (a team of three doubles up the last two). */
export const TEAM_JOBS: readonly { readonly job: string; readonly does: string }[] = [
  {
    job: 'Lead',
    does: 'Chairs the team, keeps time and announces the team’s decision at each step.',
  },
  {
    job: 'Negotiator',
    does: 'Speaks for the team in the negotiation round, only through the channels the role sheet allows.',
  },
  {
    job: 'Source-checker',
    does: 'Checks every claim the team makes against the dated sources, and says whose claim it is.',
  },
  {
    job: 'Recorder',
    does: 'Keeps the worksheet: predictions, what happened, and the reason the log gives.',
  },
];

/** One region's postures (or a flat party's), as labels read from the machine. */
export interface PostureGroup {
  readonly region: string | null;
  readonly postures: readonly { readonly state: string; readonly label: string }[];
}

/**
 * Every posture the model gives a party, read from its machine (not copied into the
 * scenario), grouped by region: what a team can reach on paper.
 */
export function posturesOf(model: ConflictModel, party: string): PostureGroup[] {
  const index = indexModel(model);
  const regions = index.regions(party) ?? [null];
  return regions.map((region) => ({
    region,
    postures: index.states(party, region).map((state) => ({
      state,
      label: index.state(party, region, state)?.label ?? state,
    })),
  }));
}

/** A source by id from the kit, the scenario or the model, or undefined. */
export function findSource(
  scenario: Scenario,
  model: ConflictModel,
  id: string,
): SourceRef | undefined {
  const kit = scenario.classroom?.sources ?? [];
  return (
    kit.find((s) => s.id === id) ??
    scenario.sources.find((s) => s.id === id) ??
    model.sources.find((s) => s.id === id)
  );
}

/** A source as one line of citation text: publisher, title, date. */
export function citation(source: SourceRef): string {
  return `${source.publisher}, “${source.title}”, ${source.date}`;
}

/** A party's role sheet in a scenario, or undefined when the kit has none for it. */
export function roleSheetOf(scenario: Scenario, party: string) {
  return scenario.classroom?.roleSheets.find((r) => r.party === party);
}

/** Steps (1-based) whose content note must be read before them, with the note. */
export function contentNotes(scenario: Scenario): { step: number; note: string }[] {
  return scenario.script.flatMap((s, i) =>
    s.contentNote ? [{ step: i + 1, note: s.contentNote }] : [],
  );
}
