import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { explore } from '../../src/analysis/explore.ts';
import { buildFastModel } from '../../src/analysis/fastModel.ts';
import { runBatch } from '../../src/analysis/montecarlo.ts';
import { weightVector } from '../../src/analysis/weights.ts';
import { canonicalJson } from '../../src/engine/index.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';

const baseline = loadScenarioFile('scenarios/baseline-2024-01.json').scenario;
// Two played parties, so the other parties act by doctrine; and the scenario's four, so
// nobody does (the fast form then batches its lookups). The bound keeps the search small.
const playedSets = [['israel', 'us'], baseline.played];
const maxPostures = 50_000;

/** The exploration as the postures it reaches, in order, with their distances. */
function reachedPostures(fast: ReturnType<typeof buildFastModel>) {
  const found = explore(fast, fast.idOf(baseline.start.postures), { maxPostures });
  return {
    reachable: found.reachable,
    transitions: found.transitions,
    outcomes: found.outcomes,
    reached: Array.from(
      found.reached,
      (id) => `${canonicalJson(fast.postures(id))}@${found.distanceOf(id)}`,
    ),
  };
}

// The live-engine agreement is in explore.test.ts and fastModel.test.ts; these check the
// caches underneath the fast form on the real model.
describe("the fast form's caches", { timeout: 120_000 }, () => {
  it('give the same exploration whatever order the table was filled in', () => {
    for (const played of playedSets) {
      const fresh = buildFastModel(conflictModel, played);
      const walkedFirst = buildFastModel(conflictModel, played);
      runBatch(walkedFirst, walkedFirst.idOf(baseline.start.postures), {
        runs: 300,
        seed: 7,
        steps: 40,
        weights: weightVector(conflictModel, {}),
      });
      expect(reachedPostures(walkedFirst)).toEqual(reachedPostures(fresh));
    }
  });

  it('hold the guard truth that evaluating every guard gives, in every reached posture', () => {
    for (const played of playedSets) {
      const fast = buildFastModel(conflictModel, played);
      const found = explore(fast, fast.idOf(baseline.start.postures), { maxPostures });
      const guards = fast.guardNames.map((name) => conflictModel.guards[name]!.test);
      for (const id of found.reached) {
        const world = { postures: fast.postures(id) };
        expect(guards.map((_, g) => fast.guardHolds(id, g))).toEqual(
          guards.map((test) => test(world)),
        );
      }
    }
  });
});
