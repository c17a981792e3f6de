/**
 * The Paths panel's words about the search itself: whether it covered every
 * combination of the parties' positions or stopped at its limit. A stopped search
 * says so in words, and never calls an outcome it did not find unreachable.
 */
import type { PathsReport } from '../../analysis/paths.ts';

const count = (n: number) => n.toLocaleString('en-US');

/** Whether the search stopped at its bound on postures (the counts are then of a part only). */
export function stoppedAtLimit(report: PathsReport): boolean {
  return report.stoppedBy === 'maxPostures';
}

/** The status line under the heading, once the answer is in. */
export function pathsStatus(report: PathsReport, stepIndex: number): string {
  return stoppedAtLimit(report)
    ? `Searched the first ${count(report.reachable)} combinations only (the limit): the outcomes found are shown with their shortest way from step ${stepIndex}.`
    : `Found the shortest way to each outcome from step ${stepIndex}.`;
}

/** What the limit means, shown only when the search stopped at it. */
export function pathsLimitNote(report: PathsReport): string | null {
  if (!stoppedAtLimit(report)) return null;
  return `The model allows more combinations of the parties' positions than the search covers (it stops at ${count(report.maxPostures)}), so an outcome it did not find may still be reachable from here.`;
}

/** How many combinations the search reached, for "How the paths are found". */
export function pathsCoverage(report: PathsReport): string {
  return stoppedAtLimit(report)
    ? `it reached ${count(report.reachable)} different combinations of the parties' positions before stopping at its limit.`
    : `${count(report.reachable)} different combinations of the parties' positions can be reached.`;
}

/** The heading of an outcome the search did not reach. */
export function notReachedHeading(label: string, report: PathsReport): string {
  return stoppedAtLimit(report)
    ? `${label}: not found within the search limit`
    : `${label}: cannot be reached from here`;
}
