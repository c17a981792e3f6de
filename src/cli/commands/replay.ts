import { conflictModel } from '../../../machines/index.ts';
import { readLog, replayLog } from '../../engine/replay.ts';
import { checkTabled, tabledProposalsOf } from '../../negotiation/tabling.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { ProblemsError, readText, resolveScenario } from '../io.ts';

/** The file as one JSON value, or null for JSON Lines (which carries no tabled proposals). */
function wholeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

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
    const result = replayLog(conflictModel, scenario, read.log);
    if (!result.ok) {
      io.err(`${file}: ${result.message}\n`);
      return 1;
    }
    // Tabled proposals ride along in the log; their verdicts are checked against the replayed steps.
    const tabled = tabledProposalsOf(wholeJson(text));
    const problem = tabled.ok ? checkTabled(tabled.tabled, result.steps) : tabled.message;
    if (problem) {
      io.err(`${file}: ${problem}\n`);
      return 1;
    }
    const proposals =
      tabled.ok && tabled.tabled.length
        ? ` and ${tabled.tabled.length} tabled proposal${tabled.tabled.length > 1 ? 's' : ''}`
        : '';
    io.out(
      `verified ${result.transitions} transitions${proposals}${result.note ? ` (${result.note})` : ''}\n`,
    );
    return 0;
  },
};
