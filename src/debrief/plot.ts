/**
 * The geometry of a ladder plot (level 0–10 against step), for one or two lines on
 * one axis. Pure numbers, so the HTML export and the app draw the same picture.
 */

/** One line's polyline. */
export interface PlotSeries {
  readonly name: string;
  readonly points: string;
  /** The dash pattern that tells the lines apart without colour ("" for solid). */
  readonly dash: string;
}

/** A whole plot: its size, its axis ticks and each series. */
export interface LadderPlotGeometry {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly series: readonly PlotSeries[];
}

const DASHES = ['', '6 4'] as const;

/** Lays out a ladder plot of one or two series (ladder levels from step 0). */
export function ladderPlot(series: readonly { name: string; ladders: readonly number[] }[]) {
  const width = 480;
  const height = 200;
  const left = 32;
  const top = 10;
  const plotWidth = width - left - 12;
  const plotHeight = height - top - 28;
  const steps = Math.max(1, ...series.map((s) => s.ladders.length - 1));
  const x = (step: number) => left + (step / steps) * plotWidth;
  const y = (level: number) => top + plotHeight - (level / 10) * plotHeight;
  const every = Math.max(1, Math.ceil(steps / 10));
  const xTicks = [];
  for (let s = 0; s <= steps; s += every) xTicks.push({ x: x(s), label: String(s) });
  const yTicks = [0, 2, 4, 6, 8, 10].map((level) => ({ y: y(level), label: String(level) }));
  const geometry: LadderPlotGeometry = {
    width,
    height,
    left,
    top,
    plotWidth,
    plotHeight,
    xTicks,
    yTicks,
    series: series.map((s, i) => ({
      name: s.name,
      points: s.ladders
        .map((level, step) => `${x(step).toFixed(1)},${y(level).toFixed(1)}`)
        .join(' '),
      dash: DASHES[i % DASHES.length]!,
    })),
  };
  return geometry;
}
