/**
 * The classroom kit's part of a handout, as plain data: role sheets with the postures
 * read from the machines, phases, plans, the alignment table, questions and, on the
 * teacher's copy, an answer key computed by the same engine the app uses.
 */
import type { ConflictModel } from '../../machines/types.ts';
import { pathsFrom } from '../analysis/paths.ts';
import {
  applyEvents,
  availableEvents,
  createSimulation,
  describeMove,
  indexModel,
  initialStep,
  type StepResult,
} from '../engine/index.ts';
import {
  citation,
  findSource,
  posturesOf,
  TEAM_JOBS,
  type PostureGroup,
} from '../scenario/classroom.ts';
import { type RoleSheetText, roleSheetText } from '../scenario/roleSheetText.ts';
import type { Classroom, Scenario } from '../scenario/schema.ts';
import { RUBRIC } from '../scenario/rubric.ts';
import { REFLECTION } from './worksheet.ts';

type Sheet = Classroom['roleSheets'][number];

/** A role sheet ready to print: each statement with its citation, and the party's postures. */
export interface KitRoleSheet extends Omit<Sheet, 'statements'> {
  readonly partyName: string;
  readonly statements: readonly (Sheet['statements'][number] & { readonly citation: string })[];
  readonly postures: readonly PostureGroup[];
  readonly jobs: typeof TEAM_JOBS;
  /** The sheet as the sections both the handout and the app render. */
  readonly sections: RoleSheetText['sections'];
}

/** What the model does at one scripted step, for the answer key. */
export interface StepAnswer {
  readonly number: number;
  /** Enabled events just before the step, by label and who controls them. */
  readonly enabledBefore: readonly string[];
  readonly moves: readonly string[];
  readonly after: string;
}

/** A worksheet question; the answer and the computed path only on the teacher's copy. */
export interface KitQuestion {
  readonly id: string;
  readonly text: string;
  readonly answer: string | null;
  readonly path: readonly string[] | null;
}

/** The kit of one handout; null fields are teacher-only and absent on student copies. */
export interface Kit {
  readonly roleSheets: readonly KitRoleSheet[];
  readonly phases: Classroom['phases'];
  readonly plans: Classroom['plans'];
  readonly alignment: readonly {
    objective: string;
    activity: string;
    question: string;
    rubric: string;
  }[];
  readonly questions: readonly KitQuestion[];
  readonly transfer: readonly string[];
  readonly stepAnswers: readonly StepAnswer[] | null;
  /** Each party's name by id, for the phase tables. */
  readonly teamNames: Readonly<Record<string, string>>;
}

function sheetFor(scenario: Scenario, model: ConflictModel, sheet: Sheet): KitRoleSheet {
  const name = model.parties.find((p) => p.id === sheet.party)?.name ?? sheet.party;
  return {
    ...sheet,
    partyName: name,
    statements: sheet.statements.map((s) => {
      const source = findSource(scenario, model, s.source);
      return { ...s, citation: source ? citation(source) : s.source };
    }),
    postures: posturesOf(model, sheet.party),
    jobs: TEAM_JOBS,
    sections: roleSheetText(scenario, model, sheet.party).sections,
  };
}

/** Plays the script and describes each step; an invalid script yields what it could play. */
function stepAnswers(scenario: Scenario, model: ConflictModel): StepAnswer[] {
  const index = indexModel(model);
  const sim = createSimulation(model, {
    postures: scenario.start.postures,
    played: scenario.played,
    seed: scenario.seed,
  });
  const answers: StepAnswer[] = [];
  let before = initialStep(sim);
  for (const [i, step] of scenario.script.entries()) {
    const enabled = availableEvents(sim, before).filter((e) => e.enabled);
    let after: StepResult;
    try {
      after = applyEvents(sim, before, [step.event])[1]!;
    } catch {
      break;
    }
    const rung = model.ladder.find((r) => r.level === after.ladder)?.name ?? '';
    const outcome = model.outcomes.find((o) => o.id === after.outcome)?.label ?? after.outcome;
    answers.push({
      number: i + 1,
      enabledBefore: enabled.map(
        (e) =>
          `${e.label} (${e.controlledBy === 'world' ? 'world' : index.party(e.controlledBy).name})`,
      ),
      moves: after.transitions.map(
        (t) => `${describeMove(index, t)} [${t.cause}${t.guard ? `, ${t.guard}` : ''}]`,
      ),
      after: `Ladder ${after.ladder}${rung ? ` (${rung})` : ''}; ${outcome}.`,
    });
    before = after;
  }
  return answers;
}

/** The postures at the end of the script (or the start when the script cannot be played). */
function endPostures(scenario: Scenario, model: ConflictModel) {
  const sim = createSimulation(model, {
    postures: scenario.start.postures,
    played: scenario.played,
    seed: scenario.seed,
  });
  try {
    const steps = applyEvents(
      sim,
      initialStep(sim),
      scenario.script.map((s) => s.event),
    );
    return steps[steps.length - 1]!.postures;
  } catch {
    return scenario.start.postures;
  }
}

function shortestPath(
  scenario: Scenario,
  model: ConflictModel,
  outcome: string,
  from: 'start' | 'end',
): string[] {
  const postures = from === 'end' ? endPostures(scenario, model) : scenario.start.postures;
  const report = pathsFrom(model, postures, scenario.played, { stopWhenAllFound: true });
  const found = report.outcomes.find((o) => o.outcome === outcome);
  // A search cut short by its bound has not shown the outcome unreachable, only not found.
  if (!found?.reachable)
    return [
      `${report.complete ? 'Not reachable from here' : 'Not found from here'}: ${found?.why ?? 'no path found'}`,
    ];
  if (found.path!.length === 0) return ['Already the outcome here (no event needed).'];
  const index = indexModel(model);
  return found.path!.map(
    (p) =>
      `${p.label}, decided by ${p.controlledBy === 'world' ? 'the world' : index.party(p.controlledBy).name}`,
  );
}

/** Builds the kit part of a handout, or null when the scenario has no classroom kit. */
export function buildKit(
  scenario: Scenario,
  model: ConflictModel,
  teacher: boolean,
  role: string | null,
): Kit | null {
  const kit = scenario.classroom;
  if (!kit) return null;
  const sheets = kit.roleSheets.map((s) => sheetFor(scenario, model, s));
  const onlyRole = sheets.filter((s) => s.party === role);
  const phaseTitle = (id: string) => kit.phases.find((p) => p.id === id)?.title ?? id;
  const questionText = (id: string) =>
    kit.questions.find((q) => q.id === id)?.text ?? REFLECTION.find((q) => q.id === id)?.text ?? id;
  return {
    roleSheets: onlyRole.length ? onlyRole : sheets,
    phases: kit.phases,
    plans: kit.plans,
    alignment: kit.alignment.map((a) => ({
      objective: scenario.learningObjectives[a.objective - 1] ?? `Objective ${a.objective}`,
      activity: phaseTitle(a.activity),
      question: questionText(a.question),
      rubric: RUBRIC.find((r) => r.id === a.rubric)?.criterion ?? a.rubric,
    })),
    questions: kit.questions.map((q) => ({
      id: q.id,
      text: q.text,
      answer: teacher ? q.answer : null,
      path:
        teacher && q.shortestPathTo
          ? shortestPath(scenario, model, q.shortestPathTo, q.shortestPathFrom ?? 'start')
          : null,
    })),
    transfer: kit.transfer,
    stepAnswers: teacher ? stepAnswers(scenario, model) : null,
    teamNames: Object.fromEntries(model.parties.map((p) => [p.id, p.name])),
  };
}
