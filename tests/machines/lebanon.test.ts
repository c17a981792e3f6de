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

  it('lets Hezbollah delegate to Berri after a Gaza ceasefire, but not during a truce', () => {
    const truce = simulationFrom({ gaza: 'truce' });
    expect(availabilityOf(truce, startOf(truce), 'hezbollah.delegateToBerri')!.enabled).toBe(false);
    const ceasefire = simulationFrom({ gaza: 'ceasefire' });
    const delegated = applyEvent(ceasefire, startOf(ceasefire), 'hezbollah.delegateToBerri');
    expect(delegated.postures.lebanon).toBe('negotiatingThroughBerri');
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
