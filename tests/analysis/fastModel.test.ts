import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { compileModel } from '../../src/analysis/fastModel.ts';
import { liveWalker } from '../../src/analysis/liveWalk.ts';
import { fastWalker, walk } from '../../src/analysis/montecarlo.ts';
import { mulberry32 } from '../../src/analysis/random.ts';
import { weightVector } from '../../src/analysis/weights.ts';
import {
  applyEvent,
  availableEvents,
  canonicalJson,
  createSimulation,
  initialStep,
} from '../../src/engine/index.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';

const baseline = loadScenarioFile('scenarios/baseline-2024-01.json').scenario;
const playable = conflictModel.parties.filter((p) => p.kind === 'party').map((p) => p.id);
const runs = Number(process.env.PROPERTY_RUNS ?? 60);

const library = loadScenarioFile('scenarios/historical-2023-2024.json').scenario.proposals ?? [];

describe('the fast form agrees with the live engine', () => {
  it('step by step on random walks with a library proposal at every tabling (its terms on the table)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...library),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 40 }),
        (proposal, seed, length) => {
          const sim = createSimulation(conflictModel, {
            postures: baseline.start.postures,
            played: playable,
            seed,
            terms: proposal.terms,
          });
          const fast = compileModel(conflictModel, playable, proposal.terms);
          let step = initialStep(sim);
          let state = fast.idOf(step.postures);
          const random = mulberry32(seed);
          for (let k = 0; k < length; k++) {
            const enabled = availableEvents(sim, step)
              .filter((e) => e.enabled)
              .map((e) => e.type);
            const { events, targets } = fast.edges(state);
            expect(Array.from(events, (e) => fast.eventTypes[e])).toEqual(enabled);
            if (enabled.length === 0) break;
            const i = Math.floor(random() * enabled.length);
            step = applyEvent(sim, step, enabled[i]!);
            state = targets[i]!;
            expect(step.terms).toEqual(proposal.terms);
            expect(canonicalJson(fast.postures(state))).toBe(canonicalJson(step.postures));
          }
        },
      ),
      { numRuns: runs, seed: 20241127 },
    );
  }, 120_000);

  it('keeps one fast form per set of terms, cached like the standing one', () => {
    const truce = library.find((p) => p.id === 'truce-call-2024-09-25')!;
    const standing = compileModel(conflictModel, playable);
    const withTruce = compileModel(conflictModel, playable, truce.terms);
    expect(withTruce).not.toBe(standing);
    expect(compileModel(conflictModel, playable, truce.terms)).toBe(withTruce);
  });

  it('step by step on random seeded walks, for any set of played parties', () => {
    fc.assert(
      fc.property(
        fc.subarray(playable),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 30 }),
        (played, seed, length) => {
          const sim = createSimulation(conflictModel, {
            postures: baseline.start.postures,
            played,
            seed,
          });
          const fast = compileModel(conflictModel, played);
          let step = initialStep(sim);
          let state = fast.idOf(step.postures);
          const random = mulberry32(seed);
          for (let k = 0; k < length; k++) {
            const enabled = availableEvents(sim, step)
              .filter((e) => e.enabled)
              .map((e) => e.type);
            const { events, targets } = fast.edges(state);
            expect(Array.from(events, (e) => fast.eventTypes[e])).toEqual(enabled);
            if (enabled.length === 0) break;
            const i = Math.floor(random() * enabled.length);
            step = applyEvent(sim, step, enabled[i]!);
            state = targets[i]!;
            expect(canonicalJson(fast.postures(state))).toBe(canonicalJson(step.postures));
            expect(fast.ladder(state)).toBe(step.ladder);
            expect(fast.outcomeIds[fast.outcome(state)]).toBe(step.outcome);
          }
        },
      ),
      { numRuns: runs, seed: 20240118 },
    );
  }, 120_000);

  it('gives the same run records as the live engine under weights', () => {
    const sim = createSimulation(conflictModel, {
      postures: baseline.start.postures,
      played: baseline.played,
      seed: 1,
    });
    const fast = compileModel(conflictModel, baseline.played);
    const weights = weightVector(conflictModel, {
      'world.massCasualtyIncident': 4,
      'israel.launchAirCampaign': 0,
      'world.gazaCeasefire': 0.5,
    });
    for (let seed = 1; seed <= 25; seed++) {
      const live = walk(liveWalker(sim, initialStep(sim)), weights, 40, mulberry32(seed));
      const quick = walk(
        fastWalker(fast, fast.idOf(baseline.start.postures)),
        weights,
        40,
        mulberry32(seed),
      );
      expect(quick).toEqual(live);
    }
  }, 60_000);
});
