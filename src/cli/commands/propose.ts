import { conflictModel } from '../../../machines/index.ts';
import { availabilityOf } from '../../engine/availability.ts';
import { UserFacingError } from '../../engine/errors.ts';
import { buildLog, logToJson } from '../../engine/log.ts';
import { createSimulation, initialStep } from '../../engine/simulation.ts';
import { applyEvent, applyEvents } from '../../engine/step.ts';
import type { StepResult } from '../../engine/types.ts';
import {
  describeReading,
  readDraft,
  TABLE_EVENT,
  tabledRecords,
  worldAt,
} from '../../negotiation/index.ts';
import { parseArgs, UsageError, wholeNumber } from '../args.ts';
import type { Command } from '../context.ts';
import { ProblemsError, readText, resolveScenario, writeText } from '../io.ts';

/** The parties' answers to a tabled proposal, as the engine decides them. */
const ANSWERS = [
  'hezbollah.acceptProposal',
  'hezbollah.rejectProposal',
  'israel.acceptProposal',
] as const;

/** What the engine allows once the proposal is on the table: its accept guards read the same conditions as the reading above. */
function engineLines(sim: ReturnType<typeof createSimulation>, tabled: StepResult): string[] {
  const lines = [
    'The engine, once the proposal is tabled (its accept guards are these conditions):',
  ];
  for (const type of ANSWERS) {
    const a = availabilityOf(sim, tabled, type);
    if (a)
      lines.push(`  ${a.label} (${type}): ${a.enabled ? 'enabled' : `not enabled: ${a.reason}`}`);
  }
  return lines;
}

/**
 * `propose FILE|ID --terms FILE.json`: reads a drafted proposal, shows which parties'
 * stated conditions each term meets or breaks in the world after the script (or
 * `--at N` steps, or `--events`), and with `--table` tables it and writes the log,
 * which `replay` verifies like any other.
 */
export const proposeCommand: Command = {
  usage: 'propose FILE|ID --terms FILE.json [--at N | --events TYPE,…] [--table [--out LOG.json]]',
  summary:
    'Draft a proposal: see which stated conditions each term meets or breaks, then table it.',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['terms', 'at', 'events', 'out'], switches: ['table'] });
    if (args.positionals.length !== 1) throw new UsageError('propose needs one FILE or ID');
    if (args.values.terms === undefined) throw new UsageError('propose needs --terms FILE.json');
    if (args.values.at !== undefined && args.values.events !== undefined)
      throw new UsageError('give --at or --events, not both');
    if (args.values.out !== undefined && !args.switches.has('table'))
      throw new UsageError('--out writes the log of --table');
    const valid = resolveScenario(args.positionals[0]!);
    const { scenario } = valid;
    const draft = readDraft(args.values.terms, readText(args.values.terms));
    if (!draft.ok) throw new ProblemsError(draft.problems);
    const script = scenario.script.map((s) => s.event);
    const at =
      args.values.at === undefined
        ? script.length
        : wholeNumber(args.values.at, 'at', 0, script.length);
    const events =
      args.values.events
        ?.split(',')
        .map((e) => e.trim())
        .filter(Boolean) ?? script.slice(0, at);
    const sim = createSimulation(conflictModel, {
      postures: scenario.start.postures,
      played: scenario.played,
      seed: scenario.seed,
    });
    const steps = applyEvents(sim, initialStep(sim), events);
    const now = steps[steps.length - 1]!;
    const names = Object.fromEntries(conflictModel.parties.map((p) => [p.id, p.name]));
    const table = availabilityOf(sim, now, TABLE_EVENT)!;
    const { proposal } = draft;
    // The proposal goes on the table with its own terms: the parties' accept guards read them.
    const tabled = table.enabled ? applyEvent(sim, now, TABLE_EVENT, proposal) : null;
    if (args.switches.has('table')) {
      if (!tabled)
        throw new UserFacingError(
          `step ${now.index + 1}: the proposal cannot be tabled now: ${table.reason}`,
        );
      const log = buildLog(
        sim,
        { id: scenario.id, title: scenario.title, fingerprint: valid.fingerprint },
        [...steps, tabled],
      );
      const text = logToJson({
        ...log,
        proposals: tabledRecords([...steps, tabled]),
      } as typeof log);
      if (args.values.out) {
        writeText(args.values.out, text);
        io.err(
          `tabled "${proposal.title}" at step ${tabled.index}; wrote ${log.transitions.length} transitions to ${args.values.out}\n`,
        );
      } else {
        io.out(text);
      }
      return 0;
    }
    const where = now.index === 0 ? 'at the start' : `after step ${now.index} (${now.input})`;
    const lines = [
      `${proposal.title} (${proposal.author}${proposal.by ? `: ${proposal.by}` : ''}), read ${where} of ${scenario.id}:`,
      '',
    ];
    lines.push(...describeReading(proposal.terms, worldAt(tabled ?? now), names), '');
    lines.push(
      ...(tabled
        ? engineLines(sim, tabled)
        : [`The proposal cannot be tabled now: ${table.reason}`]),
    );
    io.out(lines.join('\n') + '\n');
    return 0;
  },
};
