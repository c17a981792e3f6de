/**
 * Cross-references of a scenario's classroom kit that the schema cannot check: teams
 * are played parties, statements cite known sources, the alignment table names
 * objectives, phases, questions and rubric rows that exist, plans name real phases and
 * steps. Problems carry JSON pointers, like every other scenario check.
 */
import type { ConflictModel } from '../../machines/types.ts';
import { describeValue, type Problem } from '../engine/problems.ts';
import { checkChannels } from './channelChecks.ts';
import { REFLECTION } from './reflection.ts';
import { RUBRIC } from './rubric.ts';
import type { Scenario } from './schema.ts';

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

/** Every problem of the kit, given the source ids the scenario and the model define. */
export function checkClassroom(
  model: ConflictModel,
  file: string,
  s: Scenario,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  const kit = s.classroom;
  if (!kit) return [];
  const problems: Problem[] = [];
  const bad = (pointer: string, message: string, expected: string, found: unknown) =>
    problems.push({
      file,
      pointer: `/classroom${pointer}`,
      message,
      expected,
      found: describeValue(found),
    });
  const sources = new Set(sourceIds);
  (kit.sources ?? []).forEach((src, i) => {
    if (sources.has(src.id))
      bad(
        `/sources/${i}/id`,
        'duplicate source id',
        'an id no other source (in the file or the model) uses',
        src.id,
      );
    sources.add(src.id);
  });
  const played = new Set(s.played);
  // A dated scenario's sheets quote nothing said after its last step.
  const lastDate = s.script.reduce<string | null>(
    (last, step) => (step.date && (!last || step.date > last) ? step.date : last),
    null,
  );
  kit.roleSheets.forEach((sheet, i) => {
    const moves = model.events.filter((e) => e.controlledBy === sheet.party).map((e) => e.type);
    sheet.options.forEach((o, j) => {
      if (o.move !== 'pass' && !moves.includes(o.move))
        bad(
          `/roleSheets/${i}/options/${j}/move`,
          'not a move of this party',
          `"pass" or one of ${list(moves)}`,
          o.move,
        );
    });
    sheet.statements.forEach((st, j) => {
      // Compared at the coarser precision, so a month (2024-01) is not after a day in it.
      if (lastDate && st.date.slice(0, lastDate.length) > lastDate.slice(0, st.date.length))
        bad(
          `/roleSheets/${i}/statements/${j}/date`,
          'dated after the scenario’s last step',
          `a date on or before ${lastDate}`,
          st.date,
        );
    });
    if (!played.has(sheet.party))
      bad(`/roleSheets/${i}/party`, 'not a played party', `one of ${list(played)}`, sheet.party);
    sheet.statements.forEach((st, j) => {
      if (!sources.has(st.source))
        bad(
          `/roleSheets/${i}/statements/${j}/source`,
          'unknown source id',
          'the id of a source in the file, the kit or the model',
          st.source,
        );
    });
  });
  const phases = new Set<string>();
  kit.phases.forEach((phase, i) => {
    if (phases.has(phase.id))
      bad(`/phases/${i}/id`, 'duplicate phase id', 'an id no other phase uses', phase.id);
    phases.add(phase.id);
    if (phase.afterStep !== undefined && phase.afterStep > s.script.length)
      bad(
        `/phases/${i}/afterStep`,
        'no such step',
        `a step from 1 to ${s.script.length}`,
        phase.afterStep,
      );
    phase.work.forEach((w, j) => {
      if (w.team !== 'all' && !played.has(w.team))
        bad(
          `/phases/${i}/work/${j}/team`,
          'not a played party',
          `"all" or one of ${list(played)}`,
          w.team,
        );
    });
  });
  const questions = new Set(REFLECTION.map((q) => q.id));
  const outcomes = model.outcomes.map((o) => o.id);
  kit.questions.forEach((q, i) => {
    if (questions.has(q.id))
      bad(`/questions/${i}/id`, 'duplicate question id', 'an id no other question uses', q.id);
    questions.add(q.id);
    if (q.shortestPathTo && !outcomes.includes(q.shortestPathTo))
      bad(
        `/questions/${i}/shortestPathTo`,
        'unknown outcome',
        `one of ${list(outcomes)}`,
        q.shortestPathTo,
      );
  });
  const rubric = RUBRIC.map((r) => r.id);
  kit.alignment.forEach((a, i) => {
    const at = `/alignment/${i}`;
    if (a.objective > s.learningObjectives.length)
      bad(
        `${at}/objective`,
        'no such objective',
        `a number from 1 to ${s.learningObjectives.length}`,
        a.objective,
      );
    if (!phases.has(a.activity))
      bad(`${at}/activity`, 'unknown phase', `one of ${list(phases)}`, a.activity);
    if (!questions.has(a.question))
      bad(`${at}/question`, 'unknown question', `one of ${list(questions)}`, a.question);
    if (!rubric.includes(a.rubric))
      bad(`${at}/rubric`, 'unknown rubric row', `one of ${list(rubric)}`, a.rubric);
  });
  kit.plans.forEach((plan, i) => {
    plan.rows.forEach((row, j) => {
      const at = `/plans/${i}/rows/${j}`;
      if (!phases.has(row.phase))
        bad(`${at}/phase`, 'unknown phase', `one of ${list(phases)}`, row.phase);
      if (row.to <= row.from)
        bad(`${at}/to`, 'a row must end after it starts', `more than ${row.from}`, row.to);
      for (const key of ['steps', 'passSteps'] as const) {
        (row[key] ?? []).forEach((n, k) => {
          if (n > s.script.length)
            bad(`${at}/${key}/${k}`, 'no such step', `a step from 1 to ${s.script.length}`, n);
        });
      }
    });
  });
  problems.push(...checkChannels(model, file, s, sources));
  return problems;
}
