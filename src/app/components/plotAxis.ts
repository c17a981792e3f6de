/**
 * The ladder plot's step axis: step numbers, or, where every step of the line is a
 * dated step of the script (a historical line), each tick's date. Pure, so the ticks
 * are tested without a browser. Ticks are thinned so their labels never collide: the
 * plot keeps its width on a phone, and a date is wider than a number.
 */
import type { ScriptStep } from '../../scenario/schema.ts';

/** One labelled tick: the step it sits at, its label, and the year under it (dates only). */
export interface AxisTick {
  readonly step: number;
  readonly label: string;
  /** Shown under the first dated tick and wherever the year changes; null otherwise. */
  readonly year: string | null;
}

/** The axis: its title and ticks. */
export interface StepAxis {
  readonly dated: boolean;
  readonly title: string;
  readonly ticks: readonly AxisTick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-01-18" → "18 Jan" (year 2024); "2023-07" → "Jul" (year 2023). */
export function shortDate(date: string): { label: string; year: string } {
  const [year = date, month, day] = date.split('-');
  const name = month ? (MONTHS[Number(month) - 1] ?? month) : year;
  return { label: day ? `${Number(day)} ${name}` : name, year };
}

/**
 * The date of each step of a line (index 0, the start, has none), or null unless every
 * step after the start follows the script and the script dates it: a line that left
 * the script has no dates to show past that point, so its axis counts steps.
 */
export function stepDates(
  inputs: readonly (string | null | undefined)[],
  script: readonly ScriptStep[],
): (string | null)[] | null {
  if (inputs.length < 2) return null;
  const dates: (string | null)[] = [null];
  for (let i = 1; i < inputs.length; i++) {
    const scripted = script[i - 1];
    if (!scripted?.date || scripted.event !== inputs[i]) return null;
    dates.push(scripted.date);
  }
  return dates;
}

/** Candidate ticks: up to `most` evenly spaced whole steps from 0 to n, both ends included. */
function evenTicks(n: number, most: number): number[] {
  const every = Math.max(1, Math.ceil(n / Math.max(1, most - 1)));
  const ticks: number[] = [];
  for (let i = 0; i < n; i += every) ticks.push(i);
  ticks.push(n);
  return ticks;
}

/**
 * Keeps ticks at least `gap` pixels apart (the last tick wins over the one before it),
 * where `x` places a step.
 */
function spaced(steps: readonly number[], x: (step: number) => number, gap: number): number[] {
  const kept: number[] = [];
  for (const s of steps) {
    const prev = kept[kept.length - 1];
    if (prev !== undefined && x(s) - x(prev) < gap) {
      if (s === steps[steps.length - 1] && kept.length > 1) kept[kept.length - 1] = s;
      continue;
    }
    kept.push(s);
  }
  return kept;
}

/**
 * Pixels between tick centres for a number label, and for a date label ("18 Jan", about
 * 40 px at the plot's type size; the last label is right-aligned, so it needs more).
 */
const NUMBER_GAP = 30;
export const DATE_GAP = 60;

/**
 * The axis of a line of `n` steps drawn `width` pixels wide (x places a step): dates
 * when `dates` is given, else step numbers.
 */
export function stepAxis(
  n: number,
  dates: readonly (string | null)[] | null,
  x: (step: number) => number,
  width: number,
): StepAxis {
  if (!dates) {
    const most = Math.min(6, Math.floor(width / NUMBER_GAP) + 1);
    const ticks = spaced(evenTicks(n, most), x, NUMBER_GAP).map((step) => ({
      step,
      label: String(step),
      year: null,
    }));
    return { dated: false, title: 'Step', ticks };
  }
  const most = Math.min(6, Math.floor(width / DATE_GAP) + 1);
  // Steps on one date share a label: keep the first step of each date among the candidates.
  const candidates = evenTicks(n, most).filter(
    (s, i, all) => s === 0 || i === 0 || dates[s] !== dates[all[i - 1]!],
  );
  let lastYear: string | null = null;
  const ticks = spaced(candidates, x, DATE_GAP).map((step): AxisTick => {
    if (step === 0) return { step, label: 'Start', year: null };
    const { label, year } = shortDate(dates[step]!);
    const shown = year === lastYear ? null : year;
    lastYear = year;
    return { step, label, year: shown };
  });
  return { dated: true, title: 'Date of each step', ticks };
}
