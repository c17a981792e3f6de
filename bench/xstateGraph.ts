import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { partySetup } from '../machines/setupParty.ts';
import type { ConflictModel, Postures } from '../machines/types.ts';
import { canonicalJson } from '../src/engine/index.ts';

/**
 * The bench's reference: `getShortestPaths` from `xstate/graph` on ONE parallel
 * machine composed of the party machines' own configs (one region per party).
 * Guards read `event.world`, so each generated event carries the world as it was
 * before the event, built from the composed snapshot: the engine's simultaneous
 * semantics. Only events the home party accepts (and that a played party or the
 * world controls) are generated, as the engine enables them. The composition has
 * no doctrine, so it is only used with scenarios where every party is played.
 */

/** A party machine's config, minus what only a root machine may carry. */
function regionConfig(machine: AnyStateMachine): Record<string, unknown> {
  const { id: _id, options: _options, ...rest } = machine.config as Record<string, unknown>;
  return rest;
}

/** The party machines as one parallel machine, built from the same setup (same guards). */
export function composedMachine(model: ConflictModel): AnyStateMachine {
  const states: Record<string, unknown> = {};
  for (const party of model.parties) states[party.id] = regionConfig(party.machine);
  return partySetup.createMachine({
    id: 'joint',
    type: 'parallel',
    states,
  } as never) as unknown as AnyStateMachine;
}

/** Shortest path length to every reachable joint posture, by canonical posture JSON. */
export function graphShortestPathLengths(
  model: ConflictModel,
  start: Postures,
  played: readonly string[],
  allowed: ReadonlySet<string>,
): Map<string, number> {
  if (model.parties.some((p) => p.doctrine.length > 0 && !played.includes(p.id)))
    throw new Error('The composed machine has no doctrine: play every party.');
  const machine = composedMachine(model);
  const playedSet = new Set(played);
  const events = model.events.filter(
    (e) => allowed.has(e.type) && (e.controlledBy === 'world' || playedSet.has(e.controlledBy)),
  );
  const homes = new Map(model.parties.map((p) => [p.id, p.machine]));
  const paths = getShortestPaths(machine, {
    fromState: machine.resolveState({ value: start as never, context: {} }),
    serializeState: (snapshot) => canonicalJson(snapshot.value),
    serializeEvent: (event) => event.type,
    events: (snapshot) => {
      const postures = snapshot.value as Postures;
      const world = { postures };
      return events
        .filter((e) =>
          homes
            .get(e.home)!
            .resolveState({ value: postures[e.home] as never, context: {} })
            .can({ type: e.type, world } as never),
        )
        .map((e) => ({ type: e.type, world }) as never);
    },
  });
  const lengths = new Map<string, number>();
  // Each path starts with XState's own init step, which is not an event of the model.
  for (const path of paths)
    lengths.set(
      canonicalJson(path.state.value),
      path.steps.filter((s) => s.event.type !== 'xstate.init').length,
    );
  return lengths;
}
