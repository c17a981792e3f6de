import { describe, expect, it } from 'vitest';
import { termConditions } from '../../machines/conditions.ts';
import { conflictModel } from '../../machines/index.ts';
import { januaryWorld, novemberWorld, termsWith, worldWith } from '../helpers/terms.ts';

describe('term conditions: each stated condition as a named guard over terms', () => {
  it('all have a party of the model, terms, a description and known sources', () => {
    const parties = new Set(conflictModel.parties.map((p) => p.id));
    const sources = new Set(conflictModel.sources.map((s) => s.id));
    for (const [name, c] of Object.entries(termConditions)) {
      expect(parties.has(c.party), name).toBe(true);
      expect(c.terms.length, name).toBeGreaterThan(0);
      for (const id of c.basis) expect(sources.has(id), `${name}: ${id}`).toBe(true);
      // Where the model goes beyond its sources, the text says so.
      if (c.basis.includes('model')) expect(c.description, name).toMatch(/in the model/i);
    }
  });

  it('hezbollahNoDealWhileGazaFighting: broken while Gaza is at war and the condition stands', () => {
    const c = termConditions.hezbollahNoDealWhileGazaFighting;
    expect(c.test(termsWith({}), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ tiedToGazaCeasefire: true }), januaryWorld)).toBe(true);
    expect(c.test(termsWith({}), novemberWorld)).toBe(true);
    expect(c.test(termsWith({}), worldWith({ gaza: 'ceasefire' }))).toBe(true);
  });

  it('hezbollahNoPullbackUnderFire: any pull-back is refused until the Gaza condition lifts', () => {
    const c = termConditions.hezbollahNoPullbackUnderFire;
    expect(c.test(termsWith({ pullbackDepth: 'none' }), januaryWorld)).toBe(true);
    expect(c.test(termsWith({ pullbackDepth: '7-10km' }), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ pullbackDepth: 'litani' }), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ pullbackDepth: 'litani' }), novemberWorld)).toBe(true);
  });

  it('hezbollahIsraelWithdrawsToo: a pull-back needs a halt, and a withdrawal during a ground operation', () => {
    const c = termConditions.hezbollahIsraelWithdrawsToo;
    expect(c.test(termsWith({ pullbackDepth: 'litani' }), novemberWorld)).toBe(false);
    expect(
      c.test(
        termsWith({ pullbackDepth: 'litani', haltToStrikes: 'offensiveOperations' }),
        novemberWorld,
      ),
    ).toBe(false);
    expect(
      c.test(
        termsWith({
          pullbackDepth: 'litani',
          haltToStrikes: 'offensiveOperations',
          israeliWithdrawal: true,
        }),
        novemberWorld,
      ),
    ).toBe(true);
    expect(
      c.test(
        termsWith({ pullbackDepth: '7-10km', haltToStrikes: 'offensiveOperations' }),
        januaryWorld,
      ),
    ).toBe(true);
  });

  it('israelResidentsReturn: needs a pull-back and the Lebanese army deployed', () => {
    const c = termConditions.israelResidentsReturn;
    expect(c.test(termsWith({ lafDeployment: true }), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ pullbackDepth: '7-10km' }), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ pullbackDepth: '7-10km', lafDeployment: true }), januaryWorld)).toBe(
      true,
    );
  });

  it('israelLitaniBenchmark: an Israeli withdrawal only against the Litani line', () => {
    const c = termConditions.israelLitaniBenchmark;
    expect(
      c.test(termsWith({ israeliWithdrawal: true, pullbackDepth: '7-10km' }), novemberWorld),
    ).toBe(false);
    expect(
      c.test(termsWith({ israeliWithdrawal: true, pullbackDepth: 'litani' }), novemberWorld),
    ).toBe(true);
    expect(c.test(termsWith({ pullbackDepth: '7-10km' }), januaryWorld)).toBe(true);
  });

  it('israelEnforcement: an Israeli withdrawal only with a US-chaired mechanism', () => {
    const c = termConditions.israelEnforcement;
    expect(
      c.test(termsWith({ israeliWithdrawal: true, monitoring: 'unifil' }), novemberWorld),
    ).toBe(false);
    expect(
      c.test(
        termsWith({ israeliWithdrawal: true, monitoring: 'usChairedMechanism' }),
        novemberWorld,
      ),
    ).toBe(true);
  });

  it('israelFreedomOfAction: no halt to overflights', () => {
    const c = termConditions.israelFreedomOfAction;
    expect(c.test(termsWith({ haltToStrikes: 'overflightsToo' }), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ haltToStrikes: 'offensiveOperations' }), januaryWorld)).toBe(true);
  });

  it('lebanonSovereignty: strikes must stop, and forces inside Lebanon leave by a deadline', () => {
    const c = termConditions.lebanonSovereignty;
    expect(c.test(termsWith({}), januaryWorld)).toBe(false);
    expect(c.test(termsWith({ haltToStrikes: 'offensiveOperations' }), januaryWorld)).toBe(true);
    expect(c.test(termsWith({ haltToStrikes: 'offensiveOperations' }), novemberWorld)).toBe(false);
    expect(
      c.test(
        termsWith({ haltToStrikes: 'offensiveOperations', israeliWithdrawal: true }),
        novemberWorld,
      ),
    ).toBe(false);
    expect(
      c.test(
        termsWith({
          haltToStrikes: 'offensiveOperations',
          israeliWithdrawal: true,
          withdrawalDeadlineDays: 60,
        }),
        novemberWorld,
      ),
    ).toBe(true);
  });

  it('lebanonStateAuthority: a pull-back hands the south to the Lebanese army', () => {
    const c = termConditions.lebanonStateAuthority;
    expect(c.test(termsWith({ pullbackDepth: 'litani' }), novemberWorld)).toBe(false);
    expect(c.test(termsWith({ pullbackDepth: 'litani', lafDeployment: true }), novemberWorld)).toBe(
      true,
    );
  });

  it('lebanonDisputedPoints: a pull-back opens talks on the disputed points', () => {
    const c = termConditions.lebanonDisputedPoints;
    expect(c.test(termsWith({ pullbackDepth: '7-10km' }), januaryWorld)).toBe(false);
    expect(
      c.test(termsWith({ pullbackDepth: '7-10km', borderTalks: ['shebaaFarms'] }), januaryWorld),
    ).toBe(true);
    expect(c.test(termsWith({}), januaryWorld)).toBe(true);
  });
});
