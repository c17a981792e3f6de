import type { ProposalTerms } from '../../machines/terms.ts';
import type { ConflictModel, Postures } from '../../machines/types.ts';
import { indexModel } from '../engine/index.ts';
import {
  explore,
  type ExploreOptions,
  type Exploration,
  type OutcomePaths,
  type StopReason,
} from './explore.ts';
import { compileModel } from './fastModel.ts';

/**
 * The bound on joint postures for `explore` and the app's Paths panel, unless they
 * are given another. The baseline of model 3.0.0 reaches 367,758 joint postures; the
 * bound leaves room for the machines to grow while keeping the search within seconds
 * and the table within a few hundred megabytes. Past it the search stops and says so
 * (`complete` false, `stoppedBy` "maxPostures"): it never passes off a partial search
 * as a whole one.
 */
export const DEFAULT_MAX_POSTURES = 1_000_000;

/** The search from one point, ready to print or render. */
export interface PathsReport {
  readonly reachable: number;
  readonly transitions: number;
  readonly complete: boolean;
  /** Why the search stopped early (null when complete): every outcome found, or the bound. */
  readonly stoppedBy: StopReason | null;
  /** The bound on joint postures that applied. */
  readonly maxPostures: number;
  readonly maxLadder: number;
  readonly outcomes: readonly OutcomePaths[];
}

/**
 * Every outcome's shortest path from a joint posture, for a set of played
 * parties, with `terms` on the table at every tabling (absent: the standing US proposal).
 * Shared by `escalation-lab explore` and the app's Paths panel. The search reaches at
 * most `options.maxPostures` joint postures (default `DEFAULT_MAX_POSTURES`).
 */
export function pathsFrom(
  model: ConflictModel,
  postures: Postures,
  played: readonly string[],
  options: ExploreOptions = {},
  terms?: ProposalTerms,
): PathsReport {
  const fast = compileModel(model, played, terms);
  const found: Exploration = explore(fast, fast.idOf(postures), {
    maxPostures: DEFAULT_MAX_POSTURES,
    ...options,
  });
  return {
    reachable: found.reachable,
    transitions: found.transitions,
    complete: found.complete,
    stoppedBy: found.stoppedBy,
    maxPostures: found.maxPostures,
    maxLadder: found.maxLadder,
    outcomes: found.outcomes,
  };
}

/**
 * What a search that stopped at its bound covered, in words; null when the search
 * was complete or stopped only because it had found every outcome.
 */
export function partialText(report: PathsReport): string | null {
  if (report.stoppedBy !== 'maxPostures') return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return `Partial result: the search stopped at its bound of ${n(report.maxPostures)} joint postures, before it had covered every reachable one. The counts are of the postures searched, and an outcome it did not find may still be reachable.`;
}

/** Who decides an event, by name: "Israel", or "the world" for exogenous events. */
export function deciderName(model: ConflictModel, controlledBy: string): string {
  return controlledBy === 'world' ? 'the world' : indexModel(model).party(controlledBy).name;
}

/** The report as plain text: one block per outcome, one numbered line per event. */
export function pathsText(model: ConflictModel, report: PathsReport, heading: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `${heading}: ${n(report.reachable)} reachable joint postures, ${n(report.transitions)} transitions${report.complete ? '' : ' (search stopped early)'}.`,
    '',
  ];
  const partial = partialText(report);
  if (partial) lines.push(partial, '');
  for (const o of report.outcomes) {
    if (!o.reachable) {
      lines.push(
        `${o.label} (${o.outcome}): ${report.complete ? 'unreachable' : 'not found'}. ${o.why}`,
      );
      for (const b of o.blockedBy) lines.push(`  - ${b.guard}: ${b.description}`);
    } else if (o.path!.length === 0) {
      lines.push(
        `${o.label} (${o.outcome}): already the outcome here (0 events; ${n(o.postures)} reachable postures have it).`,
      );
    } else {
      lines.push(
        `${o.label} (${o.outcome}): shortest path ${o.path!.length} event${o.path!.length === 1 ? '' : 's'} (${n(o.postures)} reachable postures have it).`,
      );
      for (const [i, step] of o.path!.entries()) {
        lines.push(
          `  ${i + 1}. ${step.label} [${step.event}], decided by ${deciderName(model, step.controlledBy)} → ladder ${step.ladder}, ${step.outcome}`,
        );
      }
    }
    lines.push('');
  }
  lines.push(
    'A teaching simplification: a path shows what the model allows, not what will happen.',
    '',
  );
  return lines.join('\n');
}
