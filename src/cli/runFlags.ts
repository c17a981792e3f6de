import { conflictModel } from '../../machines/index.ts';
import { parseSettings } from '../analysis/batch.ts';
import { MAX_SEED, type ParsedArgs, UsageError, wholeNumber, wholeNumberOr } from './args.ts';

/** The flags every Monte Carlo command takes, for its FlagSpec. */
export const RUN_FLAGS = { values: ['runs', 'seed', 'steps'], repeatable: ['set'] } as const;

/** How one command treats the run flags: which are required, the defaults, the largest batch. */
export interface RunFlagRules {
  /** The command's name, for "NAME needs --runs N". */
  readonly command: string;
  readonly maxRuns: number;
  /** Defaults; a flag without one is required. */
  readonly runs?: number;
  readonly seed?: number;
}

/** `--runs`, `--seed`, `--steps` and `--set` read the same way by simulate and rank. */
export interface RunFlags {
  readonly runs: number;
  readonly seed: number;
  readonly steps: number;
  readonly set: ReturnType<typeof parseSettings>;
}

/** The most events a run may take, and how many it takes unless told. */
const MAX_STEPS = 10_000;
const DEFAULT_STEPS = 40;

/** Reads the run flags: a missing required one is a UsageError, a bad value a one-line error. */
export function runFlags(args: ParsedArgs, rules: RunFlagRules): RunFlags {
  const { runs, seed, steps } = args.values;
  if (runs === undefined && rules.runs === undefined)
    throw new UsageError(`${rules.command} needs --runs N`);
  if (seed === undefined && rules.seed === undefined)
    throw new UsageError(`${rules.command} needs --seed S`);
  return {
    runs: wholeNumberOr(runs, rules.runs ?? 0, 'runs', 1, rules.maxRuns),
    seed: wholeNumberOr(seed, rules.seed ?? 0, 'seed', 0, MAX_SEED),
    steps: steps === undefined ? DEFAULT_STEPS : wholeNumber(steps, 'steps', 1, MAX_STEPS),
    set: parseSettings(conflictModel, args.lists.set ?? []),
  };
}
