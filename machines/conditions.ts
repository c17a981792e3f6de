import { TERM_LABELS, termValueText, type ProposalTerms, type TermName } from './terms.ts';
import type { WorldView } from './types.ts';
import { isIn, stateOf, termsIn } from './world.ts';

/**
 * A party's stated condition as a named guard over a proposal's terms and the world.
 * Pure: the same terms in the same world always give the same answer.
 */
export interface TermConditionSpec {
  /** The party that stated it (or whose position the model reads it from). */
  readonly party: string;
  /** The terms it judges; the CLI and the app show it against each of them. */
  readonly terms: readonly TermName[];
  /** The condition as a sentence; "in the model" marks where it goes beyond the sources. */
  readonly description: string;
  /** Source ids; `model` when the model goes beyond what the sources say. */
  readonly basis: readonly string[];
  readonly test: (terms: ProposalTerms, world: WorldView) => boolean;
}

/** Whether Hezbollah's Gaza condition no longer binds: Gaza is not at war, or it dropped the condition. */
function gazaConditionLifted(world: WorldView): boolean {
  return (
    stateOf(world, 'gaza') !== 'war' || stateOf(world, 'hezbollah', 'condition') === 'delinked'
  );
}

/** Keeps each condition's name as a key while typing every test alike (terms and world). */
function defineConditions<T extends Record<string, TermConditionSpec>>(
  specs: T,
): { readonly [K in keyof T]: TermConditionSpec } {
  return specs;
}

/**
 * Every stated condition that judges a proposal's terms, by name. Accepting or
 * rejecting a proposal quotes these, term by term (see src/negotiation/).
 */
