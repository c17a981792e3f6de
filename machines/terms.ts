/**
 * The terms a proposal can carry: what was actually on the tables of 2024 (the
 * January and February US ideas, the French plan, the September truce call, the
 * November 1701-based deal). Plain data, no XState: scenario files, the CLI and the
 * app all read and write these.
 */

/** The event that tables a proposal: every author's plan goes through the US mediation track. */
export const TABLING_EVENT = 'us.tableProposal';

/** How far back from the Blue Line armed groups (in practice Hezbollah) are to pull. */
export const PULLBACK_DEPTHS = ['none', '7-10km', 'litani'] as const;
/** What watches over the deal: nothing new, the existing UNIFIL mandate, or a US-chaired mechanism. */
export const MONITORING = ['none', 'unifil', 'usChairedMechanism'] as const;
/** What Israel stops: nothing, offensive operations, or offensive operations and overflights. */
export const STRIKE_HALTS = ['none', 'offensiveOperations', 'overflightsToo'] as const;
/** The disputed land-border points indirect talks may cover. */
export const DISPUTED_POINTS = ['thirteenPoints', 'ghajar', 'shebaaFarms'] as const;

export type PullbackDepth = (typeof PULLBACK_DEPTHS)[number];
export type Monitoring = (typeof MONITORING)[number];
export type StrikeHalt = (typeof STRIKE_HALTS)[number];
export type DisputedPoint = (typeof DISPUTED_POINTS)[number];

/** A proposal's terms, one field per term a party's stated conditions can judge. */
export interface ProposalTerms {
  readonly pullbackDepth: PullbackDepth;
  /** The Lebanese army deploys in the south (with UNIFIL). */
  readonly lafDeployment: boolean;
  readonly monitoring: Monitoring;
  /** Israel withdraws its forces from Lebanese territory. */
  readonly israeliWithdrawal: boolean;
  /** Days Israel has to withdraw, or null for no deadline. */
  readonly withdrawalDeadlineDays: number | null;
  readonly haltToStrikes: StrikeHalt;
  /** Disputed points indirect border talks are to cover (empty: no border talks). */
  readonly borderTalks: readonly DisputedPoint[];
  /** Economic incentives for Lebanon (electricity, reconstruction, support for the army). */
  readonly economicIncentives: boolean;
  /** The deal takes effect only with a ceasefire in Gaza. */
  readonly tiedToGazaCeasefire: boolean;
}

/** Terms that ask nothing of anyone: a blank draft, to which a user adds the terms wanted. */
export const NO_TERMS: ProposalTerms = {
  pullbackDepth: 'none',
  lafDeployment: false,
  monitoring: 'none',
  israeliWithdrawal: false,
  withdrawalDeadlineDays: null,
  haltToStrikes: 'none',
  borderTalks: [],
  economicIncentives: false,
  tiedToGazaCeasefire: false,
};

/**
 * The standing US proposal: the terms a `us.tableProposal` tables when it is given
 * none (a scripted step that names no proposal, a log made before proposals had
 * terms, and every tabling in the exhaustive exploration). They are the terms of the
 * 27 November 2024 arrangement, the US proposal the model's transitions cite; under
 * them every party's stated conditions read exactly as the accept guards of model
 * 2.0.0 did (Hezbollah accepts once its Gaza condition no longer binds; Israel and the
 * Lebanese state accept what is on the table).
 */
export const STANDING_TERMS: ProposalTerms = {
  pullbackDepth: 'litani',
  lafDeployment: true,
  monitoring: 'usChairedMechanism',
  israeliWithdrawal: true,
  withdrawalDeadlineDays: 60,
  haltToStrikes: 'offensiveOperations',
  borderTalks: ['thirteenPoints'],
  economicIncentives: false,
  tiedToGazaCeasefire: false,
};

/** A term's name. */
export type TermName = keyof ProposalTerms;

/** Every term, in the order people read them, with a label. */
export const TERM_LABELS: Readonly<Record<TermName, string>> = {
  pullbackDepth: 'Pull-back depth',
  lafDeployment: 'Lebanese army deployment',
  monitoring: 'Monitoring',
  israeliWithdrawal: 'Israeli withdrawal',
  withdrawalDeadlineDays: 'Withdrawal deadline',
  haltToStrikes: 'Halt to strikes',
  borderTalks: 'Indirect border talks',
  economicIncentives: 'Economic incentives',
  tiedToGazaCeasefire: 'Tied to a Gaza ceasefire',
};

/** Every term name, in reading order. */
export const TERM_NAMES = Object.keys(TERM_LABELS) as TermName[];

const VALUE_LABELS: Readonly<Record<string, string>> = {
  none: 'none',
  '7-10km': '7–10 km from the border',
  litani: 'north of the Litani (about 30 km)',
  unifil: 'UNIFIL, as now',
  usChairedMechanism: 'a US-chaired mechanism',
  offensiveOperations: 'offensive operations',
  overflightsToo: 'offensive operations and overflights',
  thirteenPoints: 'the 13 disputed points',
  ghajar: 'Ghajar',
  shebaaFarms: 'the Shebaa Farms',
};

/** One option of a term (`litani`, `usChairedMechanism`, `ghajar`, …) in words. */
export function valueLabel(value: string): string {
  return VALUE_LABELS[value] ?? value;
}

/** A term's value in words, for the CLI and the app. */
export function termValueText(terms: ProposalTerms, term: TermName): string {
  const value = terms[term];
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null) return 'none';
  if (typeof value === 'number') return `${value} days`;
  if (Array.isArray(value))
    return value.length ? value.map((v) => VALUE_LABELS[v] ?? v).join(', ') : 'none';
  return VALUE_LABELS[value as string] ?? String(value);
}
