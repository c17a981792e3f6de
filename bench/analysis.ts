/**
 * `npm run bench`: how fast, and how exact, the analysis is. Prints its figures as
 * `name: value` lines, the six the issue asks for last. Timings are measured here
 * and never asserted in tests.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { conflictModel } from '../machines/index.ts';
import { explore } from '../src/analysis/explore.ts';
import { buildFastModel } from '../src/analysis/fastModel.ts';
import { liveWalker } from '../src/analysis/liveWalk.ts';
import { runBatch, walk, type RunRecord } from '../src/analysis/montecarlo.ts';
import { mulberry32, runSeed } from '../src/analysis/random.ts';
import { scenarioWeights, weightVector } from '../src/analysis/weights.ts';
import { canonicalJson, createSimulation, initialStep } from '../src/engine/index.ts';
import { parseScenario } from '../src/scenario/validate.ts';
import { actorWalker } from '../tests/helpers/actorWalker.ts';
import { graphShortestPathLengths } from './xstateGraph.ts';

const RUNS = 10_000;
const STEPS = 40;
const SEED = 20240118;
const LIVE_RUNS = 1_000;
/** The reduced model for xstate/graph: the full one (hundreds of thousands of states) would take minutes there. */
const REDUCED_EVENTS = (type: string) =>
  /^(world|hezbollah|israel)\./.test(type) ||
  ['us.sendEnvoy', 'us.tableProposal', 'us.brokerDeal'].includes(type);

