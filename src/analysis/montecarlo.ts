import type { FastModel } from './fastModel.ts';
import { mulberry32, pickWeighted, runSeed, type Random } from './random.ts';

/** What a batch of runs needs, besides the fast form and the start. */
export interface BatchSpec {
  readonly runs: number;
  readonly seed: number;
  /** Each run stops after this many input events (or earlier, when none is enabled). */
  readonly steps: number;
  /** The weight of each event by catalog index (see weights.ts). */
  readonly weights: ArrayLike<number>;
  /** The number of the first run (so sweep rows number on). Default 1. */
  readonly firstRun?: number;
}

/** One run's result, as it appears in a row of the CSV. */
export interface RunRecord {
  readonly run: number;
  readonly seed: number;
  /** The outcome at the end of the run. */
  readonly outcome: string;
  /** The step from which the run stayed at its final outcome (0 if it never left it). */
  readonly steps: number;
  /** How many input events the run played (at most the step limit). */
  readonly length: number;
  /** The highest ladder level the run reached. */
  readonly peakLevel: number;
}

/** A run's moves, seen from outside: the enabled events now, and how to take one. */
export interface Walker {
  /** The enabled input events now, by catalog index, in catalog order. */
  readonly enabled: () => ArrayLike<number>;
  /** Take the i-th enabled event. */
  readonly take: (i: number) => void;
  readonly ladder: () => number;
  readonly outcome: () => string;
}

/**
 * One run: at each step one enabled input event is drawn by weight (world events
 * and played parties' decisions alike), then the model moves (reactions and
 * doctrine included). The same loop drives the fast form and the live engine, so
 * the only difference between the two is how a move is computed.
 */
export function walk(
  walker: Walker,
  weights: ArrayLike<number>,
  steps: number,
  random: Random,
): Omit<RunRecord, 'run' | 'seed'> {
  let peakLevel = walker.ladder();
  let outcome = walker.outcome();
  let settled = 0;
  let length = 0;
  const scratch = new Float64Array(64);
  for (let k = 1; k <= steps; k++) {
    const enabled = walker.enabled();
    const count = enabled.length;
    const w = count <= scratch.length ? scratch : new Float64Array(count);
    for (let i = 0; i < count; i++) w[i] = weights[enabled[i]!]!;
    const pick = pickWeighted(w, count, random);
    if (pick < 0) break;
    walker.take(pick);
    length = k;
    const level = walker.ladder();
    if (level > peakLevel) peakLevel = level;
    const now = walker.outcome();
    if (now !== outcome) {
      outcome = now;
      settled = k;
    }
  }
  return { outcome, steps: settled, length, peakLevel };
}

/** A walker over the fast form's table: integer ids and typed arrays only. */
export function fastWalker(fast: FastModel, start: number): Walker {
  let state = start;
  return {
    enabled: () => fast.edges(state).events,
    take: (i) => {
      state = fast.edges(state).targets[i]!;
    },
    ladder: () => fast.ladder(state),
    outcome: () => fast.outcomeIds[fast.outcome(state)]!,
  };
}

/** Runs a batch on the fast form. Deterministic: same spec, same records. */
export function runBatch(fast: FastModel, start: number, spec: BatchSpec): RunRecord[] {
  const records: RunRecord[] = [];
  const first = spec.firstRun ?? 1;
  for (let i = 0; i < spec.runs; i++) {
    const seed = runSeed(spec.seed, i);
    const result = walk(fastWalker(fast, start), spec.weights, spec.steps, mulberry32(seed));
    records.push({ run: first + i, seed, ...result });
  }
  return records;
}
