import type { OutcomeSpec } from '../../machines/types.ts';
import type { RunRecord } from './montecarlo.ts';
import { median, wilsonInterval } from './stats.ts';

/** One outcome's line in a batch summary. */
export interface OutcomeOdds {
  readonly outcome: string;
  readonly label: string;
  readonly runs: number;
  /** runs / all runs. */
  readonly share: number;
  /** 95% Wilson interval of the share. */
  readonly low: number;
  readonly high: number;
  /** Median step from which runs that ended here stayed here (null when none did). */
  readonly medianSteps: number | null;
  /** Median of those runs' peak ladder levels (null when none). */
  readonly medianPeakLevel: number | null;
}

/** A batch in a few numbers: every outcome's odds, and the highest level any run reached. */
export interface BatchSummary {
  readonly runs: number;
  readonly outcomes: readonly OutcomeOdds[];
  readonly peakLevel: number;
}

/** Summarises runs per outcome, in the model's outcome order (outcomes no run reached included). */
export function summarize(
  outcomes: readonly OutcomeSpec[],
  records: readonly RunRecord[],
): BatchSummary {
  const n = records.length;
  let peakLevel = 0;
  for (const r of records) if (r.peakLevel > peakLevel) peakLevel = r.peakLevel;
  return {
    runs: n,
    peakLevel,
    outcomes: outcomes.map((spec) => {
      const mine = records.filter((r) => r.outcome === spec.id);
      const { low, high } = wilsonInterval(mine.length, n);
      return {
        outcome: spec.id,
        label: spec.label,
        runs: mine.length,
        share: n === 0 ? 0 : mine.length / n,
        low,
        high,
        medianSteps: median(mine.map((r) => r.steps)),
        medianPeakLevel: median(mine.map((r) => r.peakLevel)),
      };
    }),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plain-text table of a summary, for the terminal. */
export function summaryTable(summary: BatchSummary): string {
  const header = ['outcome', 'runs', 'share', '95% interval', 'median steps', 'median peak level'];
  const rows = summary.outcomes.map((o) => [
    o.outcome,
    String(o.runs),
    percent(o.share),
    `${percent(o.low)}–${percent(o.high)}`,
    o.medianSteps === null ? '–' : String(o.medianSteps),
    o.medianPeakLevel === null ? '–' : String(o.medianPeakLevel),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  return [
    line(header),
    ...rows.map(line),
    '',
    `${summary.runs} runs; highest ladder level reached: ${summary.peakLevel}`,
    '',
  ].join('\n');
}
