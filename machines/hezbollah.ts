import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

/** What Hezbollah does when Israel launches an air campaign or a ground operation. */
const underIsraeliOffensive = {
  'israel.launchAirCampaign': go(
    'expandedFire',
    'Hezbollah answers an Israeli air campaign with deeper and heavier fire.',
    ['air-campaign-2024-09-23'],
  ),
  'israel.launchGroundOperation': go(
    'openWar',
    'Hezbollah fights an Israeli ground operation in southern Lebanon.',
    ['ground-op-2024-10-01'],
  ),
};

/** How Hezbollah's fire follows the Gaza track while its stated condition stands. */
const gazaLinkedPause = {
  'world.gazaTruce': go(
    'restraint',
    'A temporary Gaza truce pauses the support front.',
    ['truce-2023-11'],
    {
      guard: 'gazaLinkageHolds',
    },
  ),
  'world.gazaCeasefire': go(
    'ceasefire',
    'A full Gaza ceasefire meets the condition Hezbollah stated, so it stops firing.',
    ['reuters-2024-01-18'],
    { guard: 'gazaLinkageHolds' },
  ),
};

const brokeredCeasefire = {
  'us.brokerDeal': go('ceasefire', 'Hezbollah observes the ceasefire it accepted.', [
    'ceasefire-2024-11-27',
  ]),
};

/**
 * Hezbollah: its fire across the border (military), its stance on US mediation
 * (diplomacy) and the condition it states for stopping (condition).
 */
