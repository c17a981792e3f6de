import { describe, expect, it } from 'vitest';
import { actorWalker } from '../helpers/actorWalker.ts';
import { conflictModel } from '../../machines/index.ts';
import { compileModel } from '../../src/analysis/fastModel.ts';
import { fastWalker, walk } from '../../src/analysis/montecarlo.ts';
import { mulberry32 } from '../../src/analysis/random.ts';
import { weightVector } from '../../src/analysis/weights.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';

const { scenario } = loadScenarioFile('scenarios/baseline-2024-01.json');
const weights = weightVector(conflictModel, { 'world.massCasualtyIncident': 3 });

/*
 * The order in which reactions are delivered: the home machine first, then the other
 * parties in party order (machines/parties.ts), each event carrying the world as it was
 * before it. Because no machine sees another's reaction, the order cannot change the
 * result; these runs check that with one XState actor per party, in both orders.
 */
describe('delivery order', { timeout: 120_000 }, () => {
  it('an actor per party gives the fast form’s runs, whichever order reactions arrive in', () => {
    for (const played of [scenario.played, ['hezbollah', 'us'], []]) {
      const fast = compileModel(conflictModel, played);
      for (let seed = 1; seed <= 10; seed++) {
        const expected = walk(
          fastWalker(fast, fast.idOf(scenario.start.postures)),
          weights,
          30,
          mulberry32(seed),
        );
        expect(
          walk(
            actorWalker(conflictModel, played, scenario.start.postures),
            weights,
            30,
            mulberry32(seed),
          ),
        ).toEqual(expected);
        expect(
          walk(
            actorWalker(conflictModel, played, scenario.start.postures, 'reversed'),
            weights,
            30,
            mulberry32(seed),
          ),
        ).toEqual(expected);
      }
    }
  });
});
