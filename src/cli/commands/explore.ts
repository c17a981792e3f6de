import { conflictModel } from '../../../machines/index.ts';
import { applyEvents, createSimulation, initialStep, UserFacingError } from '../../engine/index.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import { pathsFrom, pathsText } from '../../analysis/paths.ts';
import { choice, parseArgs, UsageError, wholeNumberOr } from '../args.ts';
import type { Command } from '../context.ts';
import { resolveScenario } from '../io.ts';

const FORMATS = ['text', 'json'] as const;

/** `explore FILE|ID`: every reachable joint posture and the shortest path to each outcome. */
export const exploreCommand: Command = {
  usage: 'explore FILE|ID [--to OUTCOME] [--from-step N] [--proposal ID] [--format text|json]',
  summary:
    'List the shortest event sequence to each outcome (or why none exists), from the start or a script step.',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['to', 'from-step', 'proposal', 'format'] });
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
    const report = pathsFrom(conflictModel, at.postures, scenario.played, {}, proposal?.terms);
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
    }
    return 0;
  },
};
