import { beforeAll, describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { layoutParties } from '../../src/diagram/layoutParties.ts';
import type { DiagramLayouts, PartyDiagramLayout } from '../../src/diagram/layoutTypes.ts';
import { DIAGRAM_FONT_FAMILY } from '../../src/diagram/font.ts';
import { edgeKey } from '../../src/diagram/graph.ts';
import { diagramSvg as drawSvg, type DiagramMarks, xml } from '../../src/diagram/svg.ts';
import { diagramFontFaces, diagramTextMeasure } from '../../src/server/diagramFont.ts';
import { machineStates, machineTransitions } from '../helpers/diagram.ts';
import { svgFontFacts } from '../helpers/svgFont.ts';

let layouts: DiagramLayouts;
beforeAll(() => {
  layouts = layoutParties(conflictModel, diagramTextMeasure());
}, 60_000);

const faces = diagramFontFaces();
const diagramSvg = (layout: PartyDiagramLayout, marks?: DiagramMarks) =>
  drawSvg(layout, faces, marks);

const groups = (svg: string, kind: 'state' | 'edge') =>
  [...svg.matchAll(new RegExp(`<g class="${kind}"([^>]*)>`, 'g'))].map((m) => m[1]!);
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

describe.each(conflictModel.parties.map((p) => [p.id, p] as const))(
  'the exported SVG of %s',
  (_, party) => {
    it('has one element per state and one per arrow (pair of states with transitions)', () => {
      const svg = diagramSvg(layouts.parties[party.id]!);
      const states = groups(svg, 'state').map(
        (a) => `${attr(a, 'data-region')}|${attr(a, 'data-state')}`,
      );
      expect(states.sort()).toEqual(machineStates(party).sort());
      const arrows = groups(svg, 'edge').map(
        (a) => `${attr(a, 'data-region')}|${attr(a, 'data-from')}|${attr(a, 'data-to')}`,
      );
      const pairs = new Set(
        machineTransitions(party).map((t) => t.split('|').slice(0, 3).join('|')),
      );
      expect(arrows.sort()).toEqual([...pairs].sort());
    });

    it('writes every arrow label and every state label as text', () => {
      const layout = layouts.parties[party.id]!;
      const svg = diagramSvg(layout);
      for (const s of layout.states)
        for (const line of s.lines) expect(svg).toContain(`>${xml(line)}</tspan>`);
      for (const e of layout.edges)
        for (const line of e.label.lines) expect(svg).toContain(`>${xml(line)}</tspan>`);
    });
  },
);

describe('marks in the exported SVG', () => {
  it('marks the active state of each region and only the arrows just taken', () => {
    const layout = layouts.parties.hezbollah!;
    const svg = diagramSvg(layout, {
      active: new Map([
        ['military', 'expandedFire'],
        ['condition', 'linkedToGaza'],
      ]),
      taken: new Set(['military|supportFront|expandedFire']),
    });
    const active = groups(svg, 'state').filter((a) => a.includes('data-active="true"'));
    expect(active.map((a) => attr(a, 'data-state')).sort()).toEqual([
      'expandedFire',
      'linkedToGaza',
    ]);
    const taken = groups(svg, 'edge').filter((a) => a.includes('data-taken="true"'));
    expect(taken.map((a) => `${attr(a, 'data-from')}>${attr(a, 'data-to')}`)).toEqual([
      'supportFront>expandedFire',
    ]);
  });

  it('carries its font inside: one @font-face per weight, as a WOFF2 data URL', () => {
    const facts = svgFontFacts(diagramSvg(layouts.parties.israel!));
    expect(facts.rootFamily).toBe(DIAGRAM_FONT_FAMILY);
    expect(facts.faces.map((f) => [f.family, f.weight, f.mime])).toEqual([
      [DIAGRAM_FONT_FAMILY, 400, 'font/woff2'],
      [DIAGRAM_FONT_FAMILY, 700, 'font/woff2'],
    ]);
    // The bytes are whole WOFF2 files ("wOF2" signature), not paths to somewhere else.
    for (const f of facts.faces) expect(f.bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(facts.licenceNotice).toBe(true);
  });

  it('draws all its text in that family: no element names another, nothing is fetched', () => {
    const layout = layouts.parties.israel!;
    const [state, edge] = [layout.states[0]!, layout.edges[0]!];
    // Marked, so the bold text of an active state and an arrow just taken is in the file.
    const svg = diagramSvg(layout, {
      active: new Map([[state.region, state.state]]),
      taken: new Set([edgeKey(edge.region, edge.from, edge.to)]),
    });
    expect(svg).toContain('font-weight="700"');
    expect(svgFontFacts(svg).otherFamilies).toEqual([]);
    expect(svg).not.toMatch(/@import|url\((?!data:)|href=/);
    // Everything else is styled by presentation attributes: the one style element is the font.
    expect(svg.match(/<style/g)).toHaveLength(1);
  });

  it('refuses to export without both faces of the font', () => {
    const layout = layouts.parties.israel!;
    expect(() => drawSvg(layout, [])).toThrow('needs the diagram font in weight 400');
    expect(() => drawSvg(layout, faces.slice(0, 1))).toThrow('weight 700');
  });

  it('escapes text for XML', () => {
    expect(xml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
