/** The classroom kit is validated like the rest of a scenario: every bad reference, with its pointer. */
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { checkScenario } from '../../src/scenario/validate.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

function problemsOf(data: unknown): string[] {
  const check = checkScenario(conflictModel, 'x.json', data);
  return check.ok ? [] : check.problems.map((p) => `${p.pointer}: ${p.message}`);
}

describe('classroom kit checks', () => {
  it('accepts the bundled baseline kit, and a scenario with no kit at all', () => {
    expect(problemsOf(baselineJson())).toEqual([]);
    const data = baselineJson();
    delete data.classroom;
    expect(problemsOf(data)).toEqual([]);
  });

  it('reports every bad reference in the kit with its pointer', () => {
    const data = baselineJson();
    const kit = data.classroom;
    kit.roleSheets[0].statements[0].source = 'no-such-source';
    kit.phases[0].work[0].team = 'gaza';
    kit.phases.find((p: { kind: string }) => p.kind === 'negotiation').afterStep = 9;
    kit.alignment[0] = {
      objective: 7,
      activity: 'lunch',
      question: 'no-such-question',
      rubric: 'spelling',
    };
    kit.plans[0].rows[2].steps = [4];
    kit.questions[0].shortestPathTo = 'peace';
    expect(problemsOf(data)).toEqual([
      '/classroom/roleSheets/0/statements/0/source: unknown source id',
      '/classroom/phases/0/work/0/team: not a played party',
      '/classroom/phases/2/afterStep: no such step',
      '/classroom/questions/0/shortestPathTo: unknown outcome',
      '/classroom/alignment/0/objective: no such objective',
      '/classroom/alignment/0/activity: unknown phase',
      '/classroom/alignment/0/question: unknown question',
      '/classroom/alignment/0/rubric: unknown rubric row',
      '/classroom/plans/0/rows/2/steps/0: no such step',
    ]);
  });

  it('refuses a role sheet statement dated after the scenario’s last step, and an option that is not the party’s move', () => {
    const data = baselineJson();
    const last = data.script.at(-1).date;
    expect(last).toBe('2024-01-18');
    data.classroom.roleSheets[0].statements[0].date = '2024-01-19';
    data.classroom.roleSheets[0].statements[1].date = '2024-01';
    data.classroom.roleSheets[0].options[0].move = 'israel.launchAirCampaign';
    data.classroom.roleSheets[0].options[1].move = 'pass';
    expect(problemsOf(data)).toEqual([
      '/classroom/roleSheets/0/options/0/move: not a move of this party',
      '/classroom/roleSheets/0/statements/0/date: dated after the scenario’s last step',
    ]);
  });

  it('refuses a kit source whose id the model already uses', () => {
    const data = baselineJson();
    data.classroom.sources.push({
      id: 'reuters-2024-01-18',
      publisher: 'X',
      title: 'Y',
      date: '2024-01',
    });
    expect(problemsOf(data)).toEqual([
      `/classroom/sources/${data.classroom.sources.length - 1}/id: duplicate source id`,
    ]);
  });
});
