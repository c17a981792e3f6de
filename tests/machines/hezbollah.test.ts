import { describe, expect, it } from 'vitest';
import { applyEvent, availabilityOf, applyEvents } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const hezbollah = (step: { postures: Record<string, unknown> }) =>
  step.postures.hezbollah as Record<string, string>;

describe('Hezbollah: the stated condition, as guards', () => {
  it('refuses to hold fire while Gaza is at war, quoting its condition', () => {
    const sim = simulationFrom();
    const refusal = availabilityOf(sim, startOf(sim), 'hezbollah.holdFire')!;
    expect(refusal.enabled).toBe(false);
    expect(refusal.guard).toBe('gazaFightingStoppedOrLinkageDropped');
    expect(refusal.reason).toMatch(/^Hezbollah fires until a full ceasefire in Gaza/);
  });

  it('reviews a US proposal made while Gaza is at war, cannot accept it, and can reject it while staying open to talks', () => {
    const sim = simulationFrom();
    const tabled = applyEvent(sim, startOf(sim), 'us.tableProposal');
    expect(hezbollah(tabled).diplomacy).toBe('reviewingProposal');
    expect(availabilityOf(sim, tabled, 'hezbollah.acceptProposal')!.enabled).toBe(false);
    const rejected = applyEvent(sim, tabled, 'hezbollah.rejectProposal');
    expect(hezbollah(rejected).diplomacy).toBe('rejectedProposal');
    expect(hezbollah(rejected).military).toBe('supportFront');
    const open = applyEvent(sim, rejected, 'hezbollah.signalOpenness');
    expect(hezbollah(open).diplomacy).toBe('openToTalks');
  });

  it('pauses the support front during a temporary Gaza truce and resumes it when the truce collapses', () => {
    const sim = simulationFrom();
    const [, truce, collapse] = applyEvents(sim, startOf(sim), [
      'world.gazaTruce',
      'world.gazaTruceCollapses',
    ]);
    expect(hezbollah(truce!).military).toBe('restraint');
    expect(truce!.transitions.find((t) => t.actor === 'hezbollah')?.guard).toBe('gazaLinkageHolds');
    expect(hezbollah(collapse!).military).toBe('supportFront');
  });

  it('stops firing with a full Gaza ceasefire and may back border talks only once the war has ended', () => {
    const sim = simulationFrom();
    const ceasefire = applyEvent(sim, startOf(sim), 'world.gazaCeasefire');
    expect(hezbollah(ceasefire).military).toBe('ceasefire');
    expect(availabilityOf(sim, ceasefire, 'hezbollah.backNegotiation')!.reason).toMatch(
      /only after the Gaza war ends/,
    );
    const ended = applyEvent(sim, ceasefire, 'world.gazaWarEnds');
    expect(availabilityOf(sim, ended, 'hezbollah.backNegotiation')!.enabled).toBe(true);
  });

  it('can drop its Gaza condition only after strikes on its leadership and under severe military pressure, and the log names the condition', () => {
    const sim = simulationFrom();
    const start = startOf(sim);
    expect(availabilityOf(sim, start, 'hezbollah.dropGazaCondition')!.enabled).toBe(false);
    const [, air, struck, dropped] = applyEvents(sim, start, [
      'israel.launchAirCampaign',
      'israel.strikeLeadership',
      'hezbollah.dropGazaCondition',
    ]);
    expect(hezbollah(air!).military).toBe('expandedFire');
    // Since model 3.0.0 an air campaign alone does not open the drop.
    expect(availabilityOf(sim, air!, 'hezbollah.dropGazaCondition')!.enabled).toBe(false);
    expect(hezbollah(struck!).condition).toBe('linkedAfterLeadershipLosses');
    const record = dropped!.transitions.find((t) => t.region === 'condition')!;
    expect(record).toMatchObject({
      from: 'linkedAfterLeadershipLosses',
      to: 'delinked',
      abandons: 'gazaLinkage',
      guard: 'underSevereMilitaryPressure',
    });
    expect(record.reason).toMatch(/severe military pressure/);
  });

  it('keeps the condition after leadership losses unless the pressure is severe', () => {
    const sim = simulationFrom({
      israel: { military: 'targetedCampaign', political: 'demandsWithdrawal' },
    });
    const struck = applyEvent(sim, startOf(sim), 'israel.strikeLeadership');
    const drop = availabilityOf(sim, struck, 'hezbollah.dropGazaCondition')!;
    expect(drop.enabled).toBe(false);
    expect(drop.guard).toBe('underSevereMilitaryPressure');
    expect(availabilityOf(sim, startOf(simulationFrom()), 'israel.strikeLeadership')!.guard).toBe(
      'israelStrikingBeyondTheBorder',
    );
  });

  it('once the condition is dropped, can accept a proposal while Gaza is still at war', () => {
    const sim = simulationFrom();
    const steps = applyEvents(sim, startOf(sim), [
      'israel.launchAirCampaign',
      'israel.strikeLeadership',
      'hezbollah.dropGazaCondition',
      'us.tableProposal',
      'hezbollah.acceptProposal',
    ]);
    expect(steps[5]!.postures.gaza).toBe('war');
    expect(hezbollah(steps[5]!).diplomacy).toBe('acceptedProposal');
  });

  it('does not pause for a Gaza truce after dropping the condition', () => {
    const sim = simulationFrom({
      hezbollah: { military: 'supportFront', diplomacy: 'openToTalks', condition: 'delinked' },
    });
    const truce = applyEvent(sim, startOf(sim), 'world.gazaTruce');
    expect(hezbollah(truce).military).toBe('supportFront');
  });
});
