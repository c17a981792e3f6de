import { conflictModel } from '../../../machines/index.ts';
import { indexModel } from '../../engine/modelIndex.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';

/** `events FILE|ID`: the event catalog, with who controls each event in this scenario. */
export const eventsCommand: Command = {
  usage: 'events FILE|ID',
  summary: 'Print the event catalog: type, label, controlled by, description.',
  run(argv, io) {
    const args = parseArgs(argv, {});
    if (args.positionals.length !== 1) throw new UsageError('events needs one FILE or ID');
    const { scenario } = resolveScenario(args.positionals[0]!);
    const index = indexModel(conflictModel);
    io.out('type\tlabel\tcontrolled by\tdescription\n');
    for (const e of conflictModel.events) {
      const by =
        e.controlledBy === 'world'
          ? 'world'
          : `${index.party(e.controlledBy).name}${scenario.played.includes(e.controlledBy) ? '' : ' (automatic)'}`;
      io.out(`${e.type}\t${e.label}\t${by}\t${e.description}\n`);
    }
    return 0;
  },
};
