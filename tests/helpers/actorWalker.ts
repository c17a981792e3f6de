import { createActor, type AnyActor } from 'xstate';
import type { ConflictModel, Posture, Postures } from '../../machines/types.ts';
import type { Walker } from '../../src/analysis/montecarlo.ts';
import { assess, createSimulation } from '../../src/engine/index.ts';

/**
 * The baseline: one running XState actor per party machine per run,
 * `send` per event. Events are routed the way the engine delivers them: the home
 * machine first, then every other party in party order, each event carrying the
 * world as it was before it (so all machines react to the same world); then the
 * parties nobody plays act by doctrine (first enabled rule, once per step).
 * `reactionOrder: 'reversed'` delivers reactions in the opposite order: because
 * every event carries the pre-event world, the results must not change (tested).
 */
export function actorWalker(
  model: ConflictModel,
  played: readonly string[],
  start: Postures,
  reactionOrder: 'party' | 'reversed' = 'party',
): Walker {
  const sim = createSimulation(model, { postures: start, played, seed: 0 });
  const playedSet = new Set(played);
  const actors = new Map<string, AnyActor>();
  for (const party of model.parties) {
    const snapshot = party.machine.resolveState({ value: start[party.id] as never, context: {} });
    actors.set(party.id, createActor(party.machine, { snapshot } as never).start());
  }
  const postures = (): Postures => {
    const now: Record<string, Posture> = {};
    for (const [id, actor] of actors) now[id] = actor.getSnapshot().value as Posture;
    return now;
  };
  const accepts = (type: string, home: string, world: { postures: Postures }) =>
    actors
      .get(home)!
      .getSnapshot()
      .can({ type, world } as never);
  const send = (type: string, home: string) => {
    const world = { postures: postures() };
    actors.get(home)!.send({ type, world } as never);
    for (const party of reactionOrder === 'party' ? model.parties : [...model.parties].reverse())
      if (party.id !== home) actors.get(party.id)!.send({ type, world } as never);
  };
  const specs = model.events;
  let enabled: number[] | null = null;
  const current = () => {
    if (enabled) return enabled;
    const world = { postures: postures() };
    enabled = [];
    specs.forEach((spec, i) => {
      if (
        (spec.controlledBy === 'world' || playedSet.has(spec.controlledBy)) &&
        accepts(spec.type, spec.home, world)
      )
        enabled!.push(i);
    });
    return enabled;
  };
  let level = assess(sim, start);
  return {
    enabled: current,
    take: (i) => {
      const spec = specs[current()[i]!]!;
      send(spec.type, spec.home);
      const acted = new Set<string>();
      let moved = true;
      while (moved) {
        moved = false;
        for (const party of model.parties) {
          if (playedSet.has(party.id) || acted.has(party.id)) continue;
          const world = { postures: postures() };
          const rule = party.doctrine.find((r) => {
            const ruleSpec = sim.index.event(r.event)!;
            return (
              (!r.when || model.guards[r.when]!.test(world)) &&
              accepts(ruleSpec.type, ruleSpec.home, world)
            );
          });
          if (!rule) continue;
          const ruleSpec = sim.index.event(rule.event)!;
          send(ruleSpec.type, ruleSpec.home);
          acted.add(party.id);
          moved = true;
        }
      }
      enabled = null;
      level = assess(sim, postures());
    },
    ladder: () => level.ladder,
    outcome: () => level.outcome,
  };
}
