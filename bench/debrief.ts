/**
 * `npm run bench:debrief`: how long a debrief takes to build and render, on the
 * longest bundled script (historical-2023-2024, 23 steps) and on a 200-step line of
 * the sandbox. The refused-moves section asks the engine about every event at every
 * step, so it is the part that grows with the line. Figures as `name: value` lines;
 * never asserted in tests.
 */
import { readFileSync } from 'node:fs';
import { conflictModel } from '../machines/index.ts';
import {
  buildDebrief,
  compareLines,
  debriefHtml,
  debriefMarkdown,
  debriefStatements,
} from '../src/debrief/index.ts';
import { applyEvent, availableEvents, createSimulation, initialStep } from '../src/engine/index.ts';
import type { StepResult } from '../src/engine/index.ts';
import { parseScenario, type ValidScenario } from '../src/scenario/validate.ts';

const ROUNDS = 20;

function load(id: string): ValidScenario {
  const file = `scenarios/${id}.json`;
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const check = parseScenario(conflictModel, file, text);
  if (!check.ok) throw new Error(`${file} does not validate`);
  return check.value;
}

/** A line of `length` steps: the script, then enabled events in turn (deterministic). */
function lineOf(valid: ValidScenario, length: number): StepResult[] {
  const s = valid.scenario;
  const sim = createSimulation(conflictModel, {
    postures: s.start.postures,
    played: s.played,
    seed: s.seed,
  });
  const steps = [initialStep(sim)];
  for (let i = 0; i < length; i++) {
    const enabled = availableEvents(sim, steps[i]!).filter((a) => a.enabled);
    const scripted = s.script[i]?.event;
    const event = scripted ?? enabled[i % enabled.length]?.type;
    if (!event) break;
    steps.push(applyEvent(sim, steps[i]!, event));
  }
  return steps;
}

/** Median milliseconds of `ROUNDS` calls. */
function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);

for (const [id, length] of [
  ['historical-2023-2024', 23],
  ['sandbox', 200],
] as const) {
  const scenario = load(id);
  const steps = lineOf(scenario, length);
  const input = {
    model: conflictModel,
    scenario,
    steps,
    played: scenario.scenario.played,
    line: 'main',
  };
  const d = buildDebrief(input);
  line(`${id} steps`, d.steps.length);
  line(`${id} build ms (median of ${ROUNDS})`, median(() => buildDebrief(input)).toFixed(1));
  line(`${id} markdown ms`, median(() => debriefMarkdown(d)).toFixed(2));
  line(`${id} html ms`, median(() => debriefHtml(d)).toFixed(2));
  line(`${id} xapi ms`, median(() => debriefStatements(d)).toFixed(2));
  line(`${id} compare ms`, median(() => compareLines(d, d)).toFixed(2));
}
