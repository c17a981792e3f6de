import { brokenConditions, conditionsOf, quoteBroken, termConditions } from './conditions.ts';
import type { GuardSpec, WorldView } from './types.ts';
import type { DisputedPoint } from './terms.ts';
import { isIn, stateOf, termsIn } from './world.ts';

/** The border-talk states in which one disputed point is being negotiated. */
const POINT_TALKS = ['thirteenPointsTalks', 'ghajarTalks', 'shebaaFarmsTalks'];

/** Whether the terms on the table put a disputed point on the border talks' agenda. */
function onAgenda(point: DisputedPoint, description: string, basis: readonly string[]) {
  return {
    description,
    basis,
    test: (w: WorldView) => termsIn(w).borderTalks.includes(point),
  } satisfies GuardSpec;
}

/** Every source a party's stated conditions rest on, once each. */
function basisOf(party: string): string[] {
  return [...new Set(conditionsOf(party).flatMap((name) => termConditions[name].basis))];
}

function onTable(w: WorldView): boolean {
  return stateOf(w, 'us', 'mediation') === 'proposalTabled';
}

/**
 * A party's accept guard: the conjunction of its stated conditions over the terms on
 * the table (machines/conditions.ts), so the engine, the proposal builder, the CLI
 * and the analysis read one definition. `needsTable` adds that a proposal must be on
 * the table (Hezbollah's machine is in "Reviewing proposal" only when one is).
 */
function acceptsTerms(party: string, name: string, description: string, needsTable: boolean) {
  return {
    description,
    basis: basisOf(party),
    test: (w: WorldView) => (!needsTable || onTable(w)) && brokenConditions(party, w).length === 0,
    explain: (w: WorldView) =>
      needsTable && !onTable(w)
        ? 'A US proposal must be on the table.'
        : `The terms on the table break what ${name} stated: ${quoteBroken(party, w)}`,
  } satisfies GuardSpec;
}

/**
 * The Lebanese state's acceptance without Speaker Berri negotiating for Hezbollah's side:
 * its stated conditions over the terms (as `lebanonConditionsMet`), and, in the model,
 * only once the Gaza war has stopped.
 */
function lebanonAcceptsOnceGazaWarStopped() {
  const terms = acceptsTerms(
    'lebanon',
    'the Lebanese state',
    "A US proposal must be on the table whose terms meet every condition the Lebanese state stated; without Speaker Berri negotiating for Hezbollah's side, in the model it accepts only once the Gaza war has stopped (a ceasefire, not a temporary truce).",
    true,
  );
  const gazaStopped = (w: WorldView) => isIn(w, 'gaza', undefined, ['ceasefire', 'ended']);
  return {
    ...terms,
    basis: [...new Set([...terms.basis, 'model', 'reuters-2024-01-18', 'qassem-2024-10-08'])],
    test: (w: WorldView) => gazaStopped(w) && terms.test(w),
    explain: (w: WorldView) =>
      gazaStopped(w)
        ? terms.explain(w)
        : "In the model, without Speaker Berri negotiating for Hezbollah's side, the Lebanese state accepts only once the Gaza war has stopped.",
  } satisfies GuardSpec;
}

/**
 * Every named condition in the model. Names say what they mean; descriptions are
 * written so that, quoted on a disabled button, they explain the refusal. The
 * machines use these exact functions (see `toXStateGuards`), and the engine quotes
 * these descriptions, so the UI never re-derives a condition.
 */
