import type { ConflictModel, Postures } from '../../machines/types.ts';
import { UserFacingError } from '../engine/index.ts';
import { compileModel } from './fastModel.ts';
import { runBatch, type RunRecord } from './montecarlo.ts';
import { summarize, type BatchSummary } from './summary.ts';
import { checkWeight, weightVector, type WeightMap } from './weights.ts';

/** A parameter swept over a range: BehaviorSpace's `[name from step to]`. */
export interface Sweep {
  readonly name: string;
  readonly values: readonly number[];
}

/** Everything a batch needs; plain data, so the CLI and the browser worker pass the same thing. */
export interface SimulateRequest {
  readonly postures: Postures;
  readonly played: readonly string[];
  readonly runs: number;
  readonly seed: number;
  readonly steps: number;
  /** The scenario's own weights, by event type. */
  readonly weights: WeightMap;
  /** Overrides on top (`--set`, the app's sliders): listed as parameters in the runs CSV. */
  readonly set: WeightMap;
  readonly sweep?: Sweep | null;
}

/** One run with the parameter values it ran under: a row of the runs CSV. */
export interface RunRow extends RunRecord {
  readonly parameters: Readonly<Record<string, number>>;
}

/** A batch's answer: a summary per sweep value (one when not sweeping) and every run. */
export interface SimulateResult {
  readonly parameterNames: readonly string[];
  readonly groups: readonly {
    readonly parameters: Readonly<Record<string, number>>;
    readonly summary: BatchSummary;
  }[];
  readonly rows: readonly RunRow[];
}

/** The most runs one request may ask for (per sweep value times values). */
export const MAX_TOTAL_RUNS = 2_000_000;

/**
 * Runs a batch on the fast form: pure and deterministic (same request, same
 * result), so the CLI and the browser worker compute identical numbers.
 */
export function simulate(model: ConflictModel, request: SimulateRequest): SimulateResult {
  const values = request.sweep ? request.sweep.values : [null];
  if (request.runs * values.length > MAX_TOTAL_RUNS)
    throw new UserFacingError(
      `too many runs: ${request.runs} × ${values.length} values (at most ${MAX_TOTAL_RUNS.toLocaleString('en-US')} in all)`,
    );
  if (request.sweep)
    for (const v of request.sweep.values) checkWeight(model, request.sweep.name, v);
  const fast = compileModel(model, request.played);
  const start = fast.idOf(request.postures);
  // Constant parameters are those set on top of the scenario, as BehaviorSpace lists them.
  const fixed = request.set;
  const parameterNames = [
    ...(request.sweep ? [request.sweep.name] : []),
    ...Object.keys(fixed).filter((k) => k !== request.sweep?.name),
  ];
  const groups: SimulateResult['groups'][number][] = [];
  const rows: RunRow[] = [];
  values.forEach((value, g) => {
    const layers =
      value === null
        ? [request.weights, fixed]
        : [request.weights, fixed, { [request.sweep!.name]: value }];
    const weights = weightVector(model, ...layers);
    const records = runBatch(fast, start, {
      runs: request.runs,
      seed: request.seed,
      steps: request.steps,
      weights,
      firstRun: g * request.runs + 1,
    });
    const parameters: Record<string, number> = {};
    for (const name of parameterNames)
      parameters[name] = name === request.sweep?.name ? value! : fixed[name]!;
    groups.push({ parameters, summary: summarize(model.outcomes, records) });
    for (const r of records) rows.push({ ...r, parameters });
  });
  return { parameterNames, groups, rows };
}

/** The runs as CSV in BehaviorSpace's table layout: run,seed,<parameters>,outcome,steps,peak_level. */
export function runsToCsv(result: SimulateResult): string {
  const header = ['run', 'seed', ...result.parameterNames, 'outcome', 'steps', 'peak_level'];
  const lines = result.rows.map((r) =>
    [
      r.run,
      r.seed,
      ...result.parameterNames.map((n) => r.parameters[n]),
      r.outcome,
      r.steps,
      r.peakLevel,
    ].join(','),
  );
  return [header.join(','), ...lines, ''].join('\n');
}

/**
 * Parses `NAME=FROM:TO:STEP` into the values it covers (inclusive, rounded to
 * the step's decimals so 0.1 steps do not drift). Bad syntax is a one-line error.
 */
export function parseSweep(text: string): Sweep {
  const match = /^([^=\s]+)=(-?[\d.]+):(-?[\d.]+):([\d.]+)$/.exec(text);
  if (!match)
    throw new UserFacingError(
      `--sweep must be NAME=FROM:TO:STEP, such as world.massCasualtyIncident=0:4:1 (got "${text}")`,
    );
  const [, name, fromText, toText, stepText] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const from = Number(fromText);
  const to = Number(toText);
  const step = Number(stepText);
  if (![from, to, step].every(Number.isFinite) || !(step > 0) || to < from) {
    throw new UserFacingError(
      `--sweep ${name}: need FROM ≤ TO and STEP > 0 (got ${fromText}:${toText}:${stepText})`,
    );
  }
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > 1000)
    throw new UserFacingError(`--sweep ${name}: ${count} values is too many (at most 1000)`);
  const decimals = Math.max(...[fromText, stepText].map((t) => (t.split('.')[1] ?? '').length));
  const values = Array.from({ length: count }, (_, i) =>
    Number((from + i * step).toFixed(decimals)),
  );
  return { name, values };
}

/** Parses `NAME=VALUE` settings into a weight map; bad syntax is a one-line error. */
export function parseSettings(
  model: ConflictModel,
  settings: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const text of settings) {
    const match = /^([^=\s]+)=(.+)$/.exec(text);
    if (!match)
      throw new UserFacingError(
        `--set must be NAME=VALUE, such as world.massCasualtyIncident=3 (got "${text}")`,
      );
    const value = Number(match[2]);
    if (match[2]!.trim() === '' || Number.isNaN(value))
      throw new UserFacingError(`--set ${match[1]}: "${match[2]}" is not a number`);
    checkWeight(model, match[1]!, value);
    out[match[1]!] = value;
  }
  return out;
}