const file = 'scenarios/baseline-2024-01.json';
const check = parseScenario(
  conflictModel,
  file,
  readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'),
);
if (!check.ok) throw new Error(`${file} does not validate`);
const { scenario } = check.value;
const played = scenario.played;
const weights = weightVector(conflictModel, scenarioWeights(scenario.weights));
const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** CPU seconds (user + system) of this process since `c0`: unlike wall time, not inflated by other load. */
const cpuSeconds = (c0: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(c0);
  return (used.user + used.system) / 1e6;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
const events = (records: readonly RunRecord[]) => records.reduce((n, r) => n + r.length, 0);

// 1. Monte Carlo on the fast form, from a cold start: the table is filled as the runs need it.
const cold = buildFastModel(conflictModel, played);
let t0 = performance.now();
const fastRecords = runBatch(cold, cold.idOf(scenario.start.postures), {
  runs: RUNS,
  seed: SEED,
  steps: STEPS,
  weights,
});
const fastSeconds = seconds(t0);
const fastRate = events(fastRecords) / fastSeconds;
t0 = performance.now();
runBatch(cold, cold.idOf(scenario.start.postures), {
  runs: RUNS,
  seed: SEED + 1,
  steps: STEPS,
  weights,
});
const warmRate = (RUNS * STEPS) / seconds(t0);
line(
  'montecarlo.runs',
  `${RUNS} × up to ${STEPS} events (${events(fastRecords)} events), cold start, table states interned: ${cold.size()}`,
);
line('montecarlo.events_per_second_warm', Math.round(warmRate));

// 2a. The baseline: the same runs with one XState actor per party machine per run (createActor + send).
t0 = performance.now();
const actorRecords: RunRecord[] = [];
for (let i = 0; i < LIVE_RUNS; i++) {
  const seed = runSeed(SEED, i);
  actorRecords.push({
    run: i + 1,
    seed,
    ...walk(
      actorWalker(conflictModel, played, scenario.start.postures),
      weights,
      STEPS,
      mulberry32(seed),
    ),
  });
}
const actorRate = events(actorRecords) / seconds(t0);
line('montecarlo.actor_events_per_second', Math.round(actorRate));
const actorAgreeing = actorRecords.filter(
  (r, i) => canonicalJson(r) === canonicalJson(fastRecords[i]),
).length;
line('montecarlo.actor_agreement', `${actorAgreeing}/${LIVE_RUNS}`);

// 2b. The same runs on the live engine (availableEvents + applyEvent, as the app and CLI step).
const sim = createSimulation(conflictModel, {
  postures: scenario.start.postures,
  played,
  seed: scenario.seed,
});
const start = initialStep(sim);
t0 = performance.now();
const liveRecords: RunRecord[] = [];
for (let i = 0; i < LIVE_RUNS; i++) {
  const seed = runSeed(SEED, i);
  liveRecords.push({
    run: i + 1,
    seed,
    ...walk(liveWalker(sim, start), weights, STEPS, mulberry32(seed)),
  });
}
const liveRate = events(liveRecords) / seconds(t0);
line('montecarlo.live_engine_events_per_second', Math.round(liveRate));
const agreeing = liveRecords.filter(
  (r, i) => canonicalJson(r) === canonicalJson(fastRecords[i]),
).length;

// 3. Exploration of the full model from a cold start, unbounded: every reachable joint posture.
const loadBefore = load();
const fresh = buildFastModel(conflictModel, played);
let c0 = process.cpuUsage();
t0 = performance.now();
const full = explore(fresh, fresh.idOf(scenario.start.postures));
const exploreSeconds = seconds(t0);
const exploreCpu = cpuSeconds(c0);
line(
  'explore.full_model',
  `${full.reachable} joint postures, ${full.transitions} transitions, ${full.complete ? 'complete' : 'partial'}`,
);
// The largest bundled scenario, from its own start (its played parties and postures).
const historicalFile = 'scenarios/historical-2023-2024.json';
const historicalCheck = parseScenario(
  conflictModel,
  historicalFile,
  readFileSync(new URL(`../${historicalFile}`, import.meta.url), 'utf8'),
);
if (!historicalCheck.ok) throw new Error(`${historicalFile} does not validate`);
const historical = historicalCheck.value.scenario;
const historicalFast = buildFastModel(conflictModel, historical.played);
c0 = process.cpuUsage();
t0 = performance.now();
const historicalFull = explore(historicalFast, historicalFast.idOf(historical.start.postures));
line(
  'explore.historical_model',
  `${historicalFull.reachable} joint postures, ${historicalFull.transitions} transitions, ${historicalFull.complete ? 'complete' : 'partial'}, ${seconds(t0).toFixed(3)} s wall, ${cpuSeconds(c0).toFixed(3)} s CPU`,
);

// 4. xstate/graph's getShortestPaths on the reduced model, against our search of the same one.
const allowed = new Set(conflictModel.events.map((e) => e.type).filter(REDUCED_EVENTS));
const reducedFast = buildFastModel(conflictModel, played);
t0 = performance.now();
const ours = explore(reducedFast, reducedFast.idOf(scenario.start.postures), {
  allowedEvents: allowed,
});
const oursSeconds = seconds(t0);
t0 = performance.now();
const graph = graphShortestPathLengths(conflictModel, scenario.start.postures, played, allowed);
const graphSeconds = seconds(t0);
const sameLengths =
  graph.size === ours.reachable &&
  Array.from(ours.reached).every(
    (id) => graph.get(canonicalJson(reducedFast.postures(id))) === ours.distanceOf(id),
  );
line(
  'explore.reduced_model',
  `${allowed.size} of ${conflictModel.events.length} events (world, Hezbollah, Israel, three US moves): ${ours.reachable} joint postures`,
);
line(
  'explore.reduced_model_seconds',
  `${oursSeconds.toFixed(3)} (ours, cold) vs ${graphSeconds.toFixed(2)} (xstate/graph getShortestPaths)`,
);

line('montecarlo.events_per_second', `${Math.round(fastRate)} (fast form, cold start)`);
line('montecarlo.speedup_vs_live_engine', (fastRate / liveRate).toFixed(1));
line(
  'montecarlo.speedup_vs_actor_baseline',
  `${(fastRate / actorRate).toFixed(1)} (baseline: an XState actor per party per run, createActor + send, ${LIVE_RUNS} runs)`,
);
line('montecarlo.agreement', `${agreeing}/${LIVE_RUNS}`);
line('explore.seconds', exploreSeconds.toFixed(3));
line('explore.cpu_seconds', exploreCpu.toFixed(3));
line('explore.load_average', `${loadBefore} (1, 5, 15 min, before the exploration; 2 cores)`);
line(
  'explore.speedup_vs_xstate_graph',
  `${(graphSeconds / oursSeconds).toFixed(1)} (reduced model, ${ours.reachable} states; both cold)`,
);
line('explore.agreement', sameLengths ? 'yes' : 'no');
