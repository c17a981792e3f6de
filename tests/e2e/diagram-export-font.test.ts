/**
 * An exported diagram drawn where only its own font can help it: Chromium renders the
 * SVG file as an image (as the PNG export does, and as a slide tool with a browser engine
 * would), and an image cannot use the page's web fonts. The test reads the pixels back:
 * every state's text lies inside its box, is as wide as the layout measured it, and is
 * pixel for pixel the embedded font's glyphs (compared with the same lines drawn on a
 * canvas in that font, loaded into the page from the same bytes). It runs in the app's
 * page, under its Content-Security-Policy, where the PNG export runs. The same file with
 * its font taken out falls back to a system font (the page's copy of the font does not
 * reach an image) and must fail the glyph comparison.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { layoutParties } from '../../src/diagram/layoutParties.ts';
import type { PartyDiagramLayout } from '../../src/diagram/layoutTypes.ts';
import { METRICS } from '../../src/diagram/metrics.ts';
import { COLOURS, type DiagramMarks, diagramSvg, NO_MARKS } from '../../src/diagram/svg.ts';
import { diagramFontFaces, diagramTextMeasure } from '../../src/server/diagramFont.ts';
import { useApp } from './support/app.ts';

const app = useApp();
const measure = diagramTextMeasure();
const layouts = layoutParties(conflictModel, measure);
const faces = diagramFontFaces();
const SCALE = 2;

/** A state box to read back, in SVG units, with the lines it should show. */
interface Probe {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Active: bold light text on dark; else regular dark text on white. */
  readonly active: boolean;
  readonly lines: readonly { x: number; y: number; text: string }[];
  /** A corner square to skip (the initial-state dot), or 0. */
  readonly skip: number;
}

/** What the image shows in one box: the text's horizontal extent, and its glyph mismatch. */
interface Seen {
  readonly ink: { readonly left: number; readonly right: number } | null;
  /** Mean absolute difference (0–255) between the image and the reference, over the box. */
  readonly mismatch: number;
}

/** The states as probes, with those active under `marks` drawn in bold. */
function probesOf(layout: PartyDiagramLayout, marks: DiagramMarks): Probe[] {
  return layout.states.map((s) => ({
    name: s.state,
    x: s.x,
    y: s.y,
    width: s.width,
    height: s.height,
    active: marks.active.get(s.region) === s.state,
    lines: s.text,
    skip: s.initial ? 14 : 0,
  }));
}

/** The file with the states' text taken out (the reference draws it instead). */
const withoutStateText = (svg: string) =>
  svg
    .split('\n')
    .map((line) =>
      line.startsWith('<g class="state"') ? line.replace(/<text[\s\S]*?<\/text>/, '') : line,
    )
    .join('\n');

/**
 * Draws `svg` as an image at SCALE (as the PNG export does), and beside it a reference:
 * the same file without state text, with the lines drawn on the canvas in the embedded
 * font. Returns what each box shows.
 */
async function look(page: Page, svg: string, bare: string, probes: readonly Probe[]) {
  return page.evaluate(
    async ({ svg, bare, probes, scale, faces, ink, activeInk, size }) => {
      const family = 'Reference diagram font';
      for (const f of faces) {
        const bytes = Uint8Array.from(atob(f.woff2Base64), (c) => c.charCodeAt(0));
        const face = new FontFace(family, bytes, { weight: String(f.weight) });
        document.fonts.add(await face.load());
      }
      const draw = async (text: string) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth * scale;
        canvas.height = image.naturalHeight * scale;
        const context = canvas.getContext('2d')!;
        context.scale(scale, scale);
        context.drawImage(image, 0, 0, image.naturalWidth, image.naturalHeight);
        URL.revokeObjectURL(url);
        return context;
      };
      const shown = await draw(svg);
      const reference = await draw(bare);
      reference.textAlign = 'center';
      reference.textBaseline = 'alphabetic';
      for (const p of probes) {
        reference.font = `${p.active ? 700 : 400} ${size}px "${family}"`;
        reference.fillStyle = p.active ? activeInk : ink;
        for (const l of p.lines) reference.fillText(l.text, l.x, l.y);
      }
      return probes.map((p) => {
        // Inside the border (3 units covers the active state's thick stroke).
        const x0 = Math.ceil((p.x + 3) * scale);
        const y0 = Math.ceil((p.y + 3) * scale);
        const w = Math.floor((p.width - 6) * scale);
        const h = Math.floor((p.height - 6) * scale);
        const a = shown.getImageData(x0, y0, w, h).data;
        const b = reference.getImageData(x0, y0, w, h).data;
        let left = Number.POSITIVE_INFINITY;
        let right = Number.NEGATIVE_INFINITY;
        let difference = 0;
        const luma = (d: Uint8ClampedArray, i: number) =>
          0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            difference += Math.abs(luma(a, i) - luma(b, i));
            if (x < (p.skip - 3) * scale && y < (p.skip - 3) * scale) continue;
            const l = luma(a, i);
            if (p.active ? l > 200 : l < 90) {
              left = Math.min(left, x);
              right = Math.max(right, x + 1);
            }
          }
        return {
          ink:
            left > right ? null : { left: p.x + 3 + left / scale, right: p.x + 3 + right / scale },
          mismatch: difference / (w * h),
        };
      });
    },
    {
      svg,
      bare,
      probes,
      scale: SCALE,
      faces,
      ink: COLOURS.ink,
      activeInk: COLOURS.activeInk,
      size: METRICS.stateFont,
    },
  );
}

