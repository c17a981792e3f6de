/** The negotiation round's routing rule: data in the scenario, followed the same way everywhere. */
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { type Channels, isDirect, routeMessage } from '../../src/scenario/channels.ts';
import { checkScenario } from '../../src/scenario/validate.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

const rule = (a: string, b: string, via: string) => ({
  between: [a, b] as const,
  via,
  reason: `${a} and ${b} do not talk directly.`,
  source: 'model',
});

const CHANNELS: Channels = {
  mediator: 'us',
  indirect: [
    rule('us', 'hezbollah', 'lebanon'),
    rule('israel', 'hezbollah', 'us'),
    rule('israel', 'lebanon', 'us'),
  ],
};

describe('routeMessage', () => {
  it('sends a message straight to a party the sender may talk to', () => {
    const route = routeMessage(CHANNELS, 'israel', 'us');
    expect(route).toEqual({ from: 'israel', to: 'us', path: ['israel', 'us'], rules: [] });
    expect(isDirect(route as never)).toBe(true);
  });

  it('routes Hezbollah to the US through the Lebanese state, with the rule that says why', () => {
    const route = routeMessage(CHANNELS, 'hezbollah', 'us');
    if ('error' in route) throw new Error(route.error);
    expect(route.path).toEqual(['hezbollah', 'lebanon', 'us']);
    expect(route.rules.map((r) => r.between)).toEqual([['us', 'hezbollah']]);
    expect(isDirect(route)).toBe(false);
  });

  it('follows a go-between that needs a go-between of its own (Israel to Hezbollah)', () => {
    const route = routeMessage(CHANNELS, 'israel', 'hezbollah');
    if ('error' in route) throw new Error(route.error);
    expect(route.path).toEqual(['israel', 'us', 'lebanon', 'hezbollah']);
    expect(route.rules.map((r) => r.via)).toEqual(['us', 'lebanon']);
  });

  it('treats a rule as holding in both directions', () => {
    const route = routeMessage(CHANNELS, 'lebanon', 'israel');
    if ('error' in route) throw new Error(route.error);
    expect(route.path).toEqual(['lebanon', 'us', 'israel']);
  });

  it('refuses a message to oneself and a rule chain that loops', () => {
    expect(routeMessage(CHANNELS, 'us', 'us')).toHaveProperty('error');
    const loop: Channels = {
      mediator: 'us',
      indirect: [rule('israel', 'hezbollah', 'us'), rule('us', 'hezbollah', 'israel')],
    };
    expect(routeMessage(loop, 'israel', 'hezbollah')).toEqual({
      error: expect.stringMatching(/loop/),
    });
  });
});

describe('channel checks', () => {
  const problemsOf = (data: unknown) => {
    const check = checkScenario(conflictModel, 'x.json', data);
    return check.ok ? [] : check.problems.map((p) => `${p.pointer}: ${p.message}`);
  };

  it('accepts the bundled baseline channels', () => {
    expect(problemsOf(baselineJson())).toEqual([]);
  });

  it('reports unknown parties, a go-between inside its pair, an unknown source and a repeated pair', () => {
    const data = baselineJson();
    const indirect = data.classroom.channels.indirect;
    data.classroom.channels.mediator = 'un';
    indirect[0].between = ['us', 'iran'];
    indirect[1].via = 'israel';
    indirect[2].source = 'no-such-source';
    indirect.push({ ...indirect[2], source: 'model' });
    expect(problemsOf(data)).toEqual([
      '/classroom/channels/mediator: not a party',
      '/classroom/channels/indirect/0/between/1: not a party',
      '/classroom/channels/indirect/1/via: a go-between cannot be one of the pair',
      '/classroom/channels/indirect/2/source: unknown source id',
      '/classroom/channels/indirect/3/between: a second rule for the same pair',
    ]);
  });

  it('reports rules that loop between the round’s parties', () => {
    const data = baselineJson();
    data.classroom.channels.indirect = [
      rule('israel', 'hezbollah', 'us'),
      rule('us', 'hezbollah', 'israel'),
    ];
    expect(problemsOf(data)).toContain(
      '/classroom/channels/indirect: The channel rules loop: israel to hezbollah goes through us, which is already on the way.',
    );
  });
});
