import { beforeAll, describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { layoutParties } from '../../src/diagram/layoutParties.ts';
import type { DiagramLayouts } from '../../src/diagram/layoutTypes.ts';
import { diagramTextMeasure } from '../../src/server/diagramFont.ts';
import {
  boxesOverlap,
  machineStates,
  machineTransitions,
  segmentCrossesBox,
} from '../helpers/diagram.ts';

let layouts: DiagramLayouts;
// ELK takes a few seconds for the whole model; lay it out once for every check here.
beforeAll(() => {
  layouts = layoutParties(conflictModel, diagramTextMeasure());
}, 60_000);

describe.each(conflictModel.parties.map((p) => [p.id, p] as const))(
  'the laid-out diagram of %s',
  (_, party) => {
    it('shows every state of the machine exactly once', () => {
      const drawn = layouts.parties[party.id]!.states.map((s) => `${s.region ?? ''}|${s.state}`);
      expect([...drawn].sort()).toEqual([...machineStates(party)].sort());
    });

    it('shows every transition exactly once, on the arrow between its two states', () => {
      const drawn = layouts.parties[party.id]!.edges.flatMap((e) =>
        e.events.map((ev) => `${e.region ?? ''}|${e.from}|${e.to}|${ev}`),
      );
      expect([...drawn].sort()).toEqual([...machineTransitions(party)].sort());
      const pairs = layouts.parties[party.id]!.edges.map((e) => `${e.region}|${e.from}|${e.to}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('routes no arrow segment through a box other than its source and target', () => {
      const layout = layouts.parties[party.id]!;
      for (const e of layout.edges) {
        for (const s of layout.states) {
          if (s.region === e.region && (s.state === e.from || s.state === e.to)) continue;
          for (let i = 1; i < e.points.length; i++) {
            const crosses = segmentCrossesBox(e.points[i - 1]!, e.points[i]!, s);
            expect(crosses, `${e.from}→${e.to} crosses ${s.state}`).toBe(false);
          }
        }
      }
    });

    it('starts and ends every arrow on the border of its own two boxes', () => {
      const layout = layouts.parties[party.id]!;
      const box = (region: string | null, state: string) =>
        layout.states.find((s) => s.region === region && s.state === state)!;
      const onBorder = (
        p: { x: number; y: number },
        b: { x: number; y: number; width: number; height: number },
      ) =>
        p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
      for (const e of layout.edges) {
        const arrow = `${e.from}→${e.to}`;
        expect(onBorder(e.points[0]!, box(e.region, e.from)), `${arrow} start`).toBe(true);
        expect(onBorder(e.points.at(-1)!, box(e.region, e.to)), `${arrow} end`).toBe(true);
      }
    });

    it('keeps labels off the boxes and off each other, and boxes apart', () => {
      const layout = layouts.parties[party.id]!;
      const labels = layout.edges.map((e) => e.label);
      for (const [i, a] of labels.entries()) {
        for (const s of layout.states)
          expect(boxesOverlap(a, s), `label ${i} on ${s.state}`).toBe(false);
        for (const b of labels.slice(i + 1))
          expect(boxesOverlap(a, b), `labels overlap`).toBe(false);
      }
      for (const [i, a] of layout.states.entries()) {
        for (const b of layout.states.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
      }
    });

    it('puts each state inside its region box, and everything inside the picture', () => {
      const layout = layouts.parties[party.id]!;
      for (const s of layout.states) {
        const r = layout.regions.find((x) => x.region === s.region)!;
        expect(s.x).toBeGreaterThanOrEqual(r.x);
        expect(s.y).toBeGreaterThanOrEqual(r.y);
        expect(s.x + s.width).toBeLessThanOrEqual(r.x + r.width);
        expect(s.y + s.height).toBeLessThanOrEqual(r.y + r.height);
      }
      for (const r of layout.regions) {
        expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
        expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
      }
    });
  },
);

describe('the layout step', () => {
  it('gives the same coordinates every time', () => {
    const again = layoutParties(conflictModel, diagramTextMeasure());
    expect(again).toEqual(layouts);
  }, 60_000);
});

describe('the geometry checks themselves', () => {
  const box = { x: 10, y: 10, width: 20, height: 10 };
  it('see a segment through a box, and not one that ends on its border or passes by', () => {
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 40, y: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 25 }, { x: 40, y: 25 }, box)).toBe(false);
    expect(boxesOverlap(box, { x: 29, y: 19, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(box, { x: 30, y: 10, width: 5, height: 5 })).toBe(false);
  });
});
