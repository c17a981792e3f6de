import fc from 'fast-check';
import { conflictModel } from '../../machines/index.ts';
import type { Postures } from '../../machines/types.ts';
import { indexModel } from '../../src/engine/index.ts';

const index = indexModel(conflictModel);
const playable = conflictModel.parties.filter((p) => p.kind === 'party').map((p) => p.id);

/** Any valid posture of one party: a state per region (or one state for a flat machine). */
function postureOf(party: string): fc.Arbitrary<Postures[string]> {
  const regions = index.regions(party);
  if (regions === null) return fc.constantFrom(...index.states(party, null));
  return fc.record(
    Object.fromEntries(regions.map((r) => [r, fc.constantFrom(...index.states(party, r))])),
  );
}

/** A random starting world: every party in some valid posture. */
export const anyPostures: fc.Arbitrary<Postures> = fc.record(
  Object.fromEntries(conflictModel.parties.map((p) => [p.id, postureOf(p.id)])),
) as fc.Arbitrary<Postures>;

/** A random set of played parties (possibly none: everything automatic). */
export const anyPlayed = fc.subarray(playable);

/** A random walk: indices used to pick among the enabled events at each step. */
export const anyWalk = fc.array(fc.nat(), { minLength: 1, maxLength: 25 });

/** How many cases each property runs: PROPERTY_RUNS in the environment, or a CI-sized default. */
export const propertyRuns = Number(process.env.PROPERTY_RUNS ?? 150);
