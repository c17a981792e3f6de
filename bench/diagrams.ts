/**
 * Diagram layout bench (`npm run bench:diagrams`): how long the build step of issue 10
 * takes, i.e. ELK (elkjs, layered) laying out every party machine in Node, cold (first run
 * in a fresh process, including ELK's start-up and reading the diagram font) and warm (median of further runs), and how
 * big the coordinates are that the page carries. Reported, never asserted.
 */
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { conflictModel } from '../machines/index.ts';
import { jsonForHtml } from '../src/build/diagramLayoutPlugin.ts';
import { layoutParties } from '../src/diagram/layoutParties.ts';
import { diagramTextMeasure } from '../src/server/diagramFont.ts';

const RUNS = 10;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const cold = timed(() => layoutParties(conflictModel, diagramTextMeasure()));
const warm = Array.from(
  { length: RUNS },
  () => timed(() => layoutParties(conflictModel, diagramTextMeasure())).ms,
).sort((a, b) => a - b);
const json = jsonForHtml(cold.value);
const parties = Object.values(cold.value.parties);

const states = parties.reduce((n, p) => n + p.states.length, 0);
const arrows = parties.reduce((n, p) => n + p.edges.length, 0);
const kB = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `diagram layout (ELK layered, ${parties.length} parties, ${states} states, ${arrows} arrows)`,
);
console.log(`  cold (first run, ELK start-up included): ${cold.ms.toFixed(0)} ms`);
console.log(`  warm (median of ${RUNS}): ${warm[Math.floor(RUNS / 2)]!.toFixed(0)} ms`);
console.log(
  `  coordinates in the page: ${kB(json.length)} kB, ${kB(gzipSync(json).length)} kB gzip`,
);
console.log(
  `  machine: ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
