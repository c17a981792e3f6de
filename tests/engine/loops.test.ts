import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createSimulation,
  initialStep,
  isUserFacing,
  ModelError,
} from '../../src/engine/index.ts';
import { loopingModel } from '../fixtures/loopingModel.ts';

describe('reaction loops', () => {
  it('are caught by maxIterations and reported as one clear sentence, not a hang', () => {
    const sim = createSimulation(loopingModel, {
      postures: { a: 'idle', looping: 'ping' },
      played: ['a'],
      seed: 0,
    });
    let caught: unknown;
    try {
      applyEvent(sim, initialStep(sim), 'a.poke');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelError);
    expect(isUserFacing(caught)).toBe(true);
    expect((caught as Error).message).toMatch(
      /^the looping machine failed on "a\.poke": .*Infinite loop detected.*a fault in the model/,
    );
  });
});
