/**
 * Drawing helpers shared by the app's diagram and the exported SVG, so both draw the same
 * arrows from the same coordinates: the path of a route, its arrowhead, text positions.
 */
import type { DiagramBox, DiagramPoint, TextLine } from './layoutTypes.ts';
import { METRICS } from './metrics.ts';

/** Length of an arrowhead, in SVG units, and of the head of an arrow just taken. */
export const ARROW = 10;
export const ARROW_TAKEN = 13;

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The route as an SVG path, stopping short of the target by the arrowhead's length so the
 * line does not poke through the head's tip.
 */
export function edgePath(points: readonly DiagramPoint[]): string {
  const p = [...points];
  const end = p[p.length - 1]!;
  const before = p[p.length - 2]!;
  const len = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const cut = Math.min(ARROW * 0.8, len);
  p[p.length - 1] = {
    x: end.x - ((end.x - before.x) / len) * cut,
    y: end.y - ((end.y - before.y) / len) * cut,
  };
  return p.map((q, i) => `${i ? 'L' : 'M'}${fmt(q.x)},${fmt(q.y)}`).join(' ');
}

/** The arrowhead at the route's end, as polygon points ("x,y x,y x,y"), `size` long. */
export function arrowHead(points: readonly DiagramPoint[], size = ARROW): string {
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const len = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / len;
  const uy = (end.y - before.y) / len;
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  const w = size * 0.5;
  return [
    [end.x, end.y],
    [bx - uy * w, by + ux * w],
    [bx + uy * w, by - ux * w],
  ]
    .map(([x, y]) => `${fmt(x!)},${fmt(y!)}`)
    .join(' ');
}

/** Baselines of a state's lines, centred in its box. */
export function stateTextLines(s: DiagramBox & { readonly lines: readonly string[] }): TextLine[] {
  const top = s.y + s.height / 2 - (s.lines.length * METRICS.stateLine) / 2;
  return s.lines.map((text, i) => ({
    x: s.x + s.width / 2,
    y: top + (i + 1) * METRICS.stateLine - 4,
    text,
  }));
}

/**
 * Baselines of an arrow label's lines, centred in the box ELK placed on the arrow (labels
 * are inline: the arrow runs through the middle of its label, drawn on a white ground).
 */
export function edgeTextLines(e: {
  readonly label: DiagramBox & { readonly lines: readonly string[] };
}): TextLine[] {
  return e.label.lines.map((text, i) => ({
    x: e.label.x + e.label.width / 2,
    y: e.label.y + METRICS.labelPad + (i + 1) * METRICS.labelLine - 3,
    text,
  }));
}

/**
 * The accessible name of an arrow, its events then its states:
 * "Reject the US proposal: Reviewing proposal to Rejected proposal".
 */
export function edgeName(
  e: { readonly texts: readonly string[]; readonly from: string; readonly to: string },
  labelOf: (state: string) => string,
): string {
  return `${e.texts.join('; ')}: ${labelOf(e.from)} to ${labelOf(e.to)}`;
}
