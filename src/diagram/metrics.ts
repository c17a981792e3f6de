/**
 * Text sizes for the diagram, decided before layout. ELK needs every box and label size
 * up front, and the app must draw exactly those sizes, so both read these numbers.
 * Widths are estimated per character on the wide side (bold Verdana/DejaVu Sans is about
 * 0.68 em per character on average): an estimate that errs wide keeps text inside its
 * box in any of the fonts of the stack, which a browser test checks with real glyphs.
 */

/** The font stack of every diagram, in the app and in exported files (system fonts only). */
export const DIAGRAM_FONT = "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', Arial, sans-serif";

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
  /** Average advance of one character, as a share of the font size, in bold. */
  emBold: 0.68,
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

/** The estimated width of the longest line, drawn in bold at `font` px. */
export function textWidth(lines: readonly string[], font: number): number {
  return Math.ceil(Math.max(0, ...lines.map((l) => l.length)) * font * METRICS.emBold);
}

/** A state box's lines and size: sized for bold, so the active state's text fits too. */
export function stateBox(label: string): { lines: string[]; width: number; height: number } {
  const lines = wrapText(label, METRICS.stateWrap);
  const width = Math.max(
    METRICS.stateMinWidth,
    textWidth(lines, METRICS.stateFont) + 2 * METRICS.statePadX,
  );
  return { lines, width, height: lines.length * METRICS.stateLine + 2 * METRICS.statePadY };
}

/** What one event on an arrow reads: its short label, with its guard's name in brackets. */
export function eventText(label: string, guard: string | null): string {
  return guard ? `${label} [${guard}]` : label;
}

/** An arrow label's lines (one group per event, each wrapped) and size. */
export function edgeLabelBox(texts: readonly string[]): {
  lines: string[];
  width: number;
  height: number;
} {
  const lines = texts.flatMap((t) => wrapText(t, METRICS.labelWrap));
  return {
    lines,
    width: textWidth(lines, METRICS.labelFont) + 2 * METRICS.labelPad,
    height: lines.length * METRICS.labelLine + 2 * METRICS.labelPad,
  };
}
