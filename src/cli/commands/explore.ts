import { conflictModel } from '../../../machines/index.ts';
import { applyEvents, createSimulation, initialStep, UserFacingError } from '../../engine/index.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import { DEFAULT_MAX_POSTURES, pathsFrom, pathsText } from '../../analysis/paths.ts';
import { choice, parseArgs, UsageError, wholeNumberOr } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';

const FORMATS = ['text', 'json'] as const;
/** The most --max-postures accepts: far past what fits in memory, so it never binds first. */
const MAX_POSTURES_FLAG = 100_000_000;

/** `explore FILE|ID`: every reachable joint posture and the shortest path to each outcome. */
export const exploreCommand: Command = {
  usage:
    'explore FILE|ID [--to OUTCOME] [--from-step N] [--proposal ID] [--max-postures N] [--format text|json]',
  summary: `List the shortest event sequence to each outcome (or why none exists), from the start or a script step. The search stops at ${DEFAULT_MAX_POSTURES.toLocaleString('en-US')} joint postures unless --max-postures says otherwise, and says when it did.`,
  run(argv, io) {
    const args = parseArgs(argv, {
      values: ['to', 'from-step', 'proposal', 'max-postures', 'format'],
    });
    if (args.positionals.length !== 1) throw new UsageError('explore needs one FILE or ID');
    const format = choice(args.values.format, FORMATS, 'text', 'format');
    const valid = resolveScenario(args.positionals[0]!);
    const { scenario } = valid;
    const to = args.values.to;
    const outcomeIds = conflictModel.outcomes.map((o) => o.id);
    if (to !== undefined && !outcomeIds.includes(to))
      throw new UserFacingError(`unknown outcome "${to}" (one of ${outcomeIds.join(', ')})`);
    const fromStep = wholeNumberOr(
      args.values['from-step'],
      0,
      'from-step',
      0,
      scenario.script.length,
    );
    const maxPostures = wholeNumberOr(
      args.values['max-postures'],
      DEFAULT_MAX_POSTURES,
      'max-postures',
      1,
      MAX_POSTURES_FLAG,
    );
    // One proposal of the library at every tabling keeps the search exhaustive and finite.
    const chosen = args.values.proposal;
    const proposal =
      chosen === undefined ? undefined : scenario.proposals?.find((p) => p.id === chosen);
    if (chosen !== undefined && !proposal) {
      const ids = (scenario.proposals ?? []).map((p) => p.id);
      throw new UserFacingError(
        `unknown proposal "${chosen}" (${ids.length ? `one of ${ids.join(', ')}` : `${scenario.id} has no proposals`})`,
      );
    }
    const base = simulationFor(scenario);
    const sim = proposal
      ? createSimulation(conflictModel, { ...base.setup, terms: proposal.terms })
      : base;
    const steps = applyEvents(
      sim,
      initialStep(sim),
      scenario.script.slice(0, fromStep).map((s) => s.event),
    );
    const at = steps[steps.length - 1]!;
    const report = pathsFrom(
      conflictModel,
      at.postures,
      scenario.played,
      { maxPostures },
      proposal?.terms,
    );
    const shown = {
      ...report,
      outcomes: report.outcomes.filter((o) => to === undefined || o.outcome === to),
    };
    if (format === 'json') {
      io.out(
        `${JSON.stringify({ scenario: scenario.id, fromStep, proposal: proposal?.id ?? null, ladder: at.ladder, outcome: at.outcome, ...shown }, null, 2)}\n`,
      );
    } else {
      io.out(
        pathsText(
          conflictModel,
          shown,
          `Paths from step ${fromStep} of "${scenario.title}" (now: ${at.outcome}, ladder ${at.ladder}; every tabling tables ${proposal ? `"${proposal.title}"` : 'the standing US proposal'})`,
        ),
      );
      if (report.stoppedBy === 'maxPostures')
        io.out('To search further, raise the bound with --max-postures N.\n');
    }
    return 0;
  },
};
