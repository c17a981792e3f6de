import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

const suspend = {
  'us.suspendMediation': go('suspended', 'The United States suspends its mediation.', ['model']),
};

/** The envoy ties a Lebanon settlement to a Gaza deal (June–August 2024). */
const linkToGaza = {
  'us.linkToGaza': go(
    'linkedToGaza',
    'The US envoy ties a Lebanon settlement to a Gaza deal: a Gaza ceasefire, he says, would open the way to one (Hochstein in Beirut, 18 June and 14 August 2024).',
    ['hochstein-2024-06-18', 'hochstein-2024-08-14'],
    { guard: 'gazaAtWar' },
  ),
};

/**
 * Violations alleged while the deal is in force: each side accuses the other and the
 * complaints go to the US-chaired mechanism. They do not end the deal by themselves;
 * only a return to major hostilities does (dealBreaks).
 */
const violationsAlleged = (stay: string) => ({
  'world.ceasefireViolationsAlleged': go(
    stay,
    'Each side accuses the other of violating the ceasefire (as from the first days of December 2024) and the complaints go to the US-chaired mechanism; the deal stays in force.',
    ['violations-2024-12-02', 'ceasefire-2024-11-27'],
  ),
});

/** A brokered deal breaks down when either side returns to major hostilities. */
const dealBreaks = {
  'israel.launchAirCampaign': go(
    'shuttleDiplomacy',
    'The deal breaks down; the envoy returns to shuttle diplomacy.',
    ['model'],
  ),
  'hezbollah.openFire': go(
    'shuttleDiplomacy',
    'The deal breaks down; the envoy returns to shuttle diplomacy.',
    ['model'],
  ),
};

/**
 * The United States: its mediation between Israel and Lebanon (mediation) and its
 * military posture in the region (regional).
 */
