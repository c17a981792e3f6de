import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { STANDING_TERMS, type ProposalTerms } from '../../machines/terms.ts';
import type { WorldView } from '../../machines/types.ts';
import { applyEvent, availabilityOf } from '../../src/engine/index.ts';
import { verdictOf } from '../../src/negotiation/index.ts';
import { simulationFrom, startOf } from '../helpers/world.ts';
import { januaryWorld, novemberWorld, termsWith, worldWith } from '../helpers/terms.ts';

const guards = conflictModel.guards;
const library = JSON.parse(readFileSync('scenarios/historical-2023-2024.json', 'utf8'))
  .proposals as { id: string; terms: ProposalTerms }[];
const tabled = (world: WorldView, terms: ProposalTerms): WorldView => ({
  postures: { ...world.postures, us: { mediation: 'proposalTabled', regional: 'counterstrikes' } },
  terms,
});

/** The accept guard of each judging party. */
const acceptGuards = {
  hezbollah: 'hezbollahConditionsMet',
  israel: 'israelConditionsMet',
  lebanon: 'lebanonConditionsMet',
} as const;

describe('the accept guards are the conjunction of each party’s stated conditions', () => {
  it('agree with the term reading for every library proposal in the January and November worlds', () => {
    for (const { id, terms } of library) {
      for (const world of [januaryWorld, novemberWorld]) {
        for (const [party, guard] of Object.entries(acceptGuards)) {
          const verdict = verdictOf(party, terms, world).decision;
          expect(guards[guard]!.test(tabled(world, terms)), `${id} ${party}`).toBe(
            verdict === 'accept',
          );
        }
      }
    }
  });

  it('read a world without terms as the standing US proposal, whose reading matches the earlier content-free guards', () => {
    for (const world of [januaryWorld, novemberWorld]) {
      const plain = tabled(world, STANDING_TERMS);
      const { terms: _t, ...postures } = plain;
      for (const guard of Object.values(acceptGuards))
        expect(guards[guard]!.test(postures)).toBe(guards[guard]!.test(plain));
      expect(guards.hezbollahConditionsMet!.test(postures)).toBe(
        guards.gazaFightingStoppedOrLinkageDropped!.test(world),
      );
      expect(guards.israelConditionsMet!.test(postures)).toBe(true);
      expect(guards.lebanonConditionsMet!.test(postures)).toBe(true);
    }
  });

  it('need a proposal on the table for Israel and the Lebanese state', () => {
    expect(guards.israelConditionsMet!.test({ ...novemberWorld, terms: STANDING_TERMS })).toBe(
      false,
    );
    expect(guards.lebanonConditionsMet!.explain!(worldWith())).toBe(
      'A US proposal must be on the table.',
    );
  });
});

describe('the engine decides answers by the terms tabled', () => {
  it('lets Hezbollah accept, in January 2024, a draft that comes with a Gaza ceasefire and no pull-back', () => {
    const sim = simulationFrom();
    const draft = termsWith({ tiedToGazaCeasefire: true, haltToStrikes: 'offensiveOperations' });
    const step = applyEvent(sim, startOf(sim), 'us.tableProposal', { terms: draft });
    expect(step.terms).toEqual(draft);
    expect(availabilityOf(sim, step, 'hezbollah.acceptProposal')!.enabled).toBe(true);
    const plain = applyEvent(sim, startOf(sim), 'us.tableProposal');
    expect(plain.terms).toBeUndefined();
    expect(availabilityOf(sim, plain, 'hezbollah.acceptProposal')!.enabled).toBe(false);
  });

  it('refuses Israel’s acceptance of a truce with no pull-back, quoting the condition term by term', () => {
    const sim = simulationFrom();
    const truce = library.find((p) => p.id === 'truce-call-2024-09-25')!.terms;
    const step = applyEvent(sim, startOf(sim), 'us.tableProposal', { terms: truce });
    const refusal = availabilityOf(sim, step, 'israel.acceptProposal')!;
    expect(refusal.enabled).toBe(false);
    expect(refusal.guard).toBe('israelConditionsMet');
    expect(refusal.reason).toContain(
      'israelResidentsReturn (Pull-back depth: none; Lebanese army deployment: no)',
    );
  });

  it('keeps the terms on the table until the next tabling, which replaces them', () => {
    const sim = simulationFrom();
    const draft = termsWith({ tiedToGazaCeasefire: true });
    const first = applyEvent(sim, startOf(sim), 'us.tableProposal', { terms: draft });
    const rejected = applyEvent(sim, first, 'hezbollah.rejectProposal');
    expect(first.tabled).toEqual({ terms: draft });
    expect(rejected.terms).toEqual(draft);
    expect(rejected.tabled).toBeUndefined();
    const again = applyEvent(sim, rejected, 'us.tableProposal');
    expect(again.terms).toBeUndefined();
  });

  it('refuses terms on any event but the tabling', () => {
    const sim = simulationFrom();
    expect(() =>
      applyEvent(sim, startOf(sim), 'hezbollah.expandFire', { terms: STANDING_TERMS }),
    ).toThrow(/only "us.tableProposal" carries terms/);
  });

  it('quotes, in a rejection, the conditions the terms break', () => {
    const sim = simulationFrom();
    const ideas = library.find((p) => p.id === 'hochstein-ideas-2024-01')!.terms;
    const step = applyEvent(sim, startOf(sim), 'us.tableProposal', { terms: ideas });
    const rejected = applyEvent(sim, step, 'hezbollah.rejectProposal');
    const record = rejected.transitions.find((t) => t.event === 'hezbollah.rejectProposal')!;
    expect(record.reason).toContain(
      'The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting (Tied to a Gaza ceasefire: no)',
    );
    expect(record.reason).toContain('hezbollahNoPullbackUnderFire (Pull-back depth: 7–10 km');
    const draft = termsWith({ tiedToGazaCeasefire: true });
    const met = applyEvent(sim, startOf(sim), 'us.tableProposal', { terms: draft });
    const refusedAnyway = applyEvent(sim, met, 'hezbollah.rejectProposal');
    expect(refusedAnyway.transitions[0]!.reason).toContain(
      'The terms on the table break none of its stated conditions.',
    );
  });
});
