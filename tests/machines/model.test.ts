import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';

/** Every state node below a machine's root. */
function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

const sourceIds = new Set(conflictModel.sources.map((s) => s.id));
const transitions = conflictModel.parties.flatMap((party) =>
  allNodes(party.machine.root).flatMap((node) =>
    [...node.transitions.values()].flat().map((t) => ({ party: party.id, node, t })),
  ),
);

describe('the model: every state and transition explained and sourced', () => {
  it('has a description and a label on every state', () => {
    for (const party of conflictModel.parties) {
      for (const node of allNodes(party.machine.root).filter((n) => n.type === 'atomic')) {
        expect(node.description, `${party.id} ${node.id}`).toBeTruthy();
        expect((node.meta as { label?: string }).label, `${party.id} ${node.id}`).toBeTruthy();
      }
    }
  });

  it('has a description and a known, dated basis on every transition', () => {
    expect(transitions.length).toBeGreaterThan(60);
    for (const { party, node, t } of transitions) {
      const where = `${party} ${node.id} on ${t.eventType}`;
      expect(t.description, where).toBeTruthy();
      const basis = (t.meta as { basis?: string[] }).basis ?? [];
      expect(basis.length, where).toBeGreaterThan(0);
      for (const id of basis) expect(sourceIds.has(id), `${where}: source ${id}`).toBe(true);
    }
    for (const source of conflictModel.sources)
      expect(source.date, source.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });

  it('names only guards that exist, and every guard has a description and a known basis', () => {
    for (const { t } of transitions)
      if (t.guard) expect(conflictModel.guards).toHaveProperty(String(t.guard));
    for (const [name, guard] of Object.entries(conflictModel.guards)) {
      expect(guard.description, name).toMatch(/\.$/);
      for (const id of guard.basis) expect(sourceIds.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  it('handles every catalog event in its home machine, and only catalog events anywhere', () => {
    const catalog = new Set(conflictModel.events.map((e) => e.type));
    for (const { t } of transitions) expect(catalog.has(t.eventType), t.eventType).toBe(true);
    for (const event of conflictModel.events) {
      const home = conflictModel.parties.find((p) => p.id === event.home)!;
      expect(
        allNodes(home.machine.root).some((n) => n.transitions.has(event.type)),
        event.type,
      ).toBe(true);
      expect(
        event.controlledBy === 'world' ||
          conflictModel.parties.some((p) => p.id === event.controlledBy && p.kind === 'party'),
      ).toBe(true);
    }
  });

  it("gives automatic play only the party's own decisions and known guards", () => {
    for (const party of conflictModel.parties) {
      for (const rule of party.doctrine) {
        expect(
          conflictModel.events.find((e) => e.type === rule.event)?.controlledBy,
          rule.event,
        ).toBe(party.id);
        if (rule.when) expect(conflictModel.guards).toHaveProperty(rule.when);
      }
    }
  });

  it("bounds every machine's microsteps so an infinite loop is an error, not a hang", () => {
    for (const party of conflictModel.parties)
      expect(party.machine.options.maxIterations, party.id).toBeLessThan(1000);
  });

  it('gives every state a rung on the ladder', () => {
    const levels = conflictModel.ladder.map((r) => r.level);
    expect(levels).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const party of conflictModel.parties) {
      for (const node of allNodes(party.machine.root).filter((n) => n.type === 'atomic')) {
        expect(levels).toContain((node.meta as { rung: number }).rung);
      }
    }
  });
});