export const termConditions = defineConditions({
  hezbollahNoDealWhileGazaFighting: {
    party: 'hezbollah',
    terms: ['tiedToGazaCeasefire'],
    description:
      'Hezbollah: no deal while the Gaza fighting continues, unless the deal comes with a Gaza ceasefire or it has dropped that condition.',
    basis: ['reuters-2024-01-18', 'france-plan-2024-02-13', 'qassem-2024-10-08'],
    test: (t, w) => gazaConditionLifted(w) || t.tiedToGazaCeasefire,
  },
  hezbollahNoPullbackUnderFire: {
    party: 'hezbollah',
    terms: ['pullbackDepth'],
    description:
      'Hezbollah refused to pull back from the border while Gaza was at war (it rejected the 2024 ideas of a 7–10 km pull-back); in the model, it accepts a pull-back, up to the Litani, only once its Gaza condition no longer binds, as on 27 November 2024.',
    basis: ['reuters-2024-01-18', 'ceasefire-2024-11-27', 'model'],
    test: (t, w) => t.pullbackDepth === 'none' || gazaConditionLifted(w),
  },
  hezbollahIsraelWithdrawsToo: {
    party: 'hezbollah',
    terms: ['israeliWithdrawal', 'haltToStrikes'],
    description:
      'In the model, Hezbollah pulls back only if Israel also halts offensive operations and, where its forces are inside Lebanon, withdraws them.',
    basis: ['ceasefire-2024-11-27', 'model'],
    test: (t, w) =>
      t.pullbackDepth === 'none' ||
      (t.haltToStrikes !== 'none' &&
        (t.israeliWithdrawal || !isIn(w, 'israel', 'military', ['groundOperation']))),
  },
  israelResidentsReturn: {
    party: 'israel',
    terms: ['pullbackDepth', 'lafDeployment'],
    description:
      'Israel: displaced northern residents must be able to return safely, which Israeli officials said needs Hezbollah forces pulled back from the border and the Lebanese army deployed there.',
    basis: ['us-plan-2024-02-04', 'ceasefire-2024-11-27'],
    test: (t) => t.pullbackDepth !== 'none' && t.lafDeployment,
  },
  israelLitaniBenchmark: {
    party: 'israel',
    terms: ['pullbackDepth', 'israeliWithdrawal'],
    description:
      'Israel holds to the benchmark of resolution 1701, no armed Hezbollah presence south of the Litani; in the model, it withdraws forces from Lebanon only against a pull-back to that line.',
    basis: ['ceasefire-2024-11-27', 'model'],
    test: (t) => !t.israeliWithdrawal || t.pullbackDepth === 'litani',
  },
  israelEnforcement: {
    party: 'israel',
    terms: ['monitoring', 'israeliWithdrawal'],
    description:
      'In the model, Israel withdraws only with a mechanism that monitors the terms (the November 2024 deal set up a US-chaired one).',
    basis: ['ceasefire-2024-11-27', 'model'],
    test: (t) => !t.israeliWithdrawal || t.monitoring === 'usChairedMechanism',
  },
  israelFreedomOfAction: {
    party: 'israel',
    terms: ['haltToStrikes'],
    description:
      'Israel: its leaders said it keeps freedom of action against threats from Lebanon; in the model, it agrees to halt offensive operations but not its overflights.',
    basis: ['ceasefire-2024-11-27', 'model'],
    test: (t) => t.haltToStrikes !== 'overflightsToo',
  },
  lebanonSovereignty: {
    party: 'lebanon',
    terms: ['haltToStrikes', 'israeliWithdrawal', 'withdrawalDeadlineDays'],
    description:
      'The Lebanese state: the deal must stop Israeli strikes on Lebanon and, where Israeli forces are inside Lebanon, set a deadline for their withdrawal (in the model, read from its call to implement resolution 1701).',
    basis: ['ceasefire-2024-11-27', 'model'],
    test: (t, w) =>
      t.haltToStrikes !== 'none' &&
      (isIn(w, 'israel', 'military', ['groundOperation'])
        ? t.israeliWithdrawal && t.withdrawalDeadlineDays !== null
        : !t.israeliWithdrawal || t.withdrawalDeadlineDays !== null),
  },
  lebanonStateAuthority: {
    party: 'lebanon',
    terms: ['lafDeployment'],
    description:
      'The Lebanese state: any pull-back must hand the south to the Lebanese army, not leave it empty or to foreign forces (in the model).',
    basis: ['us-plan-2024-02-04', 'model'],
    test: (t) => t.pullbackDepth === 'none' || t.lafDeployment,
  },
  lebanonDisputedPoints: {
    party: 'lebanon',
    terms: ['borderTalks'],
    description:
      'The Lebanese state: a settlement that moves forces back should open indirect talks on the disputed land-border points (the 13 points, Ghajar, the Shebaa Farms).',
    basis: ['us-plan-2024-02-04', 'france-plan-2024-02-13'],
    test: (t) => t.pullbackDepth === 'none' || t.borderTalks.length > 0,
  },
});

/** A term condition's name. */
export type TermConditionName = keyof typeof termConditions;

/** The stated conditions of one party, by name, in declaration order. */
export function conditionsOf(party: string): TermConditionName[] {
  return (Object.keys(termConditions) as TermConditionName[]).filter(
    (name) => termConditions[name].party === party,
  );
}

/** The conditions of a party that the terms on the table break in this world. */
export function brokenConditions(party: string, world: WorldView): TermConditionName[] {
  const terms = termsIn(world);
  return conditionsOf(party).filter((name) => !termConditions[name].test(terms, world));
}

/**
 * The broken conditions quoted term by term, for a refusal or a rejection: each
 * condition's name, the terms it judges with their values, and its sentence.
 */
export function quoteBroken(party: string, world: WorldView): string {
  const terms = termsIn(world);
  return brokenConditions(party, world)
    .map((name) => {
      const spec = termConditions[name];
      const judged = spec.terms.map((t) => `${TERM_LABELS[t]}: ${termValueText(terms, t)}`);
      return `${name} (${judged.join('; ')}): ${spec.description}`;
    })
    .join(' ');
}
