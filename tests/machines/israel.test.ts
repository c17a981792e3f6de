import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, availabilityOf } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const israel = (step: { postures: Record<string, unknown> }) =>
  step.postures.israel as Record<string, string>;

describe('Israel', () => {
  it('escalates one rung at a time: a ground operation needs an air campaign first', () => {
    const sim = simulationFrom();
    const start = startOf(sim);
    expect(availabilityOf(sim, start, 'israel.launchGroundOperation')!.reason).toMatch(
      /^Needs Israel at “Air campaign”/,
    );
    const [, air, ground] = applyEvents(sim, start, [
      'israel.launchAirCampaign',
      'israel.launchGroundOperation',
    ]);
    expect(israel(air!).military).toBe('airCampaign');
    expect(israel(ground!).military).toBe('groundOperation');
    expect((ground!.postures.hezbollah as Record<string, string>).military).toBe('openWar');
  });

  it('comes under pressure to act after a mass-casualty incident, and the pressure ends when it responds', () => {
    const sim = simulationFrom();
    const [, incident, strike] = applyEvents(sim, startOf(sim), [
      'world.massCasualtyIncident',
      'israel.escalateTargetedStrikes',
    ]);
    expect(israel(incident!).political).toBe('pressureToAct');
    expect(incident!.ladder).toBe(7);
    expect(israel(strike!)).toEqual({
      military: 'targetedCampaign',
      political: 'demandsWithdrawal',
    });
  });

  it('pauses its return fire when Hezbollah pauses for a truce', () => {
    const sim = simulationFrom();
    const truce = applyEvent(sim, startOf(sim), 'world.gazaTruce');
    expect(israel(truce).military).toBe('holding');
    expect(truce.outcome).toBe('managedConflict');
  });

  it('can accept a proposal only while one is on the table', () => {
    const sim = simulationFrom();
    expect(availabilityOf(sim, startOf(sim), 'israel.acceptProposal')!.reason).toBe(
      'A US proposal must be on the table.',
    );
    const tabled = applyEvent(sim, startOf(sim), 'us.tableProposal');
    expect(israel(applyEvent(sim, tabled, 'israel.acceptProposal')).political).toBe('acceptsDeal');
  });
});

describe('United States mediation and the brokered ceasefire', () => {
  it('brokers a deal only when Hezbollah, Israel and Lebanon have all accepted, and both sides then observe a ceasefire', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      'israel.launchAirCampaign',
      'israel.strikeLeadership',
      'hezbollah.dropGazaCondition',
      'us.tableProposal',
      'hezbollah.acceptProposal',
    ]);
    const beforeIsrael = steps[5]!;
    expect(availabilityOf(sim, beforeIsrael, 'us.brokerDeal')!.guard).toBe(
      'partiesAcceptedProposal',
    );
    const israelAccepted = applyEvent(sim, beforeIsrael, 'israel.acceptProposal');
    // Since model 2.0.0 the Lebanese government must accept too.
    expect(availabilityOf(sim, israelAccepted, 'us.brokerDeal')!.enabled).toBe(false);
    const accepted = applyEvent(sim, israelAccepted, 'lebanon.acceptProposal');
    const deal = applyEvent(sim, accepted, 'us.brokerDeal');
    expect((deal.postures.us as Record<string, string>).mediation).toBe('dealBrokered');
    expect((deal.postures.hezbollah as Record<string, string>).military).toBe('ceasefire');
    expect(israel(deal).military).toBe('ceasefire');
    expect(deal.outcome).toBe('ceasefireHolding');
    expect(deal.ladder).toBe(0);
  });

  it('revises its proposal after a rejection and can table it again', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      'us.tableProposal',
      'hezbollah.rejectProposal',
      'us.tableProposal',
    ]);
    expect((steps[2]!.postures.us as Record<string, string>).mediation).toBe('revisingProposal');
    expect((steps[3]!.postures.hezbollah as Record<string, string>).diplomacy).toBe(
      'reviewingProposal',
    );
  });

  it('strikes the Houthis only while they attack shipping', () => {
    const sim = simulationFrom({
      us: { mediation: 'shuttleDiplomacy', regional: 'deterrence' },
      regional: { redSea: 'calm', iran: 'restrained' },
    });
    expect(availabilityOf(sim, startOf(sim), 'us.strikeHouthis')!.guard).toBe(
      'houthiCampaignActive',
    );
    const steps = applyEvents(sim, startOf(sim), [
      'world.houthiAttacks',
      'us.strikeHouthis',
      'world.redSeaCalms',
    ]);
    expect((steps[2]!.postures.us as Record<string, string>).regional).toBe('counterstrikes');
    expect((steps[3]!.postures.us as Record<string, string>).regional).toBe('deterrence');
  });
});

describe('a broken Gaza ceasefire', () => {
  it('resumes fire on both sides while Hezbollah ties its fire to Gaza', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      'world.gazaTruce',
      'world.gazaCeasefire',
      'world.gazaCeasefireCollapses',
    ]);
    expect((steps[2]!.postures.hezbollah as Record<string, string>).military).toBe('ceasefire');
    expect(israel(steps[2]!).military).toBe('holding');
    expect((steps[3]!.postures.hezbollah as Record<string, string>).military).toBe('supportFront');
    expect(israel(steps[3]!).military).toBe('deterrenceFire');
  });
});

describe('Israel played automatically', () => {
  it('answers a first mass-casualty incident with targeted strikes and a second with an air campaign', () => {
    const sim = simulationFrom({}, ['hezbollah', 'us', 'lebanon']);
    const [, first, second] = applyEvents(sim, startOf(sim), [
      'world.massCasualtyIncident',
      'world.massCasualtyIncident',
    ]);
    expect(israel(first!).military).toBe('targetedCampaign');
    expect(israel(second!).military).toBe('airCampaign');
    expect(second!.outcome).toBe('fullScaleWar');
  });
});

describe("Israel's targeted killings (model 3.0.0)", () => {
  it('starts a targeted campaign with the killing of a commander, and keeps it with the next one', () => {
    const sim = simulationFrom();
    const [, first, second] = applyEvents(sim, startOf(sim), [
      'israel.killCommander',
      'israel.killCommander',
    ]);
    expect(israel(first!).military).toBe('targetedCampaign');
    expect(first!.ladder).toBe(5);
    expect(israel(second!).military).toBe('targetedCampaign');
  });

  it('answers the pressure to act after a mass-casualty incident with a killing', () => {
    const sim = simulationFrom({
      israel: { military: 'targetedCampaign', political: 'pressureToAct' },
    });
    const answered = applyEvent(sim, startOf(sim), 'israel.killCommander');
    expect(israel(answered).political).toBe('demandsWithdrawal');
  });

  it('has no killing to offer during an air campaign: that is a strike on the leadership', () => {
    const sim = simulationFrom({
      israel: { military: 'airCampaign', political: 'demandsWithdrawal' },
    });
    expect(availabilityOf(sim, startOf(sim), 'israel.killCommander')!.enabled).toBe(false);
    expect(availabilityOf(sim, startOf(sim), 'israel.strikeLeadership')!.enabled).toBe(true);
  });
});
