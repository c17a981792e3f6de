/**
 * `npm run bench:handout`: how long building each scenario's handout takes, student
 * copy and teacher's copy (the teacher's plays the script for the answer key and runs
 * the shortest-path searches). Printed as `name: value` lines; never asserted in tests.
 * The machine's load average matters on a shared machine: report it with the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { conflictModel } from '../machines/index.ts';
import { buildHandout } from '../src/handout/handoutModel.ts';
import { parseScenario } from '../src/scenario/validate.ts';

const ROUNDS = 20;
const dir = new URL('../scenarios/', import.meta.url);
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.json') && n !== 'scenario.schema.json')
  .sort();

/** Median of a few timed runs, in milliseconds (the first run, with cold caches, is reported apart). */
function time(fn: () => unknown): { first: number; median: number } {
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  const first = runs[0]!;
  const sorted = runs.slice(1).sort((a, b) => a - b);
  return { first, median: sorted[Math.floor(sorted.length / 2)]! };
}

console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const name of files) {
  const check = parseScenario(conflictModel, name, readFileSync(new URL(name, dir), 'utf8'));
  if (!check.ok) throw new Error(`${name} does not validate`);
  const { scenario } = check.value;
  const student = time(() => buildHandout(scenario, conflictModel));
  const teacher = time(() => buildHandout(scenario, conflictModel, { teacher: true }));
  const id = scenario.id;
  console.log(`handout ${id} student ms (median of ${ROUNDS - 1}): ${student.median.toFixed(2)}`);
  console.log(
    `handout ${id} teacher ms (first / median): ${teacher.first.toFixed(1)} / ${teacher.median.toFixed(1)}`,
  );
}
