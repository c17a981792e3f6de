import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

/**
 * Hezbollah leaves the negotiation with the US mediator to Speaker Berri. On 8 October
 * 2024 one speech did both: it dropped the Gaza condition and backed Berri's efforts, so
 * in the model dropping the condition moves the Lebanese state too.
 */
const delegation = {
  'hezbollah.dropGazaCondition': go(
    'negotiatingThroughBerri',
    'In the same speech that drops the Gaza condition, Hezbollah backs the ceasefire efforts of Speaker Nabih Berri, its ally (Naim Qassem, 8 October 2024): Berri negotiates for its side.',
    ['qassem-2024-10-08'],
  ),
};

/** The Lebanese state: a caretaker government amid financial collapse, and its path to a border deal. */
export const lebanonMachine = partySetup.createMachine({
  id: 'lebanon',
  description:
    'The Lebanese state: until a president is elected (9 January 2025), a caretaker government and the parliament speaker, with the presidency vacant since 31 October 2022.',
  options: machineOptions,
  initial: 'crisis',
  states: {
    crisis: {
      description:
        'A caretaker government amid financial and political crises, with the presidency vacant; not engaging the mediator on the border.',
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
          'France delivers a written plan to Beirut (February 2024): armed groups withdraw 10 km, up to 15,000 Lebanese soldiers deploy, Israeli overflights stop, then talks on the land border.',
          ['france-plan-2024-02-13'],
          { guard: 'gazaAtWar' },
        ),
        ...delegation,
        'lebanon.acceptProposal': go(
          'acceptedDeal',
          "With the Gaza war stopped, Hezbollah's stated condition no longer blocks a deal, and the Lebanese government accepts the US proposal.",
          ['model', 'reuters-2024-01-18'],
          { guard: 'lebanonConditionsMetAndGazaWarStopped' },
        ),
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
        "Speaker Nabih Berri negotiates with the US mediator for Hezbollah's side. In the model, while the Gaza war goes on, the Lebanese state can accept a deal that binds Hezbollah only through him.",
      meta: { label: 'Negotiating through Berri', rung: 0 },
      on: {
        'lebanon.acceptProposal': go(
          'acceptedDeal',
          "The Lebanese government accepts the US proposal, with Speaker Berri negotiating for Hezbollah's side (November 2024).",
          ['ceasefire-2024-11-27', 'qassem-2024-10-08'],
          { guard: 'lebanonConditionsMet' },
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
      description:
        'The caretaker government has accepted the US proposal on the table; the presidency is still vacant.',
      meta: { label: 'Accepted deal', rung: 0 },
      on: {
        'us.tableProposal': go(
          'negotiatingThroughBerri',
          "A new US proposal is on the table; Lebanon's earlier acceptance does not carry over.",
          ['model'],
        ),
        'lebanon.electPresident': go(
          'presidentElected',
          "Parliament elects army commander Joseph Aoun president, with 99 of 128 votes (9 January 2025), ending the vacancy that began when Michel Aoun's term ended on 31 October 2022.",
          ['aoun-2025-01-09'],
          { guard: 'ceasefireInForce' },
        ),
        'lebanon.openBorderNegotiation': go(
          'negotiatingBorder',
          'Lebanon opens mediated talks on the disputed land-border points.',
          ['reuters-2024-01-18', 'maritime-2022'],
          { guard: 'borderPreconditionsMet' },
        ),
      },
    },
    presidentElected: {
      description:
        'A president is in office, elected after the deal was accepted, and a new government can be formed.',
      meta: { label: 'President elected', rung: 0 },
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
