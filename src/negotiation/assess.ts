import { termConditions, type TermConditionName } from '../../machines/conditions.ts';
import { TERM_NAMES, type ProposalTerms, type TermName } from '../../machines/terms.ts';
import type { WorldView } from '../../machines/types.ts';

/** One stated condition judged against a proposal in one world. */
export interface ConditionReading {
  readonly name: TermConditionName;
  readonly party: string;
  readonly terms: readonly TermName[];
  readonly met: boolean;
  readonly description: string;
  readonly basis: readonly string[];
}

/** One term of a proposal and every condition that judges it. */
export interface TermReading {
  readonly term: TermName;
  readonly meets: readonly ConditionReading[];
  readonly breaks: readonly ConditionReading[];
}

/** A party's answer to a proposal, with the conditions that decided it. */
export interface PartyVerdict {
  readonly party: string;
  readonly decision: 'accept' | 'reject';
  /** The broken conditions for a rejection; every condition (all met) for an acceptance. */
  readonly deciding: readonly ConditionReading[];
}

/** Every condition of every party, judged against the terms in this world, in declaration order. */
export function readConditions(terms: ProposalTerms, world: WorldView): ConditionReading[] {
  return (Object.keys(termConditions) as TermConditionName[]).map((name) => {
    const spec = termConditions[name];
    return {
      name,
      party: spec.party,
      terms: spec.terms,
      met: spec.test(terms, world),
      description: spec.description,
      basis: spec.basis,
    };
  });
}

/** For each term, which conditions it meets and which it breaks (terms no condition judges are listed empty). */
export function readTerms(terms: ProposalTerms, world: WorldView): TermReading[] {
  const readings = readConditions(terms, world);
  return TERM_NAMES.map((term) => {
    const judging = readings.filter((r) => r.terms.includes(term));
    return { term, meets: judging.filter((r) => r.met), breaks: judging.filter((r) => !r.met) };
  });
}

/** The parties that have stated term conditions, in declaration order. */
export function judgingParties(): string[] {
  return [...new Set(Object.values(termConditions).map((c) => c.party))];
}

/**
 * A party's answer on the terms alone: it accepts when every condition it stated is
 * met, and rejects otherwise, quoting the conditions that broke. Whether the party can
 * actually answer now (a proposal must be on the table, its machine in the right state)
 * is the engine's to say, not this function's.
 */
export function verdictOf(party: string, terms: ProposalTerms, world: WorldView): PartyVerdict {
  const own = readConditions(terms, world).filter((r) => r.party === party);
  const broken = own.filter((r) => !r.met);
  return broken.length
    ? { party, decision: 'reject', deciding: broken }
    : { party, decision: 'accept', deciding: own };
}

/** Every judging party's verdict. */
export function verdicts(terms: ProposalTerms, world: WorldView): PartyVerdict[] {
  return judgingParties().map((party) => verdictOf(party, terms, world));
}
