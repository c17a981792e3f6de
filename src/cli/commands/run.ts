import { buildLog, logToCsv, logToJson, logToJsonl } from '../../engine/log.ts';
import { narrateLog } from '../../engine/narrate.ts';
import { initialStep } from '../../engine/simulation.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import { applyEvents } from '../../engine/step.ts';
import { choice, parseArgs, UsageError } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario, writeText } from '../io.ts';

const FORMATS = ['json', 'csv', 'jsonl', 'text'] as const;

/** `run FILE|ID`: plays the script (or the given events) and writes the transition log. */
export const runCommand: Command = {
  usage:
    'run FILE|ID [--events TYPE,TYPE,…] [--format json|csv|jsonl|text] [--out FILE] [--timestamp]',
  summary: 'Play the script (or your events) and write the transition log.',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['events', 'format', 'out'], switches: ['timestamp'] });
    if (args.positionals.length !== 1) throw new UsageError('run needs one FILE or ID');
    const format = choice(args.values.format, FORMATS, 'json', 'format');
    const valid = resolveScenario(args.positionals[0]!);
    const { scenario } = valid;
    const scripted = args.values.events === undefined;
    const events = scripted
      ? scenario.script.map((s) => s.event)
      : args.values
          .events!.split(',')
          .map((e) => e.trim())
          .filter(Boolean);
    const sim = simulationFor(scenario);
    const steps = applyEvents(sim, initialStep(sim), events);
    // Wall-clock time enters the log only when asked for, so equal runs give equal bytes.
    const log = buildLog(
      sim,
      { id: scenario.id, title: scenario.title, fingerprint: valid.fingerprint },
      steps,
      args.switches.has('timestamp') ? { createdAt: new Date().toISOString() } : {},
    );
    const narration = scripted ? scenario.script.map((s) => s.narration) : [];
    const text = {
      json: logToJson,
      csv: (l: typeof log) => logToCsv(l, sim.index),
      jsonl: logToJsonl,
      text: () => narrateLog(sim.index, log, narration),
    }[format](log);
    if (args.values.out) {
      writeText(args.values.out, text);
      io.err(`wrote ${log.transitions.length} transitions to ${args.values.out}\n`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
