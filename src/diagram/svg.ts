/**
 * A party's diagram as a standalone SVG file, pure: for slides and worksheets. Drawn from
 * the same coordinates and helpers as the app, with the active states and the arrows
 * taken in the last step marked. Styling is in presentation attributes; the only CSS is
 * the `@font-face` that carries the diagram font inside the file (with its licence notice),
 * so the text is drawn in the font its boxes were sized for in any viewer that reads SVG
 * fonts from CSS: browsers, and the slide tools that render SVG with a browser engine.
 */
import {
  DIAGRAM_FONT_NOTICE,
  DIAGRAM_FONT_WEIGHTS,
  type EmbeddedFontFace,
  fontFaceCss,
} from './font.ts';
import { edgeKey } from './graph.ts';
import type { PartyDiagramLayout } from './layoutTypes.ts';
import { DIAGRAM_FONT, METRICS } from './metrics.ts';

/** What the picture marks: the active state per region and the arrows just taken. */
export interface DiagramMarks {
  /** Active state by region (null for a flat machine). */
  readonly active: ReadonlyMap<string | null, string>;
  /** "region|from|to" keys of the arrows taken in the last step. */
  readonly taken: ReadonlySet<string>;
}

/** No marks: the machine as it is written. */
export const NO_MARKS: DiagramMarks = { active: new Map(), taken: new Set() };

/** The colours, chosen for contrast on white and in greyscale print. */
export const COLOURS = {
  ink: '#1d1d1b',
  muted: '#5c5c58',
  box: '#ffffff',
  boxStroke: '#5a6b80',
  active: '#0b5cad',
  activeInk: '#ffffff',
  edge: '#6f6f6f',
  taken: '#b34700',
  region: '#f7f7f4',
  regionStroke: '#c4c4bc',
} as const;

/** Escapes text for XML content and attributes. */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The diagram as an SVG file: a `<g class="state">` per state, a `<g class="edge">` per
 * arrow, with both faces of the diagram font embedded (`faces`, one per weight drawn).
 */
export function diagramSvg(
  layout: PartyDiagramLayout,
  faces: readonly EmbeddedFontFace[],
  marks: DiagramMarks = NO_MARKS,
): string {
  for (const weight of DIAGRAM_FONT_WEIGHTS)
    if (!faces.some((f) => f.weight === weight))
      throw new Error(`An exported diagram needs the diagram font in weight ${weight}`);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"` +
      ` viewBox="0 0 ${layout.width} ${layout.height}" font-family="${xml(DIAGRAM_FONT)}">`,
    `<title>${xml(`${layout.name}: statechart`)}</title>`,
    `<!--\n${DIAGRAM_FONT_NOTICE.replace(/--/g, '- -')}\n-->`,
    `<style>\n${fontFaceCss(faces)}\n</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  for (const r of layout.regions) {
    out.push(
      `<g class="region" data-region="${xml(r.region ?? '')}">` +
        `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="8"` +
        ` fill="${COLOURS.region}" stroke="${COLOURS.regionStroke}" stroke-dasharray="6 4"/>` +
        `<text x="${r.x + 14}" y="${r.y + 22}" font-size="${METRICS.titleFont}" font-weight="700"` +
        ` fill="${COLOURS.muted}">${xml(r.title)}</text></g>`,
    );
  }
  for (const e of layout.edges) {
    const taken = marks.taken.has(edgeKey(e.region, e.from, e.to));
    const colour = taken ? COLOURS.taken : COLOURS.edge;
    const text = e.text.map((l) => `<tspan x="${l.x}" y="${l.y}">${xml(l.text)}</tspan>`).join('');
    out.push(
      `<g class="edge" data-from="${xml(e.from)}" data-to="${xml(e.to)}"` +
        ` data-region="${xml(e.region ?? '')}"${taken ? ' data-taken="true"' : ''}>` +
        `<title>${xml(e.name)}</title>` +
        `<path d="${e.path}" fill="none" stroke="${colour}"` +
        ` stroke-width="${taken ? 3.5 : 1.5}"/>` +
        `<polygon points="${taken ? e.headTaken : e.head}" fill="${colour}"/>` +
        `<rect x="${e.label.x}" y="${e.label.y}" width="${e.label.width}"` +
        ` height="${e.label.height}" rx="3" fill="#ffffff" fill-opacity="0.92"/>` +
        `<text font-size="${METRICS.labelFont}" text-anchor="middle"` +
        ` fill="${taken ? COLOURS.taken : COLOURS.ink}"` +
        `${taken ? ' font-weight="700"' : ''}>${text}</text></g>`,
    );
  }
  for (const s of layout.states) {
    const active = marks.active.get(s.region) === s.state;
    const text = s.text.map((l) => `<tspan x="${l.x}" y="${l.y}">${xml(l.text)}</tspan>`).join('');
    out.push(
      `<g class="state" data-state="${xml(s.state)}" data-region="${xml(s.region ?? '')}"` +
        `${active ? ' data-active="true"' : ''}>` +
        `<title>${xml(s.label + (active ? ' (current state)' : ''))}</title>` +
        `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="10"` +
        ` fill="${active ? COLOURS.active : COLOURS.box}"` +
        ` stroke="${active ? '#062f5a' : COLOURS.boxStroke}" stroke-width="${active ? 3 : 1.5}"/>` +
        (s.initial
          ? `<circle cx="${s.x + 9}" cy="${s.y + 9}" r="4" fill="${COLOURS.muted}"/>`
          : '') +
        `<text font-size="${METRICS.stateFont}" text-anchor="middle"` +
        ` fill="${active ? COLOURS.activeInk : COLOURS.ink}"` +
        `${active ? ' font-weight="700"' : ''}>` +
        `${text}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
