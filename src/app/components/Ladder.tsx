/**
 * The escalation ladder: a meter with the rung's name, and a small plot of the level
 * over the steps of the current line (the cursor marked), its steps dated where the
 * line follows a dated (historical) script.
 */
import { memo } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import type { StepResult } from '../../engine/index.ts';
import type { ScriptStep } from '../../scenario/schema.ts';
import { rungName } from '../state/announce.ts';
import { shortDate, stepAxis, stepDates } from './plotAxis.ts';

/** The four outcomes, the current one marked: a class sees from the start where a line can end. */
export function OutcomeList({ current }: { current: string }) {
  return (
    <ul className="outcomes" aria-label="Outcomes">
      {conflictModel.outcomes.map((o) => (
        <li key={o.id} aria-current={o.id === current ? 'true' : undefined} title={o.description}>
          {o.label}
          {o.id === current && <span className="visually-hidden"> (now)</span>}
        </li>
      ))}
    </ul>
  );
}

/** The ladder level now, as a meter from 0 to 10. */
export function LadderGauge({ level, outcome }: { level: number; outcome: string }) {
  const name = rungName(level);
  return (
    <div className="ladder">
      <div id="ladder-label" className="ladder-label">
        Escalation ladder: <strong>{level}</strong> of 10, {name}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: the rung marks are drawn inside; a <meter> cannot hold them. */}
      <div
        className="meter"
        role="meter"
        aria-labelledby="ladder-label"
        aria-valuemin={0}
        aria-valuemax={10}
        aria-valuenow={level}
        aria-valuetext={`${level} of 10: ${name}`}
        data-level={level}
      >
        <div className="meter-fill" style={{ width: `${level * 10}%` }} />
      </div>
      <p className="outcome">Outcome so far: {outcome}</p>
    </div>
  );
}

/** "18 Jan 2024" from "2024-01-18". */
const fullDate = (date: string) => {
  const { label, year } = shortDate(date);
  return `${label} ${year}`;
};

/** The plot in words: short even for a long line (a list of 300 levels helps nobody). */
export function plotSummary(
  steps: readonly StepResult[],
  cursor: number,
  dates: readonly (string | null)[] | null = null,
): string {
  const levels = steps.map((s) => s.ladder);
  const n = levels.length - 1;
  const span =
    dates && n >= 1 ? ` Steps dated ${fullDate(dates[1]!)} to ${fullDate(dates[n]!)}.` : '';
  return plotLevels(levels, n, cursor) + span;
}

function plotLevels(levels: readonly number[], n: number, cursor: number): string {
  if (n <= 12)
    return `Ladder level at each of ${n} step${n === 1 ? '' : 's'}: ${levels.join(', ')}.`;
  const highest = levels.reduce((max, l) => Math.max(max, l), 0);
  return `Ladder level over ${n} steps: ${levels[0]} at the start, highest ${highest}, ${levels[n]} at the end; ${levels[cursor] ?? levels[n]} at step ${cursor}.`;
}

/**
 * The steps worth drawing: all of them on a short line; on a long one, per pixel
 * column only the first, lowest, highest and last, which draws the same envelope.
 * A 10,000-step line then costs about a thousand points instead of ten thousand.
 */
export function plotIndices(levels: readonly number[], columns: number): number[] {
  if (levels.length <= columns * 2) return levels.map((_, i) => i);
  const kept: number[] = [];
  const perColumn = levels.length / columns;
  for (let c = 0; c < columns; c++) {
    const from = Math.floor(c * perColumn);
    const to = Math.min(levels.length, Math.floor((c + 1) * perColumn));
    if (from >= to) continue;
    let low = from;
    let high = from;
    for (let i = from; i < to; i++) {
      if (levels[i]! < levels[low]!) low = i;
      if (levels[i]! > levels[high]!) high = i;
    }
    for (const i of [...new Set([from, low, high, to - 1])].sort((a, b) => a - b)) kept.push(i);
  }
  return kept;
}

const W = 320;
/** Below the plot: room for the step numbers (and, for dates, the years) and the axis name. */
const FOOT = 34;
const YEAR_ROW = 12;

/**
 * The level over the steps of a line, as a step plot; the axis shows dates when the
 * whole line follows a dated script. Re-renders only when the line or cursor changes.
 */
export const LadderPlot = memo(function LadderPlot({
  steps,
  cursor,
  script = [],
}: {
  steps: readonly StepResult[];
  cursor: number;
  /** The scenario's script: its dates label the axis of a line that follows it. */
  script?: readonly ScriptStep[];
}) {
  const n = Math.max(1, steps.length - 1);
  const dates = stepDates(
    steps.map((s) => s.input),
    script,
  );
  const H = 112 + (dates ? YEAR_ROW : 0);
  const foot = FOOT + (dates ? YEAR_ROW : 0);
  const x = (i: number) => 24 + (i / n) * (W - 32);
  const y = (level: number) => 8 + (1 - level / 10) * (H - foot - 8);
  const axis = stepAxis(steps.length - 1, dates, x, W - 32);
  const levels = steps.map((s) => s.ladder);
  const points = plotIndices(levels, W - 32)
    .map((i) => `${x(i).toFixed(1)},${y(levels[i]!).toFixed(1)}`)
    .join(' ');
  const at = steps[cursor];
  return (
    <figure className="ladder-plot">
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={plotSummary(steps, cursor, dates)}
      >
        <line x1={24} y1={y(0)} x2={W - 8} y2={y(0)} className="axis" />
        <line x1={24} y1={y(10)} x2={24} y2={y(0)} className="axis" />
        <text x={2} y={y(10) + 5} className="axis-label">
          10
        </text>
        <text x={10} y={y(0) + 5} className="axis-label">
          0
        </text>
        {axis.ticks.map((t, i) => {
          // The last label ends at the plot's edge rather than centring on it (it would be cut off).
          const last = i > 0 && i === axis.ticks.length - 1;
          const at = last ? W - 2 : x(t.step);
          return (
            <text
              key={t.step}
              x={at}
              y={y(0) + 16}
              textAnchor={last ? 'end' : 'middle'}
              className="axis-label"
              data-step={t.step}
            >
              {t.label}
              {t.year && (
                <tspan x={at} dy={YEAR_ROW}>
                  {t.year}
                </tspan>
              )}
            </text>
          );
        })}
        <text x={W / 2} y={H - 2} textAnchor="middle" className="axis-label">
          {axis.title}
        </text>
        <polyline points={points} className="level-line" />
        {at && <circle cx={x(cursor)} cy={y(at.ladder)} r={5} className="cursor-dot" />}
      </svg>
      <figcaption>
        Ladder level (0–10) at each step of this line
        {dates ? ', labelled with the date of the events each step stands for' : ''}; dot: the
        current step.
      </figcaption>
    </figure>
  );
});
