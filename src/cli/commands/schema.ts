import { scenarioJsonSchema } from '../../scenario/schema.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';

/** `schema`: prints the JSON Schema of scenario files (generated from the one zod schema). */
export const schemaCommand: Command = {
  usage: 'schema',
  summary: 'Print the JSON Schema of scenario files, for editors.',
  run(argv, io) {
    if (parseArgs(argv, {}).positionals.length) throw new UsageError('schema takes no arguments');
    io.out(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
    return 0;
  },
};
