import { conflictModel } from '../../../machines/index.ts';
import { parseSweep, runsToCsv, simulate } from '../../analysis/batch.ts';
import { summaryTable } from '../../analysis/summary.ts';
import { scenarioWeights } from '../../analysis/weights.ts';
import { choice, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';
import { RUN_FLAGS, runFlags } from '../runFlags.ts';

const FORMATS = ['table', 'csv', 'json'] as const;

/**
 * `simulate FILE|ID --runs N --seed S`: seeded Monte Carlo runs on the fast form.
 * Table: each outcome's share with a 95% Wilson interval. CSV: one row per run
 * (BehaviorSpace's table layout). With --sweep, table and csv both give the rows.
 */
export const simulateCommand: Command = {
  usage:
    'simulate FILE|ID --runs N --seed S [--steps K] [--set NAME=VALUE…] [--sweep NAME=FROM:TO:STEP] [--format table|csv|json]',
  summary:
    'Run N seeded Monte Carlo runs: the share of each outcome (95% interval), median steps, peak ladder level.',
  run(argv, io) {
    const args = parseArgs(argv, {
      values: [...RUN_FLAGS.values, 'sweep', 'format'],
      repeatable: RUN_FLAGS.repeatable,
    });
    if (args.positionals.length !== 1) throw new UsageError('simulate needs one FILE or ID');
    const { runs, seed, steps, set } = runFlags(args, { command: 'simulate', maxRuns: 1_000_000 });
    const format = choice(args.values.format, FORMATS, 'table', 'format');
    const sweep = args.values.sweep === undefined ? null : parseSweep(args.values.sweep);
    const { scenario } = resolveScenario(args.positionals[0]!);
    const result = simulate(conflictModel, {
      postures: scenario.start.postures,
      played: scenario.played,
      runs,
      seed,
      steps,
      weights: scenarioWeights(scenario.weights),
      set,
      sweep,
    });
    if (format === 'json') {
      io.out(
        `${JSON.stringify({ scenario: scenario.id, runs, seed, steps, ...result }, null, 2)}\n`,
      );
    } else if (format === 'csv' || sweep) {
      io.out(runsToCsv(result));
    } else {
      const settings = Object.entries(set)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      io.out(
        `"${scenario.title}": ${runs} runs, seed ${seed}, at most ${steps} steps${settings ? `, ${settings}` : ''}.\n\n`,
      );
      io.out(summaryTable(result.groups[0]!.summary));
      io.out(
        'A teaching simplification: shares follow from the weights you chose, not from a forecast.\n',
      );
    }
    return 0;
  },
};
