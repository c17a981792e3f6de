import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { STANDING_TERMS, type DisputedPoint } from '../../machines/terms.ts';
import {
  applyEvent,
  applyEvents,
  availabilityOf,
  createSimulation,
  initialStep,
  type StepResult,
} from '../../src/engine/index.ts';
import { termsWith, worldWith } from '../helpers/terms.ts';
import { allPlayable, january2024, simulationFrom, startOf } from '../helpers/world.ts';

const guards = conflictModel.guards;
const pathToTalks = ['world.gazaCeasefire', 'world.gazaWarEnds', 'hezbollah.backNegotiation'];

/** A run from January 2024 whose terms on the table name these disputed points. */
function withAgenda(points: readonly DisputedPoint[], played: readonly string[] = allPlayable) {
  return createSimulation(conflictModel, {
    postures: january2024,
    played,
    seed: 1,
    terms: { ...STANDING_TERMS, borderTalks: points },
  });
}

/** The border-talk state after each event, from the start of the path to the talks. */
function talksThrough(points: readonly DisputedPoint[], events: readonly string[]): string[] {
  const sim = withAgenda(points);
  const steps = applyEvents(sim, initialStep(sim), [...pathToTalks, ...events]);
  return steps.slice(pathToTalks.length + 1).map((s) => s.postures.borderTalks as string);
}

const opening = 'lebanon.openBorderNegotiation';
const text = 'us.tableBorderFramework';

describe('the border talks take the disputed points on the agenda one at a time', () => {
  it('open on the 13 points under the standing US proposal and reach the framework with one text', () => {
    expect(talksThrough(STANDING_TERMS.borderTalks, [opening, text])).toEqual([
      'thirteenPointsTalks',
      'framework',
    ]);
  });

  it('go through the 13 points, Ghajar and the Shebaa Farms in turn when all three are named', () => {
    expect(
      talksThrough(['shebaaFarms', 'ghajar', 'thirteenPoints'], [opening, text, text, text]),
    ).toEqual(['thirteenPointsTalks', 'ghajarTalks', 'shebaaFarmsTalks', 'framework']);
  });

  it('skip the points the terms leave out', () => {
    expect(talksThrough(['ghajar'], [opening, text])).toEqual(['ghajarTalks', 'framework']);
    expect(talksThrough(['shebaaFarms'], [opening, text])).toEqual([
      'shebaaFarmsTalks',
      'framework',
    ]);
    expect(talksThrough(['thirteenPoints', 'shebaaFarms'], [opening, text, text])).toEqual([
      'thirteenPointsTalks',
      'shebaaFarmsTalks',
      'framework',
    ]);
  });

  it('park the Shebaa Farms rather than settle them, saying so with its sources', () => {
    const sim = withAgenda(['shebaaFarms']);
    const steps = applyEvents(sim, initialStep(sim), [...pathToTalks, opening, text]);
    const parked = steps[steps.length - 1]!.transitions.find((t) => t.actor === 'borderTalks')!;
    expect(parked.to).toBe('framework');
    expect(parked.description).toMatch(/parks the point rather than settling it/);
    expect(parked.description).toMatch(/in the model, the area goes into UN custody/);
    expect(parked.basis).toEqual(['un-sg-2007-10-30-shebaa', 'haaretz-2006-10-30-shebaa', 'model']);
  });

  it('end in a signed agreement on every point, the outcome a mediated border agreement', () => {
    const sim = withAgenda(['thirteenPoints', 'ghajar', 'shebaaFarms']);
    const steps = applyEvents(sim, initialStep(sim), [
      ...pathToTalks,
      opening,
      text,
      text,
      text,
      'israel.acceptBorderFramework',
      'lebanon.signAgreement',
    ]);
    const end = steps[steps.length - 1]!;
    expect(end.postures.borderTalks).toBe('agreement');
    expect(end.outcome).toBe('borderAgreement');
  });

  it('let Israel accept, and Lebanon sign, only the whole framework, not a text on one point', () => {
    const sim = withAgenda(['thirteenPoints', 'ghajar']);
    const steps = applyEvents(sim, initialStep(sim), [...pathToTalks, opening, text]);
    const onGhajar = steps[steps.length - 1]!;
    expect(onGhajar.postures.borderTalks).toBe('ghajarTalks');
    expect(availabilityOf(sim, onGhajar, 'israel.acceptBorderFramework')!.guard).toBe(
      'borderFrameworkTabled',
    );
  });
});

