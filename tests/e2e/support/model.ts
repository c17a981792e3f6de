import { conflictModel } from '../../../machines/index.ts';
import {
  applyEvent,
  buildLog,
  indexModel,
  initialStep,
  logToJson,
  postureEntries,
  type StepResult,
} from '../../../src/engine/index.ts';
import { simulationFor } from '../../../src/scenario/simulation.ts';
import { loadScenario } from '../../helpers/scenarioFiles.ts';

/**
 * What the screen should show, computed in Node with the same engine the app uses:
 * the browser tests compare the page with these values instead of hard-coding them,
 * so they follow the model when its wording changes and still fail when the app
 * shows something the engine did not produce.
 */

const index = indexModel(conflictModel);

export { loadScenario };

/** Every step (start included) of playing `inputs` on a scenario. */
export function playSteps(id: string, inputs: readonly string[]): StepResult[] {
  const s = loadScenario(id).scenario;
  const sim = simulationFor(s);
  const steps = [initialStep(sim)];
  for (const input of inputs) steps.push(applyEvent(sim, steps[steps.length - 1]!, input));
  return steps;
}

/** Transitions up to and including `step` (what the log table shows at that point). */
export function transitionsUpTo(steps: readonly StepResult[], step: number): number {
  return steps.slice(0, step + 1).reduce((sum, s) => sum + s.transitions.length, 0);
}

/** The label of every active state of a step, by party name. */
export function activeLabels(step: StepResult): Record<string, string[]> {
  const labels: Record<string, string[]> = {};
  for (const party of conflictModel.parties) {
    labels[party.name] = postureEntries(step.postures[party.id]!).map(
      ([region, state]) => index.state(party.id, region, state)?.label ?? state,
    );
  }
  return labels;
}

/** An event's label, as its button starts. */
export function eventLabel(type: string): string {
  const spec = index.event(type);
  if (!spec) throw new Error(`unknown event ${type}`);
  return spec.label;
}

/** The number of parallel regions (1 for a flat machine) of each party, by name. */
export function regionCounts(): Record<string, number> {
  return Object.fromEntries(
    conflictModel.parties.map((party) => [party.name, index.regions(party.id)?.length ?? 1]),
  );
}

/**
 * A long, always-enabled line for the bench and the long-history test: the US starts
 * and halts strikes in Yemen (not under way when the baseline opens on 11 January 2024),
 * which no other party reacts to, so the model never reaches an end state however long
 * the line is.
 */
export function longLine(length: number): string[] {
  return Array.from({ length }, (_, i) => (i % 2 === 0 ? 'us.strikeHouthis' : 'us.haltStrikes'));
}

/** The JSON log of playing `inputs` on a scenario, as the engine (and the CLI) write it. */
export function logJsonFor(
  id: string,
  inputs: readonly string[],
  scenarioOverride: Partial<{ fingerprint: string }> = {},
): string {
  const valid = loadScenario(id);
  const s = valid.scenario;
  const sim = simulationFor(s);
  const steps = playSteps(id, inputs);
  const log = buildLog(
    sim,
    { id: s.id, title: s.title, fingerprint: scenarioOverride.fingerprint ?? valid.fingerprint },
    steps,
  );
  return logToJson(log);
}
