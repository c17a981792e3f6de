import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

/** Hezbollah leaves the negotiation with the US mediator to Speaker Berri (October 2024). */
const delegation = {
  'hezbollah.delegateToBerri': go(
    'negotiatingThroughBerri',
    'Hezbollah backs the ceasefire efforts of Speaker Nabih Berri, its ally, without naming a Gaza ceasefire as a condition (Naim Qassem, 8 October 2024): Berri negotiates for its side.',
    ['qassem-2024-10-08'],
    { guard: 'hezbollahConditionAllowsDelegation' },
  ),
};

/** The Lebanese state: a caretaker government amid financial collapse, and its path to a border deal. */
export const lebanonMachine = partySetup.createMachine({
  id: 'lebanon',
  description: 'The Lebanese state (its caretaker government and parliament speaker).',
  options: machineOptions,
  initial: 'crisis',
  states: {
    crisis: {
      description:
        'A caretaker government amid financial and political crises; not engaging the mediator on the border.',
      meta: { label: 'Crisis', rung: 0 },
      on: {
        'lebanon.engageMediator': go(
          'engagedViaMediator',
          'Lebanese officials engage the US envoy on de-escalation.',
          ['reuters-2024-01-18'],
          { guard: 'usMediationActive' },
        ),
      },
    },
    engagedViaMediator: {
      description: 'Lebanese officials talk to Israel only through the US mediator.',
      meta: { label: 'Engaged via mediator', rung: 0 },
      on: {
        'france.tablePlan': go(
          'consideringFrenchPlan',
          "France delivers a written plan to Beirut (February 2024): armed groups withdraw 10 km, up to 15,000 Lebanese soldiers deploy, Israeli overflights stop, then talks on the land border.",
          ['france-plan-2024-02-13'],
        ),
        ...delegation,
        'lebanon.openBorderNegotiation': go(
          'negotiatingBorder',
          'Lebanon opens mediated talks on the disputed land-border points.',
          ['reuters-2024-01-18', 'maritime-2022'],
          { guard: 'borderPreconditionsMet' },
        ),
      },
    },
    consideringFrenchPlan: {
      description:
        'Considering the written French plan; a Hezbollah politician said the group would not negotiate de-escalation until the Gaza war ends (Reuters, 13 February 2024).',
      meta: { label: 'Considering the French plan', rung: 0 },
      on: {
        'lebanon.replyToFrenchPlan': go(
          'engagedViaMediator',
          "Lebanon replies to France in writing (15 March 2024): it calls the initiative a possible major step towards peace and insists on resolution 1701, without addressing the plan's steps one by one.",
          ['lebanon-reply-france-2024-03-15', 'france-plan-2024-02-13'],
        ),
        ...delegation,
      },
    },
    negotiatingThroughBerri: {
      description:
        "Speaker Nabih Berri negotiates with the US mediator for Hezbollah's side. In the model, the Lebanese state can accept a deal that binds Hezbollah only through him.",
      meta: { label: 'Negotiating through Berri', rung: 0 },
      on: {
        'lebanon.acceptProposal': go(
          'acceptedDeal',
          "The Lebanese government accepts the US proposal, with Speaker Berri negotiating for Hezbollah's side (November 2024).",
          ['ceasefire-2024-11-27', 'qassem-2024-10-08'],
          { guard: 'proposalOnTable' },
        ),
        'lebanon.openBorderNegotiation': go(
          'negotiatingBorder',
          'Lebanon opens mediated talks on the disputed land-border points.',
          ['reuters-2024-01-18', 'maritime-2022'],
          { guard: 'borderPreconditionsMet' },
        ),
      },
    },
    acceptedDeal: {
      description: 'The Lebanese government has accepted the US proposal on the table.',
      meta: { label: 'Accepted deal', rung: 0 },
      on: {
        'us.tableProposal': go(
          'negotiatingThroughBerri',
          "A new US proposal is on the table; Lebanon's earlier acceptance does not carry over.",
          ['model'],
        ),
        'lebanon.openBorderNegotiation': go(
          'negotiatingBorder',
          'Lebanon opens mediated talks on the disputed land-border points.',
          ['reuters-2024-01-18', 'maritime-2022'],
          { guard: 'borderPreconditionsMet' },
        ),
      },
    },
    negotiatingBorder: {
      description: 'Negotiating the disputed land-border points through the US mediator.',
      meta: { label: 'Negotiating border', rung: 0 },
      on: {
        'lebanon.signAgreement': go(
          'agreementSigned',
          'Lebanon signs the mediated land-border agreement.',
          ['maritime-2022'],
          {
            guard: 'borderFrameworkAcceptedByIsrael',
          },
        ),
        'israel.launchAirCampaign': go(
          'engagedViaMediator',
          'An Israeli air campaign halts the border negotiation.',
          ['model'],
        ),
        'israel.launchGroundOperation': go(
          'engagedViaMediator',
          'An Israeli ground operation halts the border negotiation.',
          ['model'],
        ),
      },
    },
    agreementSigned: {
      description: 'Has signed a mediated land-border agreement.',
      meta: { label: 'Agreement signed', rung: 0 },
    },
  },
});

/**
 * Who heads the Lebanese state: the presidential vacancy from 31 October 2022, with a
 * caretaker government, until parliament elected Joseph Aoun on 9 January 2025. Nobody
 * plays this track; the Lebanese state's own event moves it.
 */
export const presidencyMachine = partySetup.createMachine({
  id: 'presidency',
  description: 'The Lebanese presidency and the government it forms.',
  options: machineOptions,
  initial: 'vacant',
  states: {
    vacant: {
      description:
        "No president since Michel Aoun's term ended on 31 October 2022; a caretaker government under Najib Mikati governs with limited powers.",
      meta: { label: 'Vacancy, caretaker government', rung: 0 },
      on: {
        'lebanon.electPresident': go(
          'presidentElected',
          'Parliament elects army commander Joseph Aoun president, with 99 of 128 votes (9 January 2025), ending the vacancy.',
          ['aoun-2025-01-09'],
          { guard: 'ceasefireInForce' },
        ),
      },
    },
    presidentElected: {
      description: 'A president is in office and a new government can be formed.',
      meta: { label: 'President elected', rung: 0 },
    },
  },
});