describe('which points are on the agenda comes from the terms on the table', () => {
  it('refuses to open talks on terms that name no disputed point, saying why in the model', () => {
    const sim = withAgenda([]);
    const steps = applyEvents(sim, initialStep(sim), pathToTalks);
    const refusal = availabilityOf(sim, steps[steps.length - 1]!, opening)!;
    expect(refusal.enabled).toBe(false);
    expect(refusal.guard).toBe('borderPreconditionsMet');
    expect(refusal.reason).toBe(
      'In the model, the talks cover the disputed points the terms on the table name, and these name none.',
    );
  });

  it('opens on the points of a proposal tabled with its own terms', () => {
    const sim = simulationFrom();
    let step: StepResult = startOf(sim);
    step = applyEvent(sim, step, 'us.tableProposal', {
      terms: termsWith({ borderTalks: ['ghajar', 'shebaaFarms'] }),
    });
    for (const event of ['hezbollah.rejectProposal', ...pathToTalks, opening])
      step = applyEvent(sim, step, event);
    expect(step.postures.borderTalks).toBe('ghajarTalks');
  });

  it('reads each point guard from the terms alone', () => {
    const world = (points: DisputedPoint[]) => ({
      ...worldWith(),
      terms: termsWith({ borderTalks: points }),
    });
    expect(guards.thirteenPointsOnAgenda!.test(world(['thirteenPoints']))).toBe(true);
    expect(guards.thirteenPointsOnAgenda!.test(world(['ghajar']))).toBe(false);
    expect(guards.ghajarOnAgenda!.test(world(['ghajar']))).toBe(true);
    expect(guards.ghajarOnAgenda!.test(world(['shebaaFarms']))).toBe(false);
    expect(guards.shebaaFarmsOnAgenda!.test(world(['shebaaFarms']))).toBe(true);
    expect(guards.shebaaFarmsOnAgenda!.test(world([]))).toBe(false);
    // Without tabled terms the agenda is the standing proposal's: the 13 points.
    expect(guards.thirteenPointsOnAgenda!.test(worldWith())).toBe(true);
    expect(guards.ghajarOnAgenda!.test(worldWith())).toBe(false);
  });

  it('lets the mediator table a text only while a point is under talks', () => {
    const underway = guards.borderTalksUnderway!;
    for (const state of ['thirteenPointsTalks', 'ghajarTalks', 'shebaaFarmsTalks'])
      expect(underway.test(worldWith({ borderTalks: state })), state).toBe(true);
    for (const state of ['preconditionsUnmet', 'framework', 'agreement', 'collapsed'])
      expect(underway.test(worldWith({ borderTalks: state })), state).toBe(false);
  });
});

describe('an offensive during the talks on a point', () => {
  it('collapses them from any point, and a new opening resumes the agenda from its first point', () => {
    const sim = withAgenda(['thirteenPoints', 'ghajar']);
    const steps = applyEvents(sim, initialStep(sim), [
      ...pathToTalks,
      opening,
      text,
      'israel.launchAirCampaign',
      opening,
    ]);
    const [onGhajar, collapsed, reopened] = steps.slice(-3);
    expect(onGhajar!.postures.borderTalks).toBe('ghajarTalks');
    expect(collapsed!.postures.borderTalks).toBe('collapsed');
    expect(collapsed!.postures.lebanon).toBe('engagedViaMediator');
    expect(reopened!.postures.borderTalks).toBe('thirteenPointsTalks');
    expect(reopened!.postures.lebanon).toBe('negotiatingBorder');
  });
});

describe('the US by doctrine', () => {
  it('tables its text for one point a step when nobody plays it', () => {
    const sim = withAgenda(['thirteenPoints', 'ghajar', 'shebaaFarms'], ['hezbollah', 'israel']);
    const steps = applyEvents(sim, initialStep(sim), pathToTalks);
    // Lebanon opens the talks by doctrine; the US tables its text on the 13 points in the same step.
    expect(steps[3]!.postures.borderTalks).toBe('ghajarTalks');
    const next = applyEvent(sim, steps[3]!, 'world.iranIsraelExchange');
    expect(next.postures.borderTalks).toBe('shebaaFarmsTalks');
  });
});
