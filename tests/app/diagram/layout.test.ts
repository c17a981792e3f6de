import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../../machines/index.ts';
import { layoutModelVersion, layoutParty } from '../../../src/app/diagram/layout.ts';
import { layoutParties } from '../../../src/diagram/layoutParties.ts';
import { diagramTextMeasure } from '../../../src/server/diagramFont.ts';

describe("the app's diagram layouts (virtual:diagram-layouts, made by the build step)", () => {
  it('are what ELK computes from the current machines, for every party', () => {
    const fresh = layoutParties(conflictModel, diagramTextMeasure());
    expect(layoutModelVersion).toBe(conflictModel.version);
    for (const party of conflictModel.parties)
      expect(layoutParty(party)).toEqual(fresh.parties[party.id]);
  }, 60_000);

  it('refuse a party the build step never saw, with a message naming it', () => {
    const stranger = { ...conflictModel.parties[0]!, id: 'nobody' };
    expect(() => layoutParty(stranger)).toThrow('No diagram layout for party "nobody"');
  });
});
