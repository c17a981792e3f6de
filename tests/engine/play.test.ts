import { describe, expect, it } from 'vitest';
import { applyEvents, availabilityOf, initialStep, playInputs } from '../../src/engine/index.ts';
import { simulationFrom } from '../helpers/world.ts';

describe('playInputs', () => {
  it('plays every enabled input after the prefix, as applyEvents does', () => {
    const sim = simulationFrom();
    const start = initialStep(sim);
    const inputs = ['us.tableProposal', 'hezbollah.rejectProposal'];
    const played = playInputs(sim, [start], inputs);
    expect(played.refused).toBeNull();
    expect(played.steps.map((s) => s.postures)).toEqual(
      applyEvents(sim, start, inputs).map((s) => s.postures),
    );
  });

  it('stops at the first refused input and says which step, which input and why', () => {
    const sim = simulationFrom();
    const start = initialStep(sim);
    const played = playInputs(
      sim,
      [start],
      ['us.tableProposal', 'hezbollah.holdFire', 'us.tableProposal'],
    );
    expect(played.steps).toHaveLength(2);
    expect(played.refused).toMatchObject({ step: 2, input: 'hezbollah.holdFire' });
    expect(played.refused!.availability).toEqual(
      availabilityOf(sim, played.steps[1]!, 'hezbollah.holdFire'),
    );
    expect(played.refused!.availability!.enabled).toBe(false);
  });

  it('reports an event the model does not have with no availability', () => {
    const sim = simulationFrom();
    const played = playInputs(sim, [initialStep(sim)], ['nobody.doesThis']);
    expect(played.refused).toEqual({ step: 1, input: 'nobody.doesThis', availability: undefined });
  });
});
