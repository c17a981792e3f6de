import { describe, expect, it } from 'vitest';
import { applyEvent, applyEvents, availabilityOf } from '../../src/engine/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';

const mediation = (s: { postures: Record<string, unknown> }) =>
  (s.postures.us as Record<string, string>).mediation;

describe('United States: the Lebanon track and Gaza (model 3.0.0)', () => {
  it('ties the Lebanon track to a Gaza deal only while the Gaza war goes on', () => {
    const sim = simulationFrom();
    const linked = applyEvent(sim, startOf(sim), 'us.linkToGaza');
    expect(mediation(linked)).toBe('linkedToGaza');
    const truce = simulationFrom({ gaza: 'truce' });
    expect(availabilityOf(truce, startOf(truce), 'us.linkToGaza')).toMatchObject({
      enabled: false,
      guard: 'gazaAtWar',
    });
  });

  it('tables no Lebanon-only proposal while the tracks are tied', () => {
    const sim = simulationFrom();
    const linked = applyEvent(sim, startOf(sim), 'us.linkToGaza');
    expect(availabilityOf(sim, linked, 'us.tableProposal')!.enabled).toBe(false);
    const decoupled = applyEvent(sim, linked, 'us.decoupleFromGaza');
    expect(mediation(decoupled)).toBe('shuttleDiplomacy');
    expect(availabilityOf(sim, decoupled, 'us.tableProposal')!.enabled).toBe(true);
  });

  it('reopens the tied track when a Gaza ceasefire comes', () => {
    const sim = simulationFrom();
    const [, linked, ceasefire] = applyEvents(sim, startOf(sim), [
      'us.linkToGaza',
      'world.gazaCeasefire',
    ]);
    expect(mediation(linked!)).toBe('linkedToGaza');
    expect(mediation(ceasefire!)).toBe('shuttleDiplomacy');
  });
});

describe('United States: alleged violations while the deal is in force', () => {
  it('keeps the deal in force when violations are alleged, in each state of the deal', () => {
    for (const state of ['dealBrokered', 'deadlineMissed', 'arrangementExtended']) {
      const sim = simulationFrom({ us: { mediation: state, regional: 'deterrence' } });
      const alleged = applyEvent(sim, startOf(sim), 'world.ceasefireViolationsAlleged');
      expect(mediation(alleged), state).toBe(state);
      expect(alleged.transitions).toHaveLength(1);
    }
  });

  it('allows no alleged violation when no deal is in force', () => {
    const sim = simulationFrom();
    expect(availabilityOf(sim, startOf(sim), 'world.ceasefireViolationsAlleged')!.enabled).toBe(
      false,
    );
  });
});
