import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applyEvents,
  availableEvents,
  EventNotEnabledError,
} from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

describe('applyEvent', () => {
  it('lists the input transition first, then the reactions in party order, numbered from 1', () => {
    const sim = simulationFrom();
    const step = applyEvent(sim, startOf(sim), 'world.gazaTruce');
    expect(step.transitions.map((t) => [t.actor, t.cause, t.seq])).toEqual([
      ['gaza', 'input', 1],
      ['hezbollah', 'reaction', 2],
      ['israel', 'reaction', 3],
    ]);
    expect(step.transitions.every((t) => t.step === 1)).toBe(true);
  });

  it('lets every machine see the world as it was before the event', () => {
    // Israel's reaction to the truce reads Hezbollah's condition; Hezbollah moves in the same event.
    const sim = simulationFrom();
    const step = applyEvent(sim, startOf(sim), 'world.gazaTruce');
    const israel = step.transitions.find((t) => t.actor === 'israel')!;
    expect(israel.guard).toBe('gazaLinkageHolds');
    expect(israel.reason).toContain('Hezbollah still ties its fire to the Gaza war');
  });

  it('records the ladder and outcome right after each transition', () => {
    const sim = simulationFrom();
    const step = applyEvent(sim, startOf(sim), 'israel.launchAirCampaign');
    expect(step.transitions.map((t) => [t.actor, t.ladder])).toEqual([
      ['israel', 8],
      ['hezbollah', 8],
    ]);
    expect(step.transitions.every((t) => t.outcome === 'fullScaleWar')).toBe(true);
    expect(step.ladder).toBe(8);
  });

  it('refuses a disabled event with the step, the event and the reason', () => {
    const sim = simulationFrom();
    expect(() => applyEvent(sim, startOf(sim), 'hezbollah.holdFire')).toThrowError(
      EventNotEnabledError,
    );
    expect(() => applyEvent(sim, startOf(sim), 'hezbollah.holdFire')).toThrow(
      /^step 1: "hezbollah.holdFire" is not enabled: Hezbollah fires until a full ceasefire in Gaza/,
    );
    expect(() => applyEvent(sim, startOf(sim), 'no.suchEvent')).toThrow(/no such event/);
  });

  it('refuses the decisions of a party nobody plays, naming that it acts by doctrine', () => {
    const sim = simulationFrom({}, ['hezbollah']);
    const refusal = availableEvents(sim, startOf(sim)).find((e) => e.type === 'us.tableProposal')!;
    expect(refusal.enabled).toBe(false);
    expect(refusal.reason).toBe(
      'United States is not played in this scenario: it acts by its doctrine.',
    );
  });

  it('lets each automatic party act at most once per step', () => {
    // Nobody but Israel is played: the US would broker, Hezbollah accept and reject, Lebanon engage…
    const sim = simulationFrom({}, ['israel']);
    const steps = applyEvents(sim, startOf(sim), [
      'israel.launchAirCampaign',
      'israel.strikeLeadership',
      'israel.launchGroundOperation',
    ]);
    for (const step of steps.slice(1)) {
      // One decision may move several machines (dropping the Gaza condition also moves the
      // Lebanese state to Berri), so count the decisions, not the transitions.
      const decisions = new Set(
        step.transitions.filter((t) => t.cause === 'doctrine').map((t) => t.event),
      );
      const deciders = [...decisions].map((event) => event.split('.')[0]);
      expect(new Set(deciders).size).toBe(deciders.length);
    }
    // After the strikes on its leadership, under the air campaign, automatic Hezbollah drops
    // its Gaza condition (as in October 2024).
    expect(steps[1]!.transitions.some((t) => t.abandons === 'gazaLinkage')).toBe(false);
    const dropped = steps[2]!.transitions.find((t) => t.abandons === 'gazaLinkage');
    expect(dropped?.cause).toBe('doctrine');
    expect(dropped?.reason).toMatch(/^Hezbollah is not played, so it acts by its doctrine/);
  });

  it('does not change the step it was given', () => {
    const sim = simulationFrom();
    const start = startOf(sim);
    const before = JSON.stringify(start.postures);
    applyEvent(sim, start, 'us.tableProposal');
    expect(JSON.stringify(start.postures)).toBe(before);
  });
});

describe('availableEvents', () => {
  it('lists every catalog event once, in catalog order, with a reason for each disabled one', () => {
    const sim = simulationFrom();
    const events = availableEvents(sim, startOf(sim));
    expect(events.map((e) => e.type)).toEqual(sim.model.events.map((e) => e.type));
    for (const e of events) expect(e.enabled ? e.reason === null : Boolean(e.reason)).toBe(true);
    expect(events.filter((e) => e.enabled).map((e) => e.type)).toContain('us.tableProposal');
  });

  it('agrees with applyEvent: every enabled event applies, every disabled one throws', () => {
    const sim = simulationFrom();
    const start = startOf(sim);
    for (const e of availableEvents(sim, start)) {
      if (e.enabled) expect(() => applyEvent(sim, start, e.type), e.type).not.toThrow();
      else expect(() => applyEvent(sim, start, e.type), e.type).toThrow(EventNotEnabledError);
    }
  });
});
