import { borderTalksMachine } from './borderTalks.ts';
import { gazaMachine } from './gaza.ts';
import { hezbollahMachine } from './hezbollah.ts';
import { israelMachine } from './israel.ts';
import { lebanonMachine } from './lebanon.ts';
import { regionalMachine } from './regional.ts';
import type { PartyDefinition } from './types.ts';
import { unitedStatesMachine } from './unitedStates.ts';

/**
 * The parties in delivery order. Every event is offered to the machines in this
 * order and automatic play runs in this order, so logs always list transitions the
 * same way. (Outcomes do not depend on the order: every machine sees the world as
 * it was before the event.)
 */
export const parties: readonly PartyDefinition[] = [
  {
    id: 'gaza',
    name: 'Gaza war',
    kind: 'world',
    summary: 'The war in Gaza, which Hezbollah tied its fire to. Moved by world events.',
    machine: gazaMachine,
    doctrine: [],
  },
  {
    id: 'hezbollah',
    name: 'Hezbollah',
    kind: 'party',
    summary: 'Says it fires in support of Gaza until a full ceasefire there; open to US diplomacy.',
    machine: hezbollahMachine,
    doctrine: [
      {
        event: 'hezbollah.dropGazaCondition',
        why: 'In the model, under severe military pressure it drops its Gaza condition (reported in October 2024).',
      },
      {
        event: 'hezbollah.acceptProposal',
        why: 'It accepts a proposal once its stated condition allows.',
      },
      {
        event: 'hezbollah.rejectProposal',
        why: 'It rejects proposals while the Gaza fighting continues (January 2024).',
      },
      {
        event: 'hezbollah.backNegotiation',
        why: 'After the Gaza war it backs Lebanon negotiating the border.',
      },
    ],
  },
  {
    id: 'israel',
    name: 'Israel',
    kind: 'party',
    summary:
      'Demands that Hezbollah withdraw from the border so displaced residents can return; in the model it returns fire from Lebanon and, under pressure, can escalate first.',
    machine: israelMachine,
    doctrine: [
      {
        event: 'israel.launchAirCampaign',
        when: 'israelUnderPressureDuringTargetedCampaign',
        why: 'When targeted strikes have not ended the pressure, it escalates to an air campaign.',
      },
      {
        event: 'israel.escalateTargetedStrikes',
        when: 'israelUnderPressureToAct',
        why: 'After a mass-casualty incident it responds with targeted strikes (as in July 2024).',
      },
      {
        event: 'israel.acceptProposal',
        when: 'hezbollahAcceptedProposal',
        why: 'It accepts a proposal that Hezbollah has accepted.',
      },
      { event: 'israel.acceptBorderFramework', why: 'It accepts a tabled border framework.' },
    ],
  },
  {
    id: 'us',
    name: 'United States',
    kind: 'party',
    summary:
      'Mediates through its envoy, Amos Hochstein, who brokered the 2022 maritime deal; strikes the Houthis.',
    machine: unitedStatesMachine,
    doctrine: [
      {
        event: 'us.brokerDeal',
        why: 'It announces a deal as soon as both sides have accepted it.',
      },
      {
        event: 'us.sendEnvoy',
        when: 'borderFireUnderWay',
        why: 'While fire is exchanged it keeps an envoy at work.',
      },
      {
        event: 'us.tableBorderFramework',
        why: 'While border talks are under way it tables its text for the point under talks, one point a step.',
      },
      {
        event: 'us.extendArrangement',
        why: 'After a missed withdrawal deadline it extends the arrangement (as in January 2025).',
      },
    ],
  },
  {
    id: 'lebanon',
    name: 'Lebanese state',
    kind: 'party',
    summary:
      'A caretaker government amid financial collapse; negotiates with Israel only through mediators.',
    machine: lebanonMachine,
    doctrine: [
      { event: 'lebanon.engageMediator', why: 'It engages the US envoy whenever one is at work.' },
      {
        event: 'lebanon.acceptProposal',
        when: 'hezbollahAcceptedProposal',
        why: 'It accepts a proposal once Hezbollah has (as in November 2024, through Speaker Berri).',
      },
      {
        event: 'lebanon.replyToFrenchPlan',
        why: 'It answers a written plan it has received (as in March 2024).',
      },
      {
        event: 'lebanon.openBorderNegotiation',
        why: 'It opens border talks once their preconditions are met.',
      },
      { event: 'lebanon.signAgreement', why: 'It signs a framework Israel has accepted.' },
    ],
  },
  {
    id: 'borderTalks',
    name: 'Border talks',
    kind: 'joint',
    summary:
      'The possible mediated talks on the disputed land-border points, one point at a time, on the agenda the terms on the table set. Moves only in reaction to the parties.',
    machine: borderTalksMachine,
    doctrine: [],
  },
  {
    id: 'regional',
    name: 'Region',
    kind: 'world',
    summary: 'The Red Sea and Iran. Moved by world events; raises the risk everywhere.',
    machine: regionalMachine,
    doctrine: [],
  },
];
