import { buildLog, logToCsv, logToJson, logToJsonl } from '../../engine/log.ts';
import { narrateLog } from '../../engine/narrate.ts';
import { initialStep } from '../../engine/simulation.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import { applyEvent } from '../../engine/step.ts';
import { tabledRecords } from '../../negotiation/tabling.ts';
import type { ScenarioProposal } from '../../scenario/schema.ts';
import { scriptTablings } from '../../scenario/scriptProposals.ts';
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
    // The script's tablings carry the terms of the proposals they name.
    const tablings = scripted ? scriptTablings(scenario) : new Map<number, ScenarioProposal>();
    const steps = [initialStep(sim)];
    for (const [i, type] of events.entries())
      steps.push(applyEvent(sim, steps[steps.length - 1]!, type, tablings.get(i + 1)));
    // Wall-clock time enters the log only when asked for, so equal runs give equal bytes.
    const built = buildLog(
      sim,
      { id: scenario.id, title: scenario.title, fingerprint: valid.fingerprint },
      steps,
      args.switches.has('timestamp') ? { createdAt: new Date().toISOString() } : {},
    );
    const proposals = tabledRecords(steps);
    const log = proposals.length ? ({ ...built, proposals } as typeof built) : built;
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
