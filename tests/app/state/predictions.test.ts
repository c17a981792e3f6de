import { describe, expect, it } from 'vitest';
import {
  partiesToPredict,
  score,
  stateChoices,
  withScored,
  NO_PREDICTIONS,
} from '../../../src/app/state/predictions.ts';
import { openSession, updateSession } from '../../../src/app/state/session.ts';
import { currentStep } from '../../../src/engine/index.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

const baseline = loadScenario('baseline-2024-01');

describe('what a prediction covers', () => {
  it("covers the parties the next step's question names", () => {
    const question = baseline.scenario.script[0]!.question ?? '';
    expect(question).toMatch(/Hezbollah/);
    expect(partiesToPredict(openSession(baseline))).toContain('hezbollah');
  });

  it('falls back to the party whose event it is when the question names none, and to nothing at the end', () => {
    let session = openSession(baseline);
    const names =
      /Hezbollah|Israel|United States|\bUS\b|Lebanon|Lebanese state|Gaza|Border talks|Region/i;
    const silent = baseline.scenario.script.findIndex((s) => !names.test(s.question ?? ''));
    expect(silent, 'the baseline has a question that names no party').toBeGreaterThanOrEqual(0);
    for (let i = 0; i < silent; i++) session = updateSession(session, { type: 'next' }).session;
    const home = session.sim.index.event(baseline.scenario.script[silent]!.event)!.home;
    expect(partiesToPredict(session)).toEqual([home]);
    for (let i = silent; i < baseline.scenario.script.length; i++)
      session = updateSession(session, { type: 'next' }).session;
    expect(partiesToPredict(session)).toEqual([]);
  });

  it('offers every state of every region of a party', () => {
    const choices = stateChoices(openSession(baseline), 'hezbollah');
    expect(choices.some((c) => c.state === 'reviewingProposal' && c.region === 'diplomacy')).toBe(
      true,
    );
    expect(new Set(choices.map((c) => c.region)).size).toBeGreaterThan(1);
  });
});

describe('scoring', () => {
  const after = currentStep(updateSession(openSession(baseline), { type: 'next' }).session.history);
  const move = after.transitions.find((t) => t.actor === 'hezbollah')!;

  it('is right for the state reached and wrong for another, naming what happened', () => {
    const [right] = score(
      {
        line: 'main',
        step: 1,
        by: null,
        picks: [{ party: 'hezbollah', region: move.region, state: move.to }],
      },
      after,
      'main',
    );
    expect(right).toEqual({
      step: 1,
      line: 'main',
      party: 'hezbollah',
      region: move.region,
      predicted: move.to,
      actual: move.to,
      correct: true,
      by: null,
    });
    const [wrong] = score(
      {
        line: 'main',
        step: 1,
        by: 'Hezbollah team',
        picks: [{ party: 'hezbollah', region: move.region, state: move.from }],
      },
      after,
      'main',
    );
    expect(wrong).toMatchObject({
      predicted: move.from,
      actual: move.to,
      correct: false,
      by: 'Hezbollah team',
    });
  });

  it('scores "no change" right only for a party that did not move', () => {
    const [moved] = score(
      {
        line: 'main',
        step: 1,
        by: null,
        picks: [{ party: 'hezbollah', region: null, state: null }],
      },
      after,
      'main',
    );
    expect(moved).toMatchObject({ correct: false, actual: move.to, region: move.region });
  });

  it('replaces an earlier score for the same step, party and predictor', () => {
    const first = withScored(
      NO_PREDICTIONS,
      score(
        {
          line: 'main',
          step: 1,
          by: null,
          picks: [{ party: 'hezbollah', region: null, state: null }],
        },
        after,
        'main',
      ),
    );
    const again = withScored(
      first,
      score(
        {
          line: 'main',
          step: 1,
          by: null,
          picks: [{ party: 'hezbollah', region: move.region, state: move.to }],
        },
        after,
        'main',
      ),
    );
    expect(again.records).toHaveLength(1);
    expect(again.records[0]!.correct).toBe(true);
  });
});
