import { describe, expect, it } from 'vitest';
import { formatHash, MAX_URL_STEPS, parseHash } from '../../../src/app/state/url.ts';

describe('URL fragment', () => {
  it('round-trips scenario, steps, cursor and role', () => {
    const state = {
      scenario: 'baseline-2024-01',
      steps: ['us.tableProposal', 'hezbollah.rejectProposal'],
      at: 1,
      role: 'hezbollah',
    };
    const hash = formatHash(state);
    expect(hash).toBe(
      '#scenario=baseline-2024-01&steps=us.tableProposal,hezbollah.rejectProposal&at=1&role=hezbollah',
    );
    expect(parseHash(hash)).toEqual({ state, problems: [] });
  });

  it('reads an empty fragment as nothing, without problems', () => {
    expect(parseHash('')).toEqual({ state: {}, problems: [] });
    expect(parseHash('#')).toEqual({ state: {}, problems: [] });
  });

  it('drops malformed parts and names each one', () => {
    const { state, problems } = parseHash('#scenario=<script>&steps=a,<b>&at=-1&role=Bad Role');
    expect(state).toEqual({});
    expect(problems).toHaveLength(4);
  });

  it('refuses absurdly long step lists', () => {
    const { state, problems } = parseHash(`#steps=${Array(2001).fill('a.b').join(',')}`);
    expect(state.steps).toBeUndefined();
    expect(problems[0]).toMatch(/more than 2000 steps/);
  });
});

describe('formatHash for a very long line', () => {
  it('leaves out steps a link may not hold, and keeps the scenario and the step number', () => {
    const steps = Array.from({ length: MAX_URL_STEPS + 1 }, () => 'us.haltStrikes');
    expect(formatHash({ scenario: 'sandbox', steps, at: 2001 })).toBe('#scenario=sandbox&at=2001');
    expect(formatHash({ scenario: 'sandbox', steps: steps.slice(1), at: 3 })).toMatch(
      /^#scenario=sandbox&steps=us\.haltStrikes,/,
    );
  });
});
