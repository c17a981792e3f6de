import { conflictModel } from '../../../machines/index.ts';
import { readLog, replayLog } from '../../engine/replay.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { ProblemsError, readText, resolveScenario } from '../io.ts';

/** `replay LOG`: re-runs a log's inputs and checks every recorded transition. */
export const replayCommand: Command = {
  usage: 'replay LOG.json|LOG.jsonl [--scenario FILE]',
  summary: 'Re-run a log on its scenario and verify every transition.',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['scenario'] });
    if (args.positionals.length !== 1) throw new UsageError('replay needs one LOG file');
    const file = args.positionals[0]!;
    const read = readLog(file, readText(file));
    if (!read.ok) throw new ProblemsError(read.problems);
    const scenario = resolveScenario(args.values.scenario ?? read.log.scenario.id);
    const result = replayLog(conflictModel, scenario, read.log);
    if (!result.ok) {
      io.err(`${file}: ${result.message}\n`);
      return 1;
    }
    io.out(`verified ${result.transitions} transitions${result.note ? ` (${result.note})` : ''}\n`);
    return 0;
  },
};
