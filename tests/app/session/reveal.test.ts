import { describe, expect, it } from 'vitest';
import { PASS } from '../../../src/classroom/protocol.ts';
import { applyEvent, postureEntries } from '../../../src/engine/index.ts';
import { revealRound, type TeamSubmission } from '../../../src/app/session/reveal.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';
import { scenarioStart } from '../../helpers/world.ts';

const { sim, start } = scenarioStart(loadScenario('baseline-2024-01'));
const submit = (
  party: string,
  move: string,
  extra: Partial<TeamSubmission['submission']> = {},
): TeamSubmission => ({
  party,
  team: `${party} team`,
  submission: { id: 1, round: 1, move, rationale: `why ${party}`, prediction: null, ...extra },
});

describe('revealing a round with the teacher’s engine', () => {
  it('applies enabled moves in party order and refuses others with the engine’s reason', () => {
    const reveal = revealRound(sim, start, 1, [
      submit('us', 'us.tableProposal'),
      submit('hezbollah', 'hezbollah.holdFire'),
      submit('israel', PASS),
    ]);
    expect(reveal.events).toEqual(['us.tableProposal']);
    expect(reveal.steps[0]).toEqual(applyEvent(sim, start, 'us.tableProposal'));
    expect(reveal.verdicts.us).toMatchObject({ status: 'applied', reason: null });
    expect(reveal.verdicts.israel).toMatchObject({ status: 'pass' });
    expect(reveal.verdicts.hezbollah!.status).toBe('refused');
    expect(reveal.verdicts.hezbollah!.reason).toMatch(/ceasefire in Gaza/);
    // Engine party order (hezbollah, israel, us), not the order of arrival.
    expect(reveal.record.entries.map((e) => e.party)).toEqual(['hezbollah', 'israel', 'us']);
    expect(reveal.record.entries.find((e) => e.party === 'us')).toMatchObject({
      step: 1,
      rationale: 'why us',
    });
  });

  it('refuses a move of another party even when it is enabled', () => {
    const reveal = revealRound(sim, start, 1, [submit('hezbollah', 'us.tableProposal')]);
    expect(reveal.events).toEqual([]);
    expect(reveal.verdicts.hezbollah).toMatchObject({ status: 'refused' });
    expect(reveal.verdicts.hezbollah!.reason).toMatch(/not Hezbollah’s decision/);
  });

  it('scores each prediction against the state after the round', () => {
    const after = applyEvent(sim, start, 'us.tableProposal');
    const [region, reached] = postureEntries(after.postures.us!)[0]!;
    const reveal = revealRound(sim, start, 1, [
      submit('us', 'us.tableProposal', { prediction: { party: 'us', region, predicted: reached } }),
      submit('israel', PASS, { prediction: { party: 'us', region, predicted: null } }),
    ]);
    const byTeam = Object.fromEntries(reveal.predictions.map((p) => [p.by, p]));
    const moved = postureEntries(start.postures.us!)[0]![1] !== reached;
    expect(byTeam['us team']).toMatchObject({ step: 1, actual: reached, correct: true });
    expect(byTeam['israel team']!.correct).toBe(!moved);
    expect(reveal.record.entries.map((e) => e.correct)).toEqual([!moved, true]);
  });
});
