/**
 * What a printable handout shows, as plain data. Building it is a pure function of
 * the scenario and the model, so tests can check every section without a browser,
 * and the page only renders text (never HTML) from it.
 */
import type { ConflictModel, SourceRef } from '../../machines/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { buildKit, type Kit } from './kitModel.ts';
import { REFLECTION_QUESTIONS, WORKSHEET_COLUMNS } from './worksheet.ts';

export { REFLECTION_QUESTIONS, WORKSHEET_COLUMNS };

/** One Info-tab section of the brief (NetLogo's headings), as paragraphs or a list. */
export interface BriefSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly string[];
}

/** One team's sheet: the party it plays and what the scenario says about it. */
export interface HandoutRole {
  readonly party: string;
  readonly partyName: string;
  readonly wants: string;
  readonly statedConditions: readonly string[];
  readonly canDo: string;
}

/** One scripted step as students see it before it is revealed: the move, not its result. */
export interface HandoutStep {
  readonly number: number;
  /** The event's label, e.g. "Gaza truce begins". */
  readonly label: string;
  /** Who controls the move: a party's name, or "World event". */
  readonly controlledBy: string;
  readonly kind: 'historical' | 'hypothetical';
  readonly date: string | null;
  readonly question: string | null;
  /** What the step shows; only in the teacher's copy, so students predict before they read it. */
  readonly narration: string | null;
  readonly sourceIds: readonly string[];
  /** Read before the step (steps that report deaths or injuries); on every copy. */
  readonly contentNote: string | null;
}

/** What the teacher's copy adds: where the script ends, to check the class's run against. */
export interface TeacherNotes {
  readonly outcome: string;
  readonly ladder: string | null;
  readonly startLadder: string;
}

/** A source, with its address only when it is a web address (anything else is dropped). */
export interface HandoutSource {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly date: string;
  readonly url: string | null;
  readonly note: string | null;
}

/** One row of the worksheet's predictions table. */
export interface WorksheetRow {
  readonly number: number;
  readonly label: string;
}

/** Everything the handout page renders, in order. */
export interface Handout {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly level: string;
  readonly minutes: number;
  /** "Historical", "Hypothetical", "Historical and hypothetical" or "Free exploration". */
  readonly kindLabel: string;
  readonly objectives: readonly string[];
  readonly brief: readonly BriefSection[];
  readonly roles: readonly HandoutRole[];
  readonly steps: readonly HandoutStep[];
  readonly worksheetRows: readonly WorksheetRow[];
  readonly reflection: readonly string[];
  readonly sources: readonly HandoutSource[];
  readonly whatHappened: string | null;
  /** Present only in the teacher's copy. */
  readonly teacherNotes: TeacherNotes | null;
  /** The predictions table's column headings (shared with docs/worksheet.md). */
  readonly columns: readonly string[];
  /** The classroom kit (role sheets, phases, plans, questions), when the scenario has one. */
  readonly kit: Kit | null;
}

/** Who the copy is for: the whole class, one team, or the teacher. */
export interface HandoutOptions {
  /** One party's id: only that team's role sheet (ignored unless the party is played). */
  readonly role?: string | null;
  /** The teacher's copy: every step's narration and the script's expected end. */
  readonly teacher?: boolean;
}

/** Rows the worksheet offers when a scenario has no script (the sandbox): moves the class chooses. */
export const FREE_ROWS = 6;

function kindLabel(scenario: Scenario): string {
  const kinds = new Set(scenario.script.map((s) => s.kind));
  if (kinds.size === 0) return 'Free exploration';
  if (kinds.size === 2) return 'Historical and hypothetical';
  return kinds.has('historical') ? 'Historical' : 'Hypothetical';
}

