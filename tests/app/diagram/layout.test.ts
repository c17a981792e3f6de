import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../../machines/index.ts';
import { partyGraphs } from '../../../src/app/diagram/graph.ts';
import { BOX, layoutGraphs, layoutParty } from '../../../src/app/diagram/layout.ts';
import { indexModel } from '../../../src/engine/index.ts';

const index = indexModel(conflictModel);

describe('diagram layout', () => {
  it('places every state of every region exactly once', () => {
    for (const party of conflictModel.parties) {
      const layout = layoutParty(party);
      for (const region of layout.regions) {
        expect(region.nodes.map((n) => n.state)).toEqual(index.states(party.id, region.region));
      }
    }
  });

  it('never overlaps two boxes, and keeps regions side by side', () => {
    for (const party of conflictModel.parties) {
      const layout = layoutParty(party);
      let right = -Infinity;
      for (const region of layout.regions) {
        expect(region.x).toBeGreaterThan(right);
        right = region.x + region.width;
        for (const a of region.nodes) {
          expect(a.x).toBeGreaterThanOrEqual(region.x);
          expect(a.x + BOX.width).toBeLessThanOrEqual(region.x + region.width);
          for (const b of region.nodes) {
            if (a === b) continue;
            const apart = a.x + BOX.width <= b.x || b.x + BOX.width <= a.x || a.y + BOX.height <= b.y || b.y + BOX.height <= a.y;
            expect(apart, `${party.id}: ${a.state} and ${b.state}`).toBe(true);
          }
        }
      }
    }
  });

  it('draws one edge per pair of states with every event on it', () => {
    const hezbollah = partyGraphs(index.party('hezbollah'));
    const military = hezbollah.find((g) => g.region === 'military')!;
    const edge = military.edges.find((e) => e.from === 'supportFront' && e.to === 'ceasefire')!;
    expect(edge.events.map((e) => e.event)).toContain('world.gazaCeasefire');
    expect(edge.events.find((e) => e.event === 'world.gazaCeasefire')!.guard).toBe('gazaLinkageHolds');
    const pairs = military.edges.map((e) => `${e.from}>${e.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('is deterministic and computed once per party', () => {
    const party = index.party('israel');
    expect(layoutParty(party)).toBe(layoutParty(party));
    expect(layoutGraphs(partyGraphs(party))).toEqual(layoutParty(party));
  });
});