export const unitedStatesMachine = partySetup.createMachine({
  id: 'us',
  description: 'The United States government and its envoy, Amos Hochstein.',
  options: machineOptions,
  type: 'parallel',
  states: {
    mediation: {
      description: 'US mediation between Israel and Lebanon.',
      initial: 'shuttleDiplomacy',
      states: {
        monitoring: {
          description: 'Following events without an active mediation effort.',
          meta: { label: 'Monitoring', rung: 0 },
          on: {
            'us.sendEnvoy': go(
              'shuttleDiplomacy',
              'The US envoy starts shuttling between Beirut and Israel.',
              ['reuters-2024-01-18'],
            ),
          },
        },
        shuttleDiplomacy: {
          description:
            'The US envoy shuttles between the parties to restore security at the border, pursuing the Lebanon track without waiting for a Gaza ceasefire (as in January 2024).',
          meta: { label: 'Shuttle diplomacy', rung: 0 },
          on: {
            ...linkToGaza,
            'us.tableProposal': go(
              'proposalTabled',
              'The US envoy puts forward ideas for reducing cross-border fire.',
              ['reuters-2024-01-18'],
            ),
            ...suspend,
          },
        },
        proposalTabled: {
          description: 'A US proposal for reducing cross-border fire is on the table.',
          meta: { label: 'Proposal tabled', rung: 0 },
          on: {
            'hezbollah.rejectProposal': go(
              'revisingProposal',
              "After Hezbollah's rejection, the envoy reworks the proposal.",
              ['reuters-2024-01-18'],
            ),
            'us.brokerDeal': go(
              'dealBrokered',
              'The United States announces the deal both sides accepted.',
              ['ceasefire-2024-11-27'],
              {
                guard: 'partiesAcceptedProposal',
              },
            ),
            ...suspend,
          },
        },
        revisingProposal: {
          description: 'Reworking a rejected proposal while diplomacy continues.',
          meta: { label: 'Revising proposal', rung: 0 },
          on: {
            ...linkToGaza,
            'us.tableProposal': go('proposalTabled', 'The envoy puts forward a revised proposal.', [
              'reuters-2024-01-18',
            ]),
            ...suspend,
          },
        },
        linkedToGaza: {
          description:
            'The United States ties a Lebanon settlement to a Gaza deal. In the model, while the tracks are tied it tables no Lebanon-only proposal: the way to a deal runs through a Gaza ceasefire, or through decoupling the tracks again.',
          meta: { label: 'Tied to a Gaza deal', rung: 0 },
          on: {
            'us.decoupleFromGaza': go(
              'shuttleDiplomacy',
              "The United States pursues the Lebanon track separately from Gaza again: Hochstein said in Beirut on 21 October 2024 that tying Lebanon's future to other conflicts was not in the Lebanese people's interest.",
              ['hochstein-2024-10-21'],
            ),
            'world.gazaCeasefire': go(
              'shuttleDiplomacy',
              'With a Gaza ceasefire in place, the envoy works on the Lebanon settlement it was tied to.',
              ['hochstein-2024-08-14', 'model'],
            ),
            ...suspend,
          },
        },
        dealBrokered: {
          description:
            'A US-brokered cessation of hostilities is in force: in the November 2024 terms, Israel withdraws within 60 days and a US-chaired mechanism monitors.',
          meta: { label: 'Deal brokered', rung: 0 },
          on: {
            'world.withdrawalDeadlinePasses': go(
              'deadlineMissed',
              'The withdrawal deadline passes with Israeli forces still in southern Lebanon.',
              ['ceasefire-2024-11-27'],
              { guard: 'israeliForcesInSouthLebanon' },
            ),
            ...violationsAlleged('dealBrokered'),
            ...dealBreaks,
          },
        },
        deadlineMissed: {
          description:
            'A withdrawal deadline has passed with Israeli forces still in southern Lebanon; the arrangement is in question.',
          meta: { label: 'Deadline missed', rung: 0 },
          on: {
            'us.extendArrangement': go(
              'arrangementExtended',
              'The United States announces that the arrangement stays in effect, with a new deadline.',
              ['model'],
              { guard: 'withdrawalDeadlineMissed' },
            ),
            'israel.completeWithdrawal': go(
              'dealBrokered',
              "With Israel's withdrawal complete, the deal is back on its terms.",
              ['model'],
            ),
            ...violationsAlleged('deadlineMissed'),
            ...dealBreaks,
          },
        },
        arrangementExtended: {
          description: 'The ceasefire arrangement has been extended to a new withdrawal deadline.',
          meta: { label: 'Arrangement extended', rung: 0 },
          on: {
            'world.withdrawalDeadlinePasses': go(
              'deadlineMissed',
              'The extended deadline passes with Israeli forces still in southern Lebanon.',
              ['model'],
              { guard: 'israeliForcesInSouthLebanon' },
            ),
            'israel.completeWithdrawal': go(
              'dealBrokered',
              "With Israel's withdrawal complete, the deal is back on its terms.",
              ['model'],
            ),
            ...violationsAlleged('arrangementExtended'),
            ...dealBreaks,
          },
        },
        suspended: {
          description: 'US mediation is on hold.',
          meta: { label: 'Suspended', rung: 0 },
          on: {
            'us.sendEnvoy': go('shuttleDiplomacy', 'The US envoy resumes shuttle diplomacy.', [
              'reuters-2024-01-18',
            ]),
          },
        },
      },
    },
    regional: {
      description: 'US military posture in the wider region.',
      initial: 'deterrence',
      states: {
        deterrence: {
          description: 'Deploying forces to deter a wider war, without striking.',
          meta: { label: 'Deterrence', rung: 0 },
          on: {
            'us.strikeHouthis': go(
              'counterstrikes',
              'The United States strikes Houthi targets in Yemen.',
              ['red-sea-2024-01-12'],
              {
                guard: 'houthiCampaignActive',
              },
            ),
          },
        },
        counterstrikes: {
          description:
            'Striking Houthi targets in Yemen in response to attacks on Red Sea shipping.',
          meta: { label: 'Counterstrikes', rung: 0 },
          on: {
            'us.haltStrikes': go('deterrence', 'The United States stops its strikes in Yemen.', [
              'model',
            ]),
            'world.redSeaCalms': go(
              'deterrence',
              'With the Red Sea attacks over, US strikes stop.',
              ['model'],
            ),
          },
        },
      },
    },
  },
});
