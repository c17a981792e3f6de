import { conflictModel } from '../../machines/index.ts';
import { applyEvents, type StepResult } from '../../src/engine/index.ts';
import { buildDebrief, type Debrief, type Prediction } from '../../src/debrief/index.ts';
import type { ValidScenario } from '../../src/scenario/validate.ts';
import { loadScenario } from './scenarioFiles.ts';
import { scenarioStart } from './world.ts';

/** A line of a bundled scenario: its script, or the given events, played from the start. */
export function lineOf(
  id: string,
  events?: readonly string[],
): { scenario: ValidScenario; steps: StepResult[] } {
  const scenario = loadScenario(id);
  const { sim, start } = scenarioStart(scenario);
  const inputs = events ?? scenario.scenario.script.map((s) => s.event);
  return { scenario, steps: applyEvents(sim, start, inputs) };
}

/** The debrief of such a line, as the app and the CLI build it. */
export function debriefOf(
  id: string,
  events?: readonly string[],
  options: { line?: string; predictions?: readonly Prediction[] } = {},
): Debrief {
  const { scenario, steps } = lineOf(id, events);
  return buildDebrief({
    model: conflictModel,
    scenario,
    steps,
    played: scenario.scenario.played,
    line: options.line ?? 'main',
    ...(options.predictions ? { predictions: options.predictions } : {}),
  });
}
