import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

const brokeredCeasefire = {
  'us.brokerDeal': go('ceasefire', 'Israel observes the ceasefire it accepted.', [
    'ceasefire-2024-11-27',
  ]),
};

/** Israel's return fire pauses when Hezbollah's does: during a truce, while Hezbollah ties its fire to Gaza. */
const pausesWithHezbollah = {
  'world.gazaTruce': go(
    'holding',
    'In the model, because Hezbollah pauses during a Gaza truce, Israeli return fire pauses too (the Israeli army reported no border incidents on 24 November 2023).',
    ['truce-2023-11'],
    { guard: 'gazaLinkageHolds' },
  ),
  'world.gazaCeasefire': go(
    'holding',
    'Because Hezbollah stops with a full Gaza ceasefire, Israeli return fire stops too.',
    ['reuters-2024-01-18'],
    { guard: 'gazaLinkageHolds' },
  ),
};

/** A targeted killing of a commander, in the border area or beyond it (from January 2024). */
const killCommander = (target: string, description: string) => ({
  'israel.killCommander': go(target, description, [
    'arouri-2024-01-02',
    'tawil-2024-01-08',
    'shukr-2024-07-30',
  ]),
});

const scaleBack = {
  'israel.scaleBackOperations': go(
    'deterrenceFire',
    'Israel scales back to responding in kind near the border.',
    ['model'],
  ),
};

/**
 * Israel: its military posture on the northern front (military) and its political
 * stance (political): the demand that Hezbollah withdraw from the border area so
 * that displaced residents can return, pressure to act, and acceptance of a deal.
 */
