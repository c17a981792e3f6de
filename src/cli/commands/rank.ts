import { conflictModel } from '../../../machines/index.ts';
import { rankDecisions, rankingTable } from '../../analysis/rank.ts';
import { scenarioWeights } from '../../analysis/weights.ts';
import { choice, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';
import { RUN_FLAGS, runFlags } from '../runFlags.ts';

const FORMATS = ['table', 'json'] as const;

/** `rank FILE|ID --outcome O`: which single decision of a played party changes the odds of O most. */
export const rankCommand: Command = {
  usage:
    'rank FILE|ID --outcome OUTCOME [--runs N] [--seed S] [--steps K] [--set NAME=VALUE…] [--format table|json]',
  summary:
    "Rank the played parties' decisions by how much never taking each changes the odds of an outcome.",
  run(argv, io) {
    const args = parseArgs(argv, {
      values: [...RUN_FLAGS.values, 'outcome', 'format'],
      repeatable: RUN_FLAGS.repeatable,
    });
    if (args.positionals.length !== 1) throw new UsageError('rank needs one FILE or ID');
    if (args.values.outcome === undefined) throw new UsageError('rank needs --outcome OUTCOME');
    const format = choice(args.values.format, FORMATS, 'table', 'format');
    const { runs, seed, steps, set } = runFlags(args, {
      command: 'rank',
      maxRuns: 100_000,
      runs: 1000,
      seed: 1,
    });
    const { scenario } = resolveScenario(args.positionals[0]!);
    const request = {
      postures: scenario.start.postures,
      played: scenario.played,
      runs,
      seed,
      steps,
      weights: scenarioWeights(scenario.weights),
      set,
    };
    const ranking = rankDecisions(conflictModel, request, args.values.outcome);
    if (format === 'json') {
      io.out(
        `${JSON.stringify({ scenario: scenario.id, runs, seed, steps, ...ranking }, null, 2)}\n`,
      );
    } else {
      io.out(
        `"${scenario.title}": ${runs} runs per variant, seed ${seed}, at most ${steps} steps.\n`,
      );
      io.out(rankingTable(conflictModel, ranking));
      io.out(
        'A teaching simplification: the ranking follows from the weights you chose, not from a forecast.\n',
      );
    }
    return 0;
  },
};
