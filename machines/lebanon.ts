import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

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
        'lebanon.acceptProposal': go(
          'acceptedDeal',
          "The Lebanese government accepts the US proposal (in November 2024 with Speaker Berri negotiating for Hezbollah's side).",
          ['ceasefire-2024-11-27'],
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
      description: 'The Lebanese government has accepted the US proposal on the table.',
      meta: { label: 'Accepted deal', rung: 0 },
      on: {
        'us.tableProposal': go(
          'engagedViaMediator',
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
