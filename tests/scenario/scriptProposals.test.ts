import { describe, expect, it } from 'vitest';
import { sessionFromInputs } from '../../src/app/state/restore.ts';
import { openSession, updateSession } from '../../src/app/state/session.ts';
import { currentStep } from '../../src/engine/index.ts';
import { scriptTablings } from '../../src/scenario/scriptProposals.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';

const historical = loadScenario('historical-2023-2024');

describe('scriptTablings', () => {
  it('gives, by step, the library proposal each scripted tabling names (answers that name one are not tablings)', () => {
    const tablings = scriptTablings(historical.scenario);
    expect([...tablings].map(([step, p]) => [step, p.id])).toEqual([
      [8, 'hochstein-ideas-2024-01'],
      [12, 'us-plan-2024-02-04'],
      [29, 'ceasefire-deal-2024-11'],
    ]);
    for (const step of tablings.keys())
      expect(historical.scenario.script[step - 1]!.event).toBe('us.tableProposal');
  });

  it('puts the named terms on the table when the app plays the script, so the January rejection quotes the 7–10 km pull-back', () => {
    let s = openSession(historical);
    for (let i = 0; i < 10; i++) s = updateSession(s, { type: 'next' }).session;
    const rejection = currentStep(s.history).transitions.find(
      (t) => t.event === 'hezbollah.rejectProposal' && t.actor === 'hezbollah',
    )!;
    expect(currentStep(s.history).terms?.pullbackDepth).toBe('7-10km');
    expect(rejection.reason).toContain(
      'hezbollahNoPullbackUnderFire (Pull-back depth: 7–10 km from the border)',
    );
  });
});

describe('a session rebuilt from a link', () => {
  it('tables the script’s proposals where its inputs follow the script, so Next goes forward instead of forking', () => {
    const inputs = historical.scenario.script.slice(0, 10).map((s) => s.event);
    const { session } = sessionFromInputs(historical, inputs, 7);
    expect(session.history.lines[0]!.steps[8]!.tabled).toMatchObject({
      id: 'hochstein-ideas-2024-01',
    });
    const next = updateSession(session, { type: 'next' }).session;
    expect(next.history.lines).toHaveLength(1);
    expect(next.history.cursor).toBe(8);
  });
});
