import type { AnyMachineSnapshot } from 'xstate';
import type { ConflictModel, Postures } from '../../machines/types.ts';
import { activeRungs, indexModel, type ModelIndex } from './modelIndex.ts';
import type { RunSetup, StepResult } from './types.ts';

/** A model bound to a run's setup: what every engine call needs. */
export interface Simulation {
  readonly model: ConflictModel;
  readonly index: ModelIndex;
  readonly setup: RunSetup;
  readonly played: ReadonlySet<string>;
}

/** Binds a model to a setup. Cheap: the model index is cached. */
export function createSimulation(model: ConflictModel, setup: RunSetup): Simulation {
  return { model, index: indexModel(model), setup, played: new Set(setup.played) };
}

/** Rebuilds each party's XState snapshot from plain postures. */
export function snapshotsFor(sim: Simulation, postures: Postures): Map<string, AnyMachineSnapshot> {
  const snapshots = new Map<string, AnyMachineSnapshot>();
  for (const party of sim.model.parties) {
    snapshots.set(
      party.id,
      party.machine.resolveState({ value: postures[party.id] as never, context: {} }),
    );
  }
  return snapshots;
}

/** The ladder level and outcome that follow from a joint posture. */
export function assess(sim: Simulation, postures: Postures): { ladder: number; outcome: string } {
  const world = { postures };
  const ladder = sim.model.ladderLevel(activeRungs(sim.index, postures), world);
  return { ladder, outcome: sim.model.outcomeOf(world, ladder) };
}

/** Step 0: the setup's postures, before any event. */
export function initialStep(sim: Simulation): StepResult {
  const postures = sim.setup.postures;
  return {
    index: 0,
    input: null,
    transitions: [],
    postures,
    ...(sim.setup.terms ? { terms: sim.setup.terms } : {}),
    snapshots: snapshotsFor(sim, postures),
    ...assess(sim, postures),
  };
}
