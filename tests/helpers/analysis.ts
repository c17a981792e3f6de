import { readFileSync } from 'node:fs';
import { conflictModel } from '../../machines/index.ts';
import { applyEvent, availableEvents, canonicalJson, createSimulation, initialStep, type Simulation, type StepResult } from '../../src/engine/index.ts';
import { parseScenario, type ValidScenario } from '../../src/scenario/validate.ts';

/** A scenario file, checked; throws when it does not validate. */
export function loadScenario(file: string): ValidScenario {
  const check = parseScenario(conflictModel, file, readFileSync(file, 'utf8'));
  if (!check.ok) throw new Error(`${file} does not validate: ${JSON.stringify(check.problems)}`);
  return check.value;
}

/** The live engine set up for a scenario, at step 0. */
export function liveStart(valid: ValidScenario): { sim: Simulation; start: StepResult } {
  const { scenario } = valid;
  const sim = createSimulation(conflictModel, { postures: scenario.start.postures, played: scenario.played, seed: scenario.seed });
  return { sim, start: initialStep(sim) };
}

/**
 * Breadth-first search through the live engine (availableEvents + applyEvent):
 * the reference the fast form is checked against. Slow: small scenarios only.
 */
export function liveReachable(sim: Simulation, start: StepResult): Map<string, { distance: number; outcome: string; ladder: number }> {
  const seen = new Map([[canonicalJson(start.postures), { distance: 0, outcome: start.outcome, ladder: start.ladder }]]);
  const queue: [StepResult, number][] = [[start, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [step, d] = queue[head]!;
    for (const e of availableEvents(sim, step)) {
      if (!e.enabled) continue;
      const next = applyEvent(sim, step, e.type);
      const key = canonicalJson(next.postures);
      if (seen.has(key)) continue;
      seen.set(key, { distance: d + 1, outcome: next.outcome, ladder: next.ladder });
      queue.push([next, d + 1]);
    }
  }
  return seen;
}
