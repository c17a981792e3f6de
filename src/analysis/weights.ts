import type { ConflictModel } from '../../machines/types.ts';
import { UserFacingError } from '../engine/index.ts';
import type { ScenarioWeights } from '../scenario/schema.ts';

/** The weight of an event nobody gave one: every enabled event is equally likely. */
export const DEFAULT_WEIGHT = 1;

/** The largest weight accepted, so one slider cannot swamp the arithmetic. */
export const MAX_WEIGHT = 1000;

/** Weights by event type: the scenario's, then any overrides (`--set`, a slider). */
export type WeightMap = Readonly<Record<string, number>>;

/** The scenario's world and decision weights as one map by event type. */
export function scenarioWeights(weights: ScenarioWeights | undefined): Record<string, number> {
  return { ...(weights?.world ?? {}), ...(weights?.decisions ?? {}) };
}

/** Checks one parameter name and value; throws a one-line UserFacingError when wrong. */
export function checkWeight(model: ConflictModel, name: string, value: number): void {
  const spec = model.events.find((e) => e.type === name);
  if (!spec) {
    const worldEvents = model.events.filter((e) => e.controlledBy === 'world').map((e) => e.type);
    throw new UserFacingError(
      `unknown parameter "${name}": use an event type, such as ${worldEvents.slice(0, 3).join(', ')} (see \`escalation-lab events\`)`,
    );
  }
  if (!Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
    throw new UserFacingError(
      `parameter ${name}: weight must be a number from 0 to ${MAX_WEIGHT} (got ${value})`,
    );
  }
}

/**
 * The weight of every event, by catalog index. Missing events weigh
 * DEFAULT_WEIGHT. Unknown names or bad values are refused, never ignored.
 */
export function weightVector(model: ConflictModel, ...layers: readonly WeightMap[]): Float64Array {
  const vector = new Float64Array(model.events.length).fill(DEFAULT_WEIGHT);
  const position = new Map(model.events.map((e, i) => [e.type, i]));
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer)) {
      checkWeight(model, name, value);
      vector[position.get(name)!] = value;
    }
  }
  return vector;
}
