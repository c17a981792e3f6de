/** Looking up sources by id: the model's own, then the open scenario's. */
import { conflictModel } from '../../../machines/index.ts';
import type { SourceRef } from '../../../machines/types.ts';
import type { ValidScenario } from '../../scenario/validate.ts';

/** The source with this id, from the scenario or the model; undefined when unknown. */
export function findSource(scenario: ValidScenario, id: string): SourceRef | undefined {
  return (
    scenario.scenario.sources.find((s) => s.id === id) ??
    conflictModel.sources.find((s) => s.id === id)
  );
}
