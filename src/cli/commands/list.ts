import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { loadLibrary } from '../io.ts';
import { formatProblem } from '../../engine/problems.ts';

/** `list`: one bundled scenario a line, `id<TAB>title`. */
export const listCommand: Command = {
  usage: 'list',
  summary: 'List the bundled scenarios (id and title).',
  run(argv, io) {
    const args = parseArgs(argv, {});
    if (args.positionals.length) throw new UsageError('list takes no arguments');
    const library = loadLibrary();
    for (const s of library.scenarios) io.out(`${s.scenario.id}\t${s.scenario.title}\n`);
    for (const p of library.problems) io.err(`${formatProblem(p)}\n`);
    return library.problems.length ? 1 : 0;
  },
};
