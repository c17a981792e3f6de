import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import {
  applyEvent,
  availableEvents,
  back,
  buildLog,
  createHistory,
  createSimulation,
  currentStep,
  forward,
  indexModel,
  initialStep,
  logToJson,
  logToJsonl,
  readLog,
  record,
  replayLog,
  type Simulation,
  type StepResult,
} from '../../src/engine/index.ts';
import { anyPlayed, anyPostures, anyWalk, propertyRuns } from '../helpers/arbitraries.ts';

const index = indexModel(conflictModel);
const runs = { numRuns: propertyRuns };

/** Walks from the start, choosing the k-th enabled event at each step; stops when none is enabled. */
function walk(sim: Simulation, choices: readonly number[]): StepResult[] {
  const steps = [initialStep(sim)];
  for (const choice of choices) {
    const enabled = availableEvents(sim, steps[steps.length - 1]!).filter((e) => e.enabled);
    if (!enabled.length) break;
    steps.push(applyEvent(sim, steps[steps.length - 1]!, enabled[choice % enabled.length]!.type));
  }
  return steps;
}

/** Every party is in exactly one known state per region. */
function wellFormed(step: StepResult): boolean {
  return conflictModel.parties.every((party) => {
    const posture = step.postures[party.id];
    const regions = index.regions(party.id);
    if (regions === null)
      return typeof posture === 'string' && index.states(party.id, null).includes(posture);
    return (
      typeof posture === 'object' &&
      Object.keys(posture).sort().join() === [...regions].sort().join() &&
      regions.every((r) => index.states(party.id, r).includes(posture[r]!))
    );
  });
}

const setup = fc.record({ postures: anyPostures, played: anyPlayed, seed: fc.nat() });

describe('engine properties over random worlds and random event sequences', {
  timeout: 120_000,
}, () => {
  it('never throws on an enabled event and always refuses a disabled one; postures stay well formed; the ladder stays in range', () => {
    fc.assert(
      fc.property(setup, anyWalk, (s, choices) => {
        const sim = createSimulation(conflictModel, s);
        for (const step of walk(sim, choices)) {
          expect(wellFormed(step)).toBe(true);
          expect(step.ladder).toBeGreaterThanOrEqual(0);
          expect(step.ladder).toBeLessThanOrEqual(10);
          expect(conflictModel.outcomes.map((o) => o.id)).toContain(step.outcome);
          for (const e of availableEvents(sim, step)
            .filter((x) => !x.enabled)
            .slice(0, 3)) {
            expect(() => applyEvent(sim, step, e.type)).toThrow(/is not enabled/);
          }
        }
      }),
      runs,
    );
  });

  it('is deterministic: the same setup and inputs give byte-identical logs', () => {
    fc.assert(
      fc.property(setup, anyWalk, (s, choices) => {
        const meta = { id: 'prop', title: 'Property', fingerprint: 'x' };
        const a = buildLog(
          createSimulation(conflictModel, s),
          meta,
          walk(createSimulation(conflictModel, s), choices),
        );
        const b = buildLog(
          createSimulation(conflictModel, s),
          meta,
          walk(createSimulation(conflictModel, s), choices),
        );
        expect(logToJson(a)).toBe(logToJson(b));
      }),
      runs,
    );
  });

  it('replays every log to the same transitions, and export then import is the identity', () => {
    fc.assert(
      fc.property(setup, anyWalk, (s, choices) => {
        const sim = createSimulation(conflictModel, s);
        const valid = {
          file: 'prop.json',
          fingerprint: 'x',
          scenario: { id: 'prop', start: { postures: s.postures } },
        } as never;
        const log = buildLog(
          sim,
          { id: 'prop', title: 'Property', fingerprint: 'x' },
          walk(sim, choices),
        );
        expect(replayLog(conflictModel, valid, log).ok).toBe(true);
        for (const text of [logToJson(log), logToJsonl(log)]) {
          const read = readLog('prop', text);
          expect(read.ok && read.log).toEqual(log);
        }
      }),
      runs,
    );
  });

  it('stepping back then forward returns the same snapshot', () => {
    fc.assert(
      fc.property(setup, anyWalk, fc.nat(), (s, choices, k) => {
        const sim = createSimulation(conflictModel, s);
        const steps = walk(sim, choices);
        const history = steps.slice(1).reduce(record, createHistory(steps[0]!));
        const backs = k % steps.length;
        let h = history;
        for (let i = 0; i < backs; i++) h = back(h);
        for (let i = 0; i < backs; i++) h = forward(h);
        expect(currentStep(h)).toBe(currentStep(history));
        expect(h.lines).toHaveLength(1);
      }),
      runs,
    );
  });
});