export const modelGuards = {
  gazaAtWar: {
    description: 'The Gaza war is going on (no truce or ceasefire is in effect).',
    basis: ['reuters-2024-01-18'],
    test: (w) => stateOf(w, 'gaza') === 'war',
  },
  gazaAtWarAndLinked: {
    description:
      'Hezbollah said its fire supports Gaza: it opens fire while the Gaza war goes on and it still ties its fire to Gaza.',
    basis: ['reuters-2024-01-18', 'front-2023-10-08'],
    test: (w) =>
      stateOf(w, 'gaza') === 'war' && stateOf(w, 'hezbollah', 'condition') !== 'delinked',
  },
  gazaLinkageHolds: {
    description: 'Hezbollah still ties its fire to the Gaza war (its stated condition stands).',
    basis: ['reuters-2024-01-18'],
    test: (w) => stateOf(w, 'hezbollah', 'condition') !== 'delinked',
  },
  gazaFightingStoppedOrLinkageDropped: {
    description:
      'Hezbollah fires until a full ceasefire in Gaza: it stops, or accepts a deal, only when the fighting in Gaza stops or once it has dropped that condition.',
    basis: ['reuters-2024-01-18'],
    test: (w) =>
      stateOf(w, 'gaza') !== 'war' || stateOf(w, 'hezbollah', 'condition') === 'delinked',
  },
  gazaWarEnded: {
    description:
      'Hezbollah said it may back Lebanon negotiating the land border only after the Gaza war ends.',
    basis: ['reuters-2024-01-18'],
    test: (w) => stateOf(w, 'gaza') === 'ended',
  },
  underSevereMilitaryPressure: {
    description:
      'In the model, a stated condition gives way only under severe military pressure: an Israeli air campaign or ground operation must be under way.',
    basis: ['model', 'qassem-2024-10-08', 'ground-op-2024-10-01'],
    test: (w) => isIn(w, 'israel', 'military', ['airCampaign', 'groundOperation']),
  },
  proposalOnTable: {
    description: 'A US proposal must be on the table.',
    basis: ['reuters-2024-01-18'],
    test: (w) => stateOf(w, 'us', 'mediation') === 'proposalTabled',
  },
  hezbollahConditionsMet: acceptsTerms(
    'hezbollah',
    'Hezbollah',
    'Hezbollah accepts only terms that meet every condition it stated: no deal while the Gaza fighting continues (unless the deal comes with a Gaza ceasefire or it has dropped that condition), no pull-back while that condition binds, and Israel halts its offensive operations too.',
    false,
  ),
  israelConditionsMet: acceptsTerms(
    'israel',
    'Israel',
    'A US proposal must be on the table, and Israel accepts only terms that meet every condition it stated: Hezbollah forces pulled back and the Lebanese army deployed so northern residents can return, withdrawal only against the Litani line and a monitoring mechanism, and no halt to its overflights.',
    true,
  ),
  lebanonConditionsMet: acceptsTerms(
    'lebanon',
    'the Lebanese state',
    'A US proposal must be on the table, and the Lebanese state accepts only terms that meet every condition it stated: a halt to Israeli strikes and a withdrawal deadline where Israeli forces are inside Lebanon, the south handed to the Lebanese army, and border talks on the disputed points when forces move back.',
    true,
  ),
  hezbollahAcceptedProposal: {
    description: 'Hezbollah has accepted the US proposal on the table.',
    basis: ['model'],
    test: (w) => stateOf(w, 'hezbollah', 'diplomacy') === 'acceptedProposal',
  },
  partiesAcceptedProposal: {
    description:
      'A deal needs Hezbollah, Israel and the Lebanese government to have accepted the US proposal.',
    basis: ['ceasefire-2024-11-27'],
    test: (w) =>
      stateOf(w, 'hezbollah', 'diplomacy') === 'acceptedProposal' &&
      stateOf(w, 'israel', 'political') === 'acceptsDeal' &&
      stateOf(w, 'lebanon') === 'acceptedDeal',
  },
  israeliForcesInSouthLebanon: {
    description: 'Israeli forces are still in southern Lebanon under the ceasefire.',
    basis: ['ceasefire-2024-11-27'],
    test: (w) => stateOf(w, 'israel', 'military') === 'ceasefireForcesInSouth',
  },
  withdrawalDeadlineMissed: {
    description:
      'The arrangement can be extended only after a withdrawal deadline has been missed.',
    basis: ['model'],
    test: (w) => stateOf(w, 'us', 'mediation') === 'deadlineMissed',
  },
  israelUnderPressureToAct: {
    description: 'After a mass-casualty incident, Israeli leaders are under pressure to respond.',
    basis: ['majdal-shams-2024-07-27'],
    test: (w) => stateOf(w, 'israel', 'political') === 'pressureToAct',
  },
  israelUnderPressureDuringTargetedCampaign: {
    description:
      'A new mass-casualty incident puts Israeli leaders under pressure while a targeted campaign is already under way.',
    basis: ['model'],
    test: (w) =>
      stateOf(w, 'israel', 'political') === 'pressureToAct' &&
      stateOf(w, 'israel', 'military') === 'targetedCampaign',
  },
  usMediationActive: {
    description:
      'Lebanon engages through the US mediator, so a US envoy must be at work (not monitoring or suspended).',
    basis: ['reuters-2024-01-18'],
    test: (w) => !isIn(w, 'us', 'mediation', ['monitoring', 'suspended']),
  },
  borderPreconditionsMet: {
    description:
      'Border talks need the Gaza war to end, Hezbollah to back Lebanon negotiating, and terms on the table that name the disputed points to talk about.',
    basis: ['reuters-2024-01-18', 'ceasefire-text-2024-11', 'model'],
    test: (w) =>
      stateOf(w, 'gaza') === 'ended' &&
      stateOf(w, 'hezbollah', 'diplomacy') === 'backsLebaneseNegotiation' &&
      termsIn(w).borderTalks.length > 0,
    explain: (w) =>
      stateOf(w, 'gaza') === 'ended' &&
      stateOf(w, 'hezbollah', 'diplomacy') === 'backsLebaneseNegotiation'
        ? 'In the model, the talks cover the disputed points the terms on the table name, and these name none.'
        : 'Border talks need the Gaza war to end and Hezbollah to back Lebanon negotiating.',
  },
  borderTalksUnderway: {
    description:
      'The US mediator tables its text for a disputed point only while talks on that point are under way.',
    basis: ['maritime-2022', 'hochstein-2024-01-12'],
    test: (w) => isIn(w, 'borderTalks', undefined, POINT_TALKS),
  },
  // The agenda of the border talks: the disputed points the terms on the table name.
  thirteenPointsOnAgenda: onAgenda(
    'thirteenPoints',
    'The terms on the table name the 13 disputed points along the Blue Line for the border talks.',
    ['ceasefire-text-2024-11', 'us-plan-2024-02-04'],
  ),
  ghajarOnAgenda: onAgenda(
    'ghajar',
    'The terms on the table name the northern part of Ghajar for the border talks.',
    ['ghajar-2023-07-11', 'ghajar-tents-2023-09-22'],
  ),
  shebaaFarmsOnAgenda: onAgenda(
    'shebaaFarms',
    'The terms on the table name the Shebaa Farms for the border talks.',
    ['hochstein-2023-08-31', 'un-sg-2007-10-30-shebaa'],
  ),
  borderFrameworkTabled: {
    description: 'A US border framework must be on the table.',
    basis: ['maritime-2022'],
    test: (w) => stateOf(w, 'borderTalks') === 'framework',
  },
  borderFrameworkAcceptedByIsrael: {
    description: 'Lebanon signs only a tabled border framework that Israel has accepted.',
    basis: ['maritime-2022'],
    test: (w) =>
      stateOf(w, 'borderTalks') === 'framework' &&
      stateOf(w, 'israel', 'political') === 'acceptsBorderFramework',
  },
  houthiCampaignActive: {
    description: 'US strikes in Yemen answer an active Houthi campaign against Red Sea shipping.',
    basis: ['red-sea-2024-01-12'],
    test: (w) => stateOf(w, 'regional', 'redSea') === 'houthiCampaign',
  },
  borderFireUnderWay: {
    description: 'Fire is being exchanged across the Israel–Lebanon border.',
    basis: ['reuters-2024-01-18'],
    test: (w) => isIn(w, 'hezbollah', 'military', ['supportFront', 'expandedFire', 'openWar']),
  },
  // Model 3.0.0: the leadership losses and the Lebanese state.
  israelStrikingBeyondTheBorder: {
    description:
      "Strikes on Hezbollah's leadership come once Israel strikes beyond the border area: a targeted campaign, an air campaign or a ground operation must be under way.",
    basis: ['model', 'pagers-2024-09-17', 'nasrallah-2024-09-28'],
    test: (w) =>
      isIn(w, 'israel', 'military', ['targetedCampaign', 'airCampaign', 'groundOperation']),
  },
  lebanonConditionsMetAndGazaWarStopped: lebanonAcceptsOnceGazaWarStopped(),
  ceasefireInForce: {
    description:
      'In the model, parliament ends the presidential vacancy only once a ceasefire is in force on the Lebanon front (as on 9 January 2025, after the November 2024 ceasefire).',
    basis: ['model', 'aoun-2025-01-09'],
    test: (w) =>
      isIn(w, 'us', 'mediation', ['dealBrokered', 'deadlineMissed', 'arrangementExtended']),
  },
} satisfies Record<string, GuardSpec>;

/** A guard's name. */
export type GuardName = keyof typeof modelGuards;