function briefSections(scenario: Scenario): BriefSection[] {
  const b = scenario.brief;
  const text = (id: string, heading: string, value: string | undefined): BriefSection[] =>
    value ? [{ id, heading, paragraphs: [value], items: [] }] : [];
  const list = (id: string, heading: string, values: readonly string[]): BriefSection[] =>
    values.length ? [{ id, heading, paragraphs: [], items: values }] : [];
  return [
    ...text('what-is-it', 'What is it?', b.whatIsIt),
    ...text('how-it-works', 'How it works', b.howItWorks),
    ...text('how-to-use-it', 'How to use it', b.howToUseIt),
    ...list('things-to-notice', 'Things to notice', b.thingsToNotice),
    ...list('things-to-try', 'Things to try', b.thingsToTry),
    ...text('extending-the-model', 'Extending the model', b.extendingTheModel),
  ];
}

/** Only http(s) addresses become links; the schema already insists, this keeps the page safe regardless. */
function safeUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The scenario's own sources, then the model's sources its steps cite, each once. */
function citedSources(scenario: Scenario, model: ConflictModel): HandoutSource[] {
  const own: SourceRef[] = [...scenario.sources];
  for (const k of scenario.classroom?.sources ?? [])
    if (!own.some((o) => o.id === k.id)) own.push(k);
  const cited = new Set([
    ...scenario.script.flatMap((s) => s.sources ?? []),
    ...(scenario.classroom?.roleSheets ?? []).flatMap((r) => r.statements.map((st) => st.source)),
  ]);
  const fromModel = model.sources.filter((s) => cited.has(s.id) && !own.some((o) => o.id === s.id));
  return [...own, ...fromModel].map((s) => ({
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    date: s.date,
    url: safeUrl(s.url),
    note: s.note ?? null,
  }));
}

function rungLabel(model: ConflictModel, level: number): string {
  const rung = model.ladder.find((r) => r.level === level);
  return rung ? `${level} (${rung.name})` : String(level);
}

function teacherNotes(scenario: Scenario, model: ConflictModel): TeacherNotes {
  const outcome = model.outcomes.find((o) => o.id === scenario.expect.outcome);
  return {
    outcome: outcome ? `${outcome.label}: ${outcome.description}` : scenario.expect.outcome,
    ladder: scenario.expect.ladder === undefined ? null : rungLabel(model, scenario.expect.ladder),
    startLadder: rungLabel(model, scenario.start.ladder),
  };
}

/**
 * Builds a scenario's handout. With `role`, the roles section holds only that
 * party's sheet (for a team's copy); an unknown or unplayed role keeps them all.
 * With `teacher`, steps carry their narration and the expected end is added.
 */
export function buildHandout(
  scenario: Scenario,
  model: ConflictModel,
  options: HandoutOptions = {},
): Handout {
  const teacher = options.teacher === true;
  const partyName = (id: string) => model.parties.find((p) => p.id === id)?.name ?? id;
  const allRoles = scenario.roles.map((r) => ({ ...r, partyName: partyName(r.party) }));
  const onlyRole = allRoles.filter((r) => r.party === options.role);
  const steps: HandoutStep[] = scenario.script.map((step, i) => {
    const spec = model.events.find((e) => e.type === step.event);
    return {
      number: i + 1,
      label: spec?.label ?? step.event,
      controlledBy:
        !spec || spec.controlledBy === 'world' ? 'World event' : partyName(spec.controlledBy),
      kind: step.kind,
      date: step.date ?? null,
      question: step.question ?? null,
      narration: teacher ? step.narration : null,
      sourceIds: step.sources ?? [],
      contentNote: step.contentNote ?? null,
    };
  });
  const worksheetRows = steps.length
    ? steps.map((s) => ({ number: s.number, label: s.label }))
    : Array.from({ length: FREE_ROWS }, (_, i) => ({ number: i + 1, label: 'Your move:' }));
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    level: scenario.level,
    minutes: scenario.minutes,
    kindLabel: kindLabel(scenario),
    objectives: scenario.learningObjectives,
    brief: briefSections(scenario),
    roles: onlyRole.length ? onlyRole : allRoles,
    steps,
    worksheetRows,
    reflection: REFLECTION_QUESTIONS,
    sources: citedSources(scenario, model),
    whatHappened: scenario.brief.whatHappened ?? null,
    teacherNotes: teacher ? teacherNotes(scenario, model) : null,
    columns: WORKSHEET_COLUMNS,
    kit: buildKit(scenario, model, teacher, options.role ?? null),
  };
}
