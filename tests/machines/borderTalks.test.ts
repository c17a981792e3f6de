import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, availabilityOf } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const pathToTalks = ['world.gazaCeasefire', 'world.gazaWarEnds', 'hezbollah.backNegotiation'];

describe('border talks need the Gaza war to end and Lebanon to engage a mediator', () => {
  it('refuses border negotiation while the Gaza war goes on, quoting the precondition', () => {
    const sim = simulationFrom();
    const refusal = availabilityOf(sim, startOf(sim), 'lebanon.openBorderNegotiation')!;
    expect(refusal.guard).toBe('borderPreconditionsMet');
    expect(refusal.reason).toBe(
      'Border talks need the Gaza war to end and Hezbollah to back Lebanon negotiating.',
    );
  });

  it('needs Lebanon engaged through the mediator', () => {
    const sim = simulationFrom({
      lebanon: 'crisis',
      us: { mediation: 'monitoring', regional: 'deterrence' },
    });
    expect(availabilityOf(sim, startOf(sim), 'lebanon.engageMediator')!.guard).toBe(
      'usMediationActive',
    );
    const steps = applyEvents(sim, startOf(sim), [...pathToTalks]);
    expect(availabilityOf(sim, steps[3]!, 'lebanon.openBorderNegotiation')!.reason).toMatch(
      /^Needs Lebanese state at “Engaged via mediator”/,
    );
  });

  it('reaches a mediated border agreement when every party plays it through', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      ...pathToTalks,
      'lebanon.openBorderNegotiation',
      'us.tableBorderFramework',
      'israel.acceptBorderFramework',
      'lebanon.signAgreement',
    ]);
    const end = steps[steps.length - 1]!;
    expect(end.postures.borderTalks).toBe('agreement');
    expect(end.postures.lebanon).toBe('agreementSigned');
    expect(end.outcome).toBe('borderAgreement');
  });

  it('lets parties nobody plays act by doctrine: Lebanon and the US move on their own', () => {
    const sim = simulationFrom({}, ['hezbollah', 'israel']);
    const [, , , backed] = applyEvents(sim, startOf(sim), pathToTalks);
    const doctrine = backed!.transitions.filter((t) => t.cause === 'doctrine');
    expect(doctrine.map((t) => t.actor)).toEqual(['lebanon', 'borderTalks']);
    expect(doctrine[0]!.reason).toMatch(
      /^Lebanese state is not played, so it acts by its doctrine/,
    );
    // Lebanon's doctrine opened the talks; the US (second pass) tabled a framework in the same step.
    expect(backed!.postures.borderTalks).toBe('framework');
    // Israel's acceptance is the only input left: Lebanon signs by doctrine in the same step.
    const signed = applyEvent(sim, backed!, 'israel.acceptBorderFramework');
    expect(signed.postures.lebanon).toBe('agreementSigned');
    expect(signed.outcome).toBe('borderAgreement');
  });

  it('collapses when Israel launches an air campaign during the talks', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      ...pathToTalks,
      'lebanon.openBorderNegotiation',
      'israel.launchAirCampaign',
    ]);
    expect(steps[5]!.postures.borderTalks).toBe('collapsed');
  });
});

describe('an offensive during border negotiation', () => {
  it("halts Lebanon's negotiation as well as the talks", () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      ...pathToTalks,
      'lebanon.openBorderNegotiation',
      'israel.launchAirCampaign',
    ]);
    expect(steps[5]!.postures.lebanon).toBe('engagedViaMediator');
  });
});