export const israelMachine = partySetup.createMachine({
  id: 'israel',
  description: "Israel's government and military on the northern front.",
  options: machineOptions,
  type: 'parallel',
  states: {
    military: {
      description: 'What Israel does on the northern front.',
      initial: 'deterrenceFire',
      states: {
        holding: {
          description: 'Return fire paused; forces on alert.',
          meta: { label: 'Holding fire', rung: 1 },
          on: {
            'hezbollah.openFire': go(
              'deterrenceFire',
              'Israel responds in kind to Hezbollah fire.',
              ['front-2023-10-08'],
            ),
            'world.gazaTruceCollapses': go(
              'deterrenceFire',
              'With the truce over and Hezbollah firing again, Israel responds in kind.',
              ['truce-ends-2023-12-01'],
              { guard: 'gazaLinkageHolds' },
            ),
            'world.gazaCeasefireCollapses': go(
              'deterrenceFire',
              'The Gaza ceasefire breaks down; with Hezbollah firing again, Israel responds in kind.',
              ['model'],
              { guard: 'gazaLinkageHolds' },
            ),
            'israel.launchAirCampaign': go(
              'airCampaign',
              'Israel launches a sustained air campaign in Lebanon.',
              ['air-campaign-2024-09-23'],
            ),
            ...brokeredCeasefire,
          },
        },
        deterrenceFire: {
          description: 'Responding in kind to cross-border fire, mostly near the border.',
          meta: { label: 'Deterrence fire', rung: 3 },
          on: {
            ...killCommander(
              'targetedCampaign',
              'Israel kills a commander (in January 2024 Hamas deputy leader Saleh al-Arouri in Beirut on the 2nd, and Wissam al-Tawil of Hezbollah on the 8th); its strikes now target commanders, including beyond the border area.',
            ),
            'israel.escalateTargetedStrikes': go(
              'targetedCampaign',
              'Israel escalates to targeted strikes on commanders, including beyond the border area.',
              ['model'],
            ),
            'israel.launchAirCampaign': go(
              'airCampaign',
              'Israel launches a sustained air campaign in Lebanon.',
              ['air-campaign-2024-09-23'],
            ),
            'hezbollah.holdFire': go(
              'holding',
              'With Hezbollah holding fire, Israeli return fire pauses.',
              ['model'],
            ),
            ...pausesWithHezbollah,
            ...brokeredCeasefire,
          },
        },
        targetedCampaign: {
          description: "Targeted strikes on commanders, including in Beirut's southern suburbs.",
          meta: { label: 'Targeted campaign', rung: 5 },
          on: {
            ...killCommander(
              'targetedCampaign',
              'Israel kills another commander; the targeted campaign goes on.',
            ),
            'israel.launchAirCampaign': go(
              'airCampaign',
              'Israel launches a sustained air campaign in Lebanon.',
              ['air-campaign-2024-09-23'],
            ),
            'hezbollah.holdFire': go(
              'holding',
              'With Hezbollah holding fire, Israeli strikes pause.',
              ['model'],
            ),
            ...scaleBack,
            ...pausesWithHezbollah,
            ...brokeredCeasefire,
          },
        },
        airCampaign: {
          description: 'A sustained air campaign across Lebanon.',
          meta: { label: 'Air campaign', rung: 8 },
          on: {
            'israel.launchGroundOperation': go(
              'groundOperation',
              'Israel sends ground forces into southern Lebanon.',
              ['ground-op-2024-10-01'],
            ),
            ...scaleBack,
            ...brokeredCeasefire,
          },
        },
        groundOperation: {
          description:
            'Ground forces operating in southern Lebanon, with the air campaign going on.',
          meta: { label: 'Ground operation', rung: 9 },
          on: {
            'israel.scaleBackOperations': go(
              'airCampaign',
              'Israel withdraws ground forces but keeps up air strikes.',
              ['model'],
            ),
            'us.brokerDeal': go(
              'ceasefireForcesInSouth',
              'Israel observes the ceasefire it accepted; its forces stay in southern Lebanon until they withdraw under its terms.',
              ['ceasefire-2024-11-27'],
            ),
          },
        },
        ceasefireForcesInSouth: {
          description:
            'Observing the ceasefire with forces still in southern Lebanon, to withdraw under its terms.',
          meta: { label: 'Ceasefire, forces in the south', rung: 0 },
          on: {
            'israel.completeWithdrawal': go(
              'ceasefire',
              'Israel completes its withdrawal from southern Lebanon.',
              ['model'],
            ),
            'hezbollah.openFire': go(
              'deterrenceFire',
              'Israel responds in kind to Hezbollah fire.',
              ['front-2023-10-08'],
            ),
            'israel.escalateTargetedStrikes': go(
              'targetedCampaign',
              'Israel strikes commanders despite the ceasefire.',
              ['model'],
            ),
            'israel.launchAirCampaign': go(
              'airCampaign',
              'Israel launches a sustained air campaign in Lebanon.',
              ['air-campaign-2024-09-23'],
            ),
          },
        },
        ceasefire: {
          description: 'Observing a brokered ceasefire on the northern front.',
          meta: { label: 'Ceasefire', rung: 0 },
          on: {
            'hezbollah.openFire': go(
              'deterrenceFire',
              'Israel responds in kind to Hezbollah fire.',
              ['front-2023-10-08'],
            ),
            'world.gazaCeasefireCollapses': go(
              'deterrenceFire',
              'The Gaza ceasefire breaks down; with Hezbollah firing again, Israel responds in kind.',
              ['model'],
              { guard: 'gazaLinkageHolds' },
            ),
            'israel.escalateTargetedStrikes': go(
              'targetedCampaign',
              'Israel strikes commanders despite the ceasefire.',
              ['model'],
            ),
            'israel.launchAirCampaign': go(
              'airCampaign',
              'Israel launches a sustained air campaign in Lebanon.',
              ['air-campaign-2024-09-23'],
            ),
          },
        },
      },
    },
    political: {
      description: "Israel's political stance towards the northern front.",
      initial: 'demandsWithdrawal',
      states: {
        demandsWithdrawal: {
          description:
            'Israeli officials demand that Hezbollah forces withdraw from the border area so that displaced residents can return.',
          meta: { label: 'Demands withdrawal', rung: 0 },
          on: {
            'world.massCasualtyIncident': go(
              'pressureToAct',
              'After a mass-casualty incident, Israeli leaders vow a response.',
              ['majdal-shams-2024-07-27'],
            ),
            'israel.acceptProposal': go(
              'acceptsDeal',
              'Israel accepts the US proposal.',
              ['ceasefire-2024-11-27'],
              {
                guard: 'israelConditionsMet',
              },
            ),
            'israel.acceptBorderFramework': go(
              'acceptsBorderFramework',
              'Israel accepts the US framework for the land border.',
              ['maritime-2022'],
              { guard: 'borderFrameworkTabled' },
            ),
          },
        },
        pressureToAct: {
          description:
            'After a mass-casualty incident, Israeli leaders are under strong pressure to respond.',
          meta: { label: 'Pressure to act', rung: 7 },
          on: {
            ...killCommander(
              'demandsWithdrawal',
              "Israel has responded by killing a commander (as with Fuad Shukr in Beirut's southern suburbs on 30 July 2024).",
            ),
            'israel.escalateTargetedStrikes': go(
              'demandsWithdrawal',
              'Israel has responded with targeted strikes.',
              ['model'],
            ),
            'israel.launchAirCampaign': go(
              'demandsWithdrawal',
              'Israel has responded with an air campaign.',
              ['model'],
            ),
            'israel.acceptProposal': go(
              'acceptsDeal',
              'Israel accepts the US proposal.',
              ['ceasefire-2024-11-27'],
              {
                guard: 'israelConditionsMet',
              },
            ),
          },
        },
        acceptsDeal: {
          description: 'Has accepted the US proposal on the table.',
          meta: { label: 'Accepts deal', rung: 0 },
          on: {
            'us.tableProposal': go(
              'demandsWithdrawal',
              "A new US proposal is on the table; Israel's earlier acceptance does not carry over.",
              ['model'],
            ),
            'world.massCasualtyIncident': go(
              'pressureToAct',
              'After a mass-casualty incident, Israeli leaders vow a response.',
              ['majdal-shams-2024-07-27'],
            ),
            'israel.acceptBorderFramework': go(
              'acceptsBorderFramework',
              'Israel accepts the US framework for the land border.',
              ['maritime-2022'],
              { guard: 'borderFrameworkTabled' },
            ),
          },
        },
        acceptsBorderFramework: {
          description: 'Has accepted a US-mediated framework for the disputed land-border points.',
          meta: { label: 'Accepts border framework', rung: 0 },
          on: {
            'world.massCasualtyIncident': go(
              'pressureToAct',
              'After a mass-casualty incident, Israeli leaders vow a response.',
              ['majdal-shams-2024-07-27'],
            ),
          },
        },
      },
    },
  },
});
