import { isUserFacing } from '../../engine/errors.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';

/** `validate FILE|ID…`: `ok FILE` per valid file; every problem of the others on stderr. */
export const validateCommand: Command = {
  usage: 'validate FILE|ID…',
  summary: 'Check scenario files: every problem with its JSON pointer.',
  run(argv, io) {
    const args = parseArgs(argv, {});
    if (!args.positionals.length) throw new UsageError('validate needs at least one FILE or ID');
    let failed = false;
    for (const arg of args.positionals) {
      try {
        const valid = resolveScenario(arg);
        io.out(`ok ${valid.file}\n`);
      } catch (error) {
        if (!isUserFacing(error)) throw error;
        io.err(`${error.message}\n`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  },
};
