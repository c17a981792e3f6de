import { conflictModel } from '../../../machines/index.ts';
import { readLog, replayLog } from '../../engine/replay.ts';
import { checkTabled, tabledProposalsInText, tablingsOf } from '../../negotiation/tabling.ts';
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
    const text = readText(file);
    const read = readLog(file, text);
    if (!read.ok) throw new ProblemsError(read.problems);
    const scenario = resolveScenario(args.values.scenario ?? read.log.scenario.id);
    // Tabled proposals ride along in the log: each tabling step replays with its recorded terms.
    const tabled = tabledProposalsInText(text);
    if (!tabled.ok) {
      io.err(`${file}: ${tabled.message}\n`);
      return 1;
    }
    const result = replayLog(conflictModel, scenario, read.log, tablingsOf(tabled.tabled));
    if (!result.ok) {
      io.err(`${file}: ${result.message}\n`);
      return 1;
    }
    // Their recorded verdicts are checked against the replayed steps.
    const problem = checkTabled(tabled.tabled, result.steps);
    if (problem) {
      io.err(`${file}: ${problem}\n`);
      return 1;
    }
    const proposals = tabled.tabled.length
      ? ` and ${tabled.tabled.length} tabled proposal${tabled.tabled.length > 1 ? 's' : ''}`
      : '';
    io.out(
      `verified ${result.transitions} transitions${proposals}${result.note ? ` (${result.note})` : ''}\n`,
    );
    return 0;
  },
};
