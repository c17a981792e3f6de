/**
 * Text sizes for the diagram, decided before layout. ELK needs every box and label size
 * up front, and the app must draw exactly those sizes, so both read these numbers.
 * Widths are measured with the glyphs of the one font every diagram is drawn in
 * (font.ts, measured by textMeasure.ts), in bold, so marked text fits too; a browser test
 * checks the drawn text against its boxes.
 */
import type { MeasureText } from './textMeasure.ts';

export { DIAGRAM_FONT } from './font.ts';

/** Sizes in SVG units (1 unit = 1 CSS px at 100%). */
export const METRICS = {
  stateFont: 14,
  stateLine: 18,
  stateWrap: 18,
  statePadX: 14,
  statePadY: 12,
  stateMinWidth: 128,
  labelFont: 12,
  labelLine: 15,
  labelWrap: 24,
  labelPad: 4,
  titleFont: 14,
  titleHeight: 30,
} as const;

/** Splits text into lines of at most `width` characters, at spaces (a long word keeps its line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** The width of the longest line, drawn in bold at `font` px, rounded up to a whole px. */
export function textWidth(lines: readonly string[], font: number, measure: MeasureText): number {
  return Math.ceil(Math.max(0, ...lines.map((l) => measure(l, font))));
}

/** The lines a state's label is drawn in. */
export function stateLines(label: string): string[] {
  return wrapText(label, METRICS.stateWrap);
}

/** A state box's lines and size: sized for bold, so the active state's text fits too. */
export function stateBox(
  label: string,
  measure: MeasureText,
): { lines: string[]; width: number; height: number } {
  const lines = stateLines(label);
  const width = Math.max(
    METRICS.stateMinWidth,
    textWidth(lines, METRICS.stateFont, measure) + 2 * METRICS.statePadX,
  );
  return { lines, width, height: lines.length * METRICS.stateLine + 2 * METRICS.statePadY };
}

/** What one event on an arrow reads: its short label, with its guard's name in brackets. */
export function eventText(label: string, guard: string | null): string {
  return guard ? `${label} [${guard}]` : label;
}

/** An arrow label's lines: one group per event, each wrapped. */
export function edgeLabelLines(texts: readonly string[]): string[] {
  return texts.flatMap((t) => wrapText(t, METRICS.labelWrap));
}

/** An arrow label's lines and size, sized for bold (the label of the arrow just taken). */
export function edgeLabelBox(
  texts: readonly string[],
  measure: MeasureText,
): {
  lines: string[];
  width: number;
  height: number;
} {
  const lines = edgeLabelLines(texts);
  return {
    lines,
    width: textWidth(lines, METRICS.labelFont, measure) + 2 * METRICS.labelPad,
    height: lines.length * METRICS.labelLine + 2 * METRICS.labelPad,
  };
}
