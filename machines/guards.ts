import type { GuardSpec } from './types.ts';
import { isIn, stateOf } from './world.ts';

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
    description: 'Border talks need the Gaza war to end and Hezbollah to back Lebanon negotiating.',
    basis: ['reuters-2024-01-18'],
    test: (w) =>
      stateOf(w, 'gaza') === 'ended' &&
      stateOf(w, 'hezbollah', 'diplomacy') === 'backsLebaneseNegotiation',
  },
  borderTalksUnderway: {
    description: 'A border framework can be tabled only once mediated border talks are under way.',
    basis: ['maritime-2022'],
    test: (w) => stateOf(w, 'borderTalks') === 'mediatedTalks',
  },
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
  proposalOnTableAndGazaWarStopped: {
    description:
      "A US proposal must be on the table; without Speaker Berri negotiating for Hezbollah's side, the Lebanese state accepts only once the Gaza war has stopped (a ceasefire, not a temporary truce), in the model.",
    basis: ['model', 'reuters-2024-01-18', 'qassem-2024-10-08'],
    test: (w) =>
      stateOf(w, 'us', 'mediation') === 'proposalTabled' &&
      isIn(w, 'gaza', undefined, ['ceasefire', 'ended']),
  },
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