export const hezbollahMachine = partySetup.createMachine({
  id: 'hezbollah',
  description: 'Hezbollah, the Lebanese armed group and political party backed by Iran.',
  options: machineOptions,
  type: 'parallel',
  states: {
    military: {
      description: 'What Hezbollah does across the border.',
      initial: 'supportFront',
      states: {
        restraint: {
          description: 'Not firing across the border; on alert.',
          meta: { label: 'Restraint', rung: 1 },
          on: {
            'hezbollah.openFire': go(
              'supportFront',
              'Hezbollah opens what it calls a support front for Gaza: calibrated fire at Israeli positions near the border.',
              ['front-2023-10-08'],
              { guard: 'gazaAtWarAndLinked' },
            ),
            'world.gazaTruceCollapses': go(
              'supportFront',
              'With the Gaza truce over, Hezbollah resumes fire, as its stated condition implies.',
              ['truce-ends-2023-12-01'],
              { guard: 'gazaLinkageHolds' },
            ),
            'world.gazaCeasefire': gazaLinkedPause['world.gazaCeasefire'],
            ...underIsraeliOffensive,
            ...brokeredCeasefire,
          },
        },
        supportFront: {
          description:
            'Calibrated cross-border fire within a few kilometres of the border, which Hezbollah says supports Gaza.',
          meta: { label: 'Support front', rung: 3 },
          on: {
            'hezbollah.expandFire': go(
              'expandedFire',
              'Hezbollah fires deeper into Israel and with heavier weapons.',
              ['model'],
            ),
            'hezbollah.holdFire': go(
              'restraint',
              'Hezbollah stops firing.',
              ['reuters-2024-01-18'],
              {
                guard: 'gazaFightingStoppedOrLinkageDropped',
              },
            ),
            ...gazaLinkedPause,
            ...underIsraeliOffensive,
            ...brokeredCeasefire,
          },
        },
        expandedFire: {
          description: 'Deeper strikes into Israel, beyond the border area.',
          meta: { label: 'Expanded fire', rung: 4 },
          on: {
            'hezbollah.reduceFire': go(
              'supportFront',
              'Hezbollah returns to calibrated fire near the border.',
              ['model'],
            ),
            'hezbollah.holdFire': go(
              'restraint',
              'Hezbollah stops firing.',
              ['reuters-2024-01-18'],
              {
                guard: 'gazaFightingStoppedOrLinkageDropped',
              },
            ),
            ...gazaLinkedPause,
            'israel.launchGroundOperation': underIsraeliOffensive['israel.launchGroundOperation'],
            ...brokeredCeasefire,
          },
        },
        openWar: {
          description:
            'Full-scale fighting against an Israeli ground operation, with long-range fire.',
          meta: { label: 'Open war', rung: 8 },
          on: {
            'hezbollah.reduceFire': go(
              'expandedFire',
              'Hezbollah scales its fire back from open war.',
              ['model'],
            ),
            'world.gazaCeasefire': gazaLinkedPause['world.gazaCeasefire'],
            ...brokeredCeasefire,
          },
        },
        ceasefire: {
          description: 'Observing a ceasefire on the Lebanon front.',
          meta: { label: 'Ceasefire', rung: 0 },
          on: {
            'hezbollah.openFire': go(
              'supportFront',
              'Hezbollah resumes its support front for Gaza.',
              ['front-2023-10-08'],
              { guard: 'gazaAtWarAndLinked' },
            ),
            'world.gazaCeasefireCollapses': go(
              'supportFront',
              'The Gaza ceasefire breaks down; while its condition stands, Hezbollah resumes fire.',
              ['reuters-2024-01-18'],
              { guard: 'gazaLinkageHolds' },
            ),
            ...underIsraeliOffensive,
          },
        },
      },
    },
    diplomacy: {
      description: "Hezbollah's stance on US mediation.",
      initial: 'openToTalks',
      states: {
        openToTalks: {
          description:
            'Open to US diplomacy; Lebanese officials told Reuters (18 January 2024) it wants to avoid a war they called ruinous for Lebanon, and may back Lebanon negotiating a mediated land-border deal after the Gaza war.',
          meta: { label: 'Open to talks', rung: 0 },
          on: {
            'us.tableProposal': go('reviewingProposal', 'Hezbollah reviews the US proposal.', [
              'reuters-2024-01-18',
            ]),
            'hezbollah.backNegotiation': go(
              'backsLebaneseNegotiation',
              'Hezbollah backs the Lebanese state negotiating the land border through the US mediator.',
              ['reuters-2024-01-18'],
              { guard: 'gazaWarEnded' },
            ),
          },
        },
        reviewingProposal: {
          description: 'Reviewing a US proposal for reducing cross-border fire.',
          meta: { label: 'Reviewing proposal', rung: 0 },
          on: {
            'hezbollah.rejectProposal': go(
              'rejectedProposal',
              'Hezbollah rejects the proposal while the Gaza fighting continues (Lebanese officials told Reuters it found the ideas unrealistic), and keeps the door to diplomacy open.',
              ['reuters-2024-01-18'],
              { quotes: 'hezbollahConditionsMet' },
            ),
            'hezbollah.acceptProposal': go(
              'acceptedProposal',
              'Hezbollah accepts the US proposal.',
              ['ceasefire-2024-11-27'],
              { guard: 'hezbollahConditionsMet' },
            ),
          },
        },
        rejectedProposal: {
          description:
            'Rejected the US proposal while Gaza fighting continues (unrealistic, in the words Lebanese officials gave Reuters); still open to US diplomacy.',
          meta: { label: 'Rejected proposal', rung: 0 },
          on: {
            'hezbollah.signalOpenness': go(
              'openToTalks',
              'Hezbollah signals it stays open to US diplomacy and, after the Gaza war, to Lebanon negotiating the border.',
              ['reuters-2024-01-18'],
            ),
            'us.tableProposal': go(
              'reviewingProposal',
              'Hezbollah reviews the revised US proposal.',
              ['reuters-2024-01-18'],
            ),
            'hezbollah.backNegotiation': go(
              'backsLebaneseNegotiation',
              'Hezbollah backs the Lebanese state negotiating the land border through the US mediator.',
              ['reuters-2024-01-18'],
              { guard: 'gazaWarEnded' },
            ),
          },
        },
        acceptedProposal: {
          description: 'Has accepted the US proposal on the table.',
          meta: { label: 'Accepted proposal', rung: 0 },
          on: {
            'us.tableProposal': go('reviewingProposal', 'Hezbollah reviews the new US proposal.', [
              'reuters-2024-01-18',
            ]),
            'hezbollah.backNegotiation': go(
              'backsLebaneseNegotiation',
              'Hezbollah backs the Lebanese state negotiating the land border through the US mediator.',
              ['reuters-2024-01-18'],
              { guard: 'gazaWarEnded' },
            ),
          },
        },
        backsLebaneseNegotiation: {
          description:
            'Backs the Lebanese state negotiating a mediated deal on the disputed land-border points.',
          meta: { label: 'Backs Lebanese negotiation', rung: 0 },
          on: {
            'israel.launchGroundOperation': go(
              'openToTalks',
              "An Israeli ground operation ends Hezbollah's backing for border talks.",
              ['model'],
            ),
          },
        },
      },
    },
    condition: {
      description: 'The condition Hezbollah states for stopping its fire.',
      initial: 'linkedToGaza',
      states: {
        linkedToGaza: {
          description: 'Stated condition: the fire goes on until a full ceasefire in Gaza.',
          meta: { label: 'Tied to Gaza', rung: 0 },
          on: {
            'israel.strikeLeadership': go(
              'linkedAfterLeadershipLosses',
              "Israeli strikes hit Hezbollah's leadership (the pager and radio explosions of 17–18 September 2024; Hassan Nasrallah killed on 27 September); its stated condition still stands.",
              ['pagers-2024-09-17', 'nasrallah-2024-09-28'],
              { guard: 'israelStrikingBeyondTheBorder' },
            ),
          },
        },
        linkedAfterLeadershipLosses: {
          description:
            'Stated condition still standing (the fire goes on until a full ceasefire in Gaza), after heavy losses among its commanders and leaders. In the model, only from here can the condition give way.',
          meta: { label: 'Tied to Gaza, leadership struck', rung: 0 },
          on: {
            'israel.strikeLeadership': go(
              'linkedAfterLeadershipLosses',
              "Another Israeli strike hits Hezbollah's leadership; its stated condition still stands.",
              ['nasrallah-2024-09-28'],
              { guard: 'israelStrikingBeyondTheBorder' },
            ),
            'hezbollah.dropGazaCondition': go(
              'delinked',
              'Hezbollah drops its condition that fire on the Lebanon front stop only with a Gaza ceasefire (as Reuters reported on 8 October 2024); in the model, this happens only after the losses of its leadership and under severe military pressure.',
              ['qassem-2024-10-08', 'model'],
              { guard: 'underSevereMilitaryPressure', abandons: 'gazaLinkage' },
            ),
          },
        },
        delinked: {
          description: 'Condition dropped: would accept a Lebanon ceasefire not tied to Gaza.',
          meta: { label: 'Condition dropped', rung: 0 },
        },
      },
    },
  },
});
