/**
 * A party's role sheet as sections of plain text, the one wording that both the app's
 * team view and the printed handout render (faces never import each other, so what
 * both show is put together here): statements with their citations, constraints,
 * debates, options with their costs and the move each plays, the postures read from
 * the party's machine, and the jobs inside a team.
 */
import type { ConflictModel } from '../../machines/types.ts';
import { indexModel } from '../engine/index.ts';
import { citation, findSource, posturesOf, roleSheetOf, TEAM_JOBS } from './classroom.ts';
import type { Scenario } from './schema.ts';

/** One entry of a section; a renderer shows each field that is present. */
export interface SheetItem {
  /** Shown first, in bold: who said it, or a job's name. */
  readonly strong?: string;
  /** ISO date, after `strong`. */
  readonly date?: string;
  readonly text: string;
  /** An option's costs. */
  readonly costs?: string;
  /** The move an option plays, by its label in the app. */
  readonly move?: string;
  /** A statement's citation. */
  readonly source?: string;
}

/** One section of a role sheet. */
export interface SheetSection {
  readonly id: 'statements' | 'constraints' | 'debates' | 'options' | 'postures' | 'jobs';
  readonly heading: string;
  /** A bulleted list, a numbered list, or terms with descriptions (`strong` and `text`). */
  readonly list: 'ul' | 'ol' | 'dl';
  readonly items: readonly SheetItem[];
}

/** A party's role sheet in a scenario, as sections. */
export interface RoleSheetText {
  readonly party: string;
  readonly partyName: string;
  /** False when the scenario's kit has no sheet for the party (only postures and jobs follow). */
  readonly hasSheet: boolean;
  readonly sections: readonly SheetSection[];
}

/** What an option's move is called in the app: its event's label, or "no move" for pass. */
export function moveLabel(model: ConflictModel, move: string): string {
  if (move === 'pass') return 'no move (the team holds its posture)';
  return indexModel(model).event(move)?.label ?? move;
}

/** The sections of `party`'s role sheet in `scenario`. */
export function roleSheetText(
  scenario: Scenario,
  model: ConflictModel,
  party: string,
): RoleSheetText {
  const partyName = model.parties.find((p) => p.id === party)?.name ?? party;
  const sheet = roleSheetOf(scenario, party);
  const own: SheetSection[] = sheet
    ? [
        {
          id: 'statements',
          heading: 'What was said, by whom and when',
          list: 'ul',
          items: sheet.statements.map((s) => {
            const source = findSource(scenario, model, s.source);
            return {
              strong: s.who,
              date: s.date,
              text: s.said,
              source: source ? citation(source) : s.source,
            };
          }),
        },
        { id: 'constraints', heading: 'Constraints', list: 'ul', items: plain(sheet.constraints) },
        {
          id: 'debates',
          heading: 'Debates inside the team (questions to settle before you decide)',
          list: 'ul',
          items: plain(sheet.debates),
        },
        {
          id: 'options',
          heading: 'Options and their costs',
          list: 'ol',
          items: sheet.options.map((o) => ({
            text: o.option,
            costs: o.costs,
            move: moveLabel(model, o.move),
          })),
        },
      ]
    : [];
  const postures: SheetSection = {
    id: 'postures',
    heading: `Postures the model gives ${partyName}`,
    list: 'ul',
    items: posturesOf(model, party).map((g) => ({
      text: `${g.region ? `${g.region}: ` : ''}${g.postures.map((p) => p.label).join(' · ')}`,
    })),
  };
  const jobs: SheetSection = {
    id: 'jobs',
    heading: 'Jobs in the team',
    list: 'dl',
    items: TEAM_JOBS.map((j) => ({ strong: j.job, text: j.does })),
  };
  return { party, partyName, hasSheet: sheet !== undefined, sections: [...own, postures, jobs] };
}

const plain = (texts: readonly string[]): SheetItem[] => texts.map((text) => ({ text }));
