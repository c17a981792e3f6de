/**
 * The odds and paths in words a student reads: whole runs out of all runs, not
 * shares and medians. The words for each outcome are the model's outcome labels
 * turned into a clause; an outcome the model adds later falls back to its label.
 */
import type { OutcomeOdds } from '../../analysis/summary.ts';

const count = (n: number) => n.toLocaleString('en-US');
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** How a run that ends in each outcome ended, as the end of a sentence. */
const ENDED: Readonly<Record<string, string>> = {
  fullScaleWar: 'the fighting became a full-scale war',
  borderAgreement: 'a mediated border agreement was signed',
  ceasefireHolding: 'a ceasefire was holding at the end',
  managedConflict: 'the fighting stayed contained, short of war and without a settlement',
};

/** "In 712 of 1,000 simulated runs the fighting became a full-scale war." */
export function runsSentence(o: OutcomeOdds, runs: number): string {
  const ended = ENDED[o.outcome] ?? `the run ended in “${o.label}”`;
  return `In ${count(o.runs)} of ${count(runs)} simulated runs ${ended}.`;
}

/** "likely between 70.2% and 75.7%": the 95% interval, in words. */
export function rangeWords(o: OutcomeOdds): string {
  return `${percent(o.share)}, likely between ${percent(o.low)} and ${percent(o.high)}`;
}

/**
 * What the runs that ended here went through: when they settled, and how high the
 * ladder climbed on the way. The peak is over the whole run, so a run that ends in a
 * ceasefire may well have passed through regional war first; that is what it says.
 */
export function pathSentence(o: OutcomeOdds, rungName: (level: number) => string): string | null {
  if (o.runs === 0 || o.medianSteps === null || o.medianPeakLevel === null) return null;
  const peak = Math.round(o.medianPeakLevel);
  const settled = Math.ceil(o.medianSteps);
  return (
    `Half of these runs had reached this outcome for good by event ${settled}. On the way, ` +
    `half of them had climbed to ladder level ${peak} (${rungName(peak)}) or higher at some point.`
  );
}

/** Why the peak can read the same for every outcome: said once, under the list. */
export const PEAK_NOTE =
  'A run is a long chain of random events. Over that many events most runs pass through ' +
  'the top of the ladder at some point, whatever they end in: so the highest level on the ' +
  'way can read the same for every outcome. Fewer events per run (the command line’s ' +
  '--steps) show more difference.';

/** What the likely range means, for the "What does the range mean?" disclosure. */
export const RANGE_NOTE =
  'The runs are a sample. If you ran as many again with other seeds, the share would ' +
  'usually (95 times in 100) land inside this range. It says how sure we are about the ' +
  'model’s share, not how likely anything is in the real world.';
