import { beforeAll, describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { layoutParties } from '../../src/diagram/layoutParties.ts';
import type { DiagramLayouts } from '../../src/diagram/layoutTypes.ts';
import { diagramSvg, xml } from '../../src/diagram/svg.ts';
import { machineStates, machineTransitions } from '../helpers/diagram.ts';

let layouts: DiagramLayouts;
beforeAll(() => {
  layouts = layoutParties(conflictModel);
}, 60_000);

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

  it('uses presentation attributes and a system font stack only, to look the same anywhere', () => {
    const svg = diagramSvg(layouts.parties.israel!);
    expect(svg).not.toMatch(/<style|style="|@import|url\(/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*font-family="Verdana,/);
  });

  it('escapes text for XML', () => {
    expect(xml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
