import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { partyMermaid, mermaidId } from '../../src/diagram/mermaid.ts';
import { eventText } from '../../src/diagram/metrics.ts';
import { indexModel } from '../../src/engine/index.ts';
import { machineStates, machineTransitions } from '../helpers/diagram.ts';
import { allStatements, parseStateDiagram } from '../helpers/mermaid.ts';

const index = indexModel(conflictModel);
const region = (r: string) => (r === '' ? null : r);

describe.each(conflictModel.parties.map((p) => [p.id, p] as const))(
  'the Mermaid text of %s',
  (_, party) => {
    it("parses with mermaid's own parser and names every state once, by its label", async () => {
      const statements = allStatements(await parseStateDiagram(partyMermaid(party)));
      const declared = statements.filter((s) => s.stmt === 'state' && s.description && !s.doc);
      const got = declared.map((s) => `${s.id!.trim()}=${s.description}`).sort();
      const want = machineStates(party).map((key) => {
        const [r, state] = key.split('|') as [string, string];
        return `${mermaidId(region(r), state)}=${index.state(party.id, region(r), state)!.label}`;
      });
      expect(got).toEqual(want.sort());
    });

    it('has one arrow per transition, labelled with its event and guard', async () => {
      const statements = allStatements(await parseStateDiagram(partyMermaid(party)));
      const arrows = statements
        .filter((s) => s.stmt === 'relation' && s.state1!.id !== '[*]')
        .map((s) => `${s.state1!.id}>${s.state2!.id}:${s.description}`)
        .sort();
      const want = machineTransitions(party).map((key) => {
        const [r, from, to, event] = key.split('|') as [string, string, string, string];
        const definition = party.machine.root.machine.getStateNodeById(
          r ? `${party.machine.id}.${r}.${from}` : `${party.machine.id}.${from}`,
        );
        const guards = definition.transitions.get(event)!.filter((t) => t.target?.[0]?.key === to);
        const guard = guards[0]!.guard as { type?: string } | string | undefined;
        const name = typeof guard === 'string' ? guard : (guard?.type ?? null);
        const label = index.event(event)!.label;
        const [a, b] = [mermaidId(region(r), from), mermaidId(region(r), to)];
        return `${a}>${b}:${eventText(label, name)}`;
      });
      expect(arrows).toEqual(want.sort());
    });
  },
);

describe('Mermaid export', () => {
  it('marks the active states with a class when asked', async () => {
    const party = index.party('hezbollah');
    const text = partyMermaid(party, undefined, {
      active: new Map([['military', 'openWar']]),
      taken: new Set(),
    });
    expect(text).toContain('class military_openWar active');
    const statements = allStatements(await parseStateDiagram(text));
    expect(statements.some((s) => s.stmt === 'applyClass')).toBe(true);
  });

  it('splits parallel regions with dividers inside one composite state', async () => {
    const doc = await parseStateDiagram(partyMermaid(index.party('hezbollah')));
    const regions = doc[0]!.doc!;
    expect(regions.filter((s) => s.type === 'divider')).toHaveLength(2);
    expect(regions.filter((s) => s.doc).map((s) => s.description)).toEqual([
      'Military',
      'Diplomacy',
      'Condition',
    ]);
  });

  it('is rejected by the parser when broken, so the checks above can fail', async () => {
    await expect(parseStateDiagram('stateDiagram-v2\n  a --> : {{')).rejects.toThrow(/Parse error/);
  });
});
