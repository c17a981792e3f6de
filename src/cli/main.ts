import { isUserFacing } from '../engine/errors.ts';
import { UsageError } from './args.ts';
import { diagramCommand } from './commands/diagram.ts';
import { debriefCommand } from './commands/debrief.ts';
import { eventsCommand } from './commands/events.ts';
import { exploreCommand } from './commands/explore.ts';
import { listCommand } from './commands/list.ts';
import { proposeCommand } from './commands/propose.ts';
import { replayCommand } from './commands/replay.ts';
import { rankCommand } from './commands/rank.ts';
import { runCommand } from './commands/run.ts';
import { schemaCommand } from './commands/schema.ts';
import { serveCommand } from './commands/serve.ts';
import { simulateCommand } from './commands/simulate.ts';
import { validateCommand } from './commands/validate.ts';
import type { CliIo, Command } from './context.ts';

/** Every command, in the order help lists them. */
export const commands: Readonly<Record<string, Command>> = {
  list: listCommand,
  validate: validateCommand,
  events: eventsCommand,
  run: runCommand,
  replay: replayCommand,
  explore: exploreCommand,
  simulate: simulateCommand,
  rank: rankCommand,
  propose: proposeCommand,
  debrief: debriefCommand,
  schema: schemaCommand,
  diagram: diagramCommand,
  serve: serveCommand,
};

/** The help text, with examples that run as written. */
export function helpText(): string {
  const rows = Object.values(commands).map(
    (c) => `  escalation-lab ${c.usage}\n      ${c.summary}`,
  );
  return [
    'escalation-lab: step through conflict-escalation scenarios and check their transition logs.',
    '',
    'Usage:',
    ...rows,
    '',
    'FILE|ID is a scenario file, or the id of a bundled scenario (see `list`).',
    '',
    'Examples:',
    '  escalation-lab list',
    '  escalation-lab validate scenarios/baseline-2024-01.json',
    '  escalation-lab run baseline-2024-01 --format text',
    '  escalation-lab run baseline-2024-01 --out log.json && escalation-lab replay log.json',
    '  escalation-lab run baseline-2024-01 --events us.tableProposal,hezbollah.rejectProposal --format csv',
    '',
    'Exit codes: 0 success, 1 bad input or a failed check, 2 wrong usage.',
    '',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. User errors are one line on stderr, never a stack. */
export function main(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.out('escalation-lab 0.1.0\n');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`escalation-lab: unknown command "${name}"; try: escalation-lab --help\n`);
    return 2;
  }
  try {
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`escalation-lab ${name}: ${error.message}\nusage: escalation-lab ${command.usage}\n`);
      return 2;
    }
    if (isUserFacing(error)) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