/** The mismatch below which a box's text is the embedded font's glyphs (0–255 scale). */
const SAME_GLYPHS = 2;

/**
 * What is wrong with the drawn text of the states: text missing or reaching the edge of
 * its box, bold text not as wide as measured, glyphs that are not the embedded font's.
 */
function problems(probes: readonly Probe[], seen: readonly Seen[]): string[] {
  const out: string[] = [];
  probes.forEach((p, i) => {
    const { ink, mismatch } = seen[i]!;
    if (!ink) {
      out.push(`${p.name}: no text drawn`);
      return;
    }
    if (ink.left < p.x + 6 || ink.right > p.x + p.width - 6)
      out.push(`${p.name}: text reaches the edge of its box`);
    const measured = Math.max(...p.lines.map((l) => measure(l.text, METRICS.stateFont)));
    const drawn = ink.right - ink.left;
    // Ink is a little narrower than the advance width (side bearings), never wider.
    if (p.active && (drawn > measured + 1 || drawn < measured * 0.9 - 2))
      out.push(`${p.name}: drawn ${drawn.toFixed(1)} wide, measured ${measured.toFixed(1)}`);
    if (mismatch > SAME_GLYPHS)
      out.push(`${p.name}: glyphs differ from the embedded font (${mismatch.toFixed(2)})`);
  });
  return out;
}

/** Marks that make the k-th state of every region active (wrapping round short regions). */
function roundOf(layout: PartyDiagramLayout, k: number): DiagramMarks {
  const byRegion = new Map<string | null, string[]>();
  for (const s of layout.states)
    byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s.state]);
  return {
    active: new Map([...byRegion].map(([r, states]) => [r, states[k % states.length]!])),
    taken: new Set(),
  };
}

describe('an exported diagram, drawn as an image without the page fonts', () => {
  it('draws every state label inside its box in the embedded font, bold and regular', async () => {
    // The app's own page: its CSP applies, and it has the font loaded as a page font,
    // which an image cannot use.
    const { page } = await app.open();
    for (const id of ['hezbollah', 'israel']) {
      const layout = layouts.parties[id]!;
      const rounds = Math.max(
        ...layout.regions.map((r) => layout.states.filter((s) => s.region === r.region).length),
      );
      const all = [NO_MARKS, ...Array.from({ length: rounds }, (_, k) => roundOf(layout, k))];
      for (const marks of all) {
        const probes = probesOf(layout, marks);
        const svg = diagramSvg(layout, faces, marks);
        const seen = await look(page, svg, withoutStateText(svg), probes);
        expect(problems(probes, seen), id).toEqual([]);
      }
    }
  }, 180_000);

  it('fails the glyph check when the font is taken out (so the check tests the font)', async () => {
    // The app's own page: its CSP applies, and it has the font loaded as a page font,
    // which an image cannot use.
    const { page } = await app.open();
    const layout = layouts.parties.hezbollah!;
    const marks = roundOf(layout, 0);
    const probes = probesOf(layout, marks);
    const svg = diagramSvg(layout, faces, marks);
    const stripped = svg.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(stripped).not.toContain('@font-face');
    const seen = await look(page, stripped, withoutStateText(svg), probes);
    const wrong = problems(probes, seen).filter((p) => p.includes('glyphs differ'));
    expect(wrong.length).toBe(probes.length);
  }, 60_000);
});
