import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, availabilityOf } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

describe('the Lebanese state (model 3.0.0)', () => {
  it("considers France's plan while the Gaza war goes on, and replies to it in writing", () => {
    const sim = simulationFrom();
    const [, tabled, replied] = applyEvents(sim, startOf(sim), [
      'france.tablePlan',
      'lebanon.replyToFrenchPlan',
    ]);
    expect(tabled!.postures.lebanon).toBe('consideringFrenchPlan');
    expect(replied!.postures.lebanon).toBe('engagedViaMediator');
    const ceasefire = simulationFrom({ gaza: 'ceasefire' });
    expect(availabilityOf(ceasefire, startOf(ceasefire), 'france.tablePlan')!.guard).toBe(
      'gazaAtWar',
    );
  });

  it('reaches Speaker Berri as negotiator when Hezbollah drops its Gaza condition', () => {
    const sim = simulationFrom({
      hezbollah: {
        military: 'expandedFire',
        diplomacy: 'openToTalks',
        condition: 'linkedAfterLeadershipLosses',
      },
      israel: { military: 'airCampaign', political: 'demandsWithdrawal' },
    });
    const dropped = applyEvent(sim, startOf(sim), 'hezbollah.dropGazaCondition');
    expect(dropped.postures.lebanon).toBe('negotiatingThroughBerri');
  });

  it('accepts a deal without Berri only once the Gaza war has stopped, not during a truce', () => {
    for (const gaza of ['war', 'truce']) {
      const sim = simulationFrom({ gaza });
      const tabled = applyEvent(sim, startOf(sim), 'us.tableProposal');
      expect(availabilityOf(sim, tabled, 'lebanon.acceptProposal'), gaza).toMatchObject({
        enabled: false,
        guard: 'lebanonConditionsMetAndGazaWarStopped',
      });
    }
    const ceasefire = simulationFrom({ gaza: 'ceasefire' });
    const [, , accepted] = applyEvents(ceasefire, startOf(ceasefire), [
      'us.tableProposal',
      'lebanon.acceptProposal',
    ]);
    expect(accepted!.postures.lebanon).toBe('acceptedDeal');
  });

  it('elects a president only after accepting a deal that is in force', () => {
    const accepted = simulationFrom({ lebanon: 'acceptedDeal' });
    expect(availabilityOf(accepted, startOf(accepted), 'lebanon.electPresident')).toMatchObject({
      enabled: false,
      guard: 'ceasefireInForce',
    });
    const inForce = simulationFrom({
      lebanon: 'acceptedDeal',
      us: { mediation: 'dealBrokered', regional: 'deterrence' },
    });
    const elected = applyEvent(inForce, startOf(inForce), 'lebanon.electPresident');
    expect(elected.postures.lebanon).toBe('presidentElected');
    const engaged = simulationFrom();
    expect(availabilityOf(engaged, startOf(engaged), 'lebanon.electPresident')!.enabled).toBe(
      false,
    );
  });
});
