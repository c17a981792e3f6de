import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

/**
 * The wider region, moved only by world events: the Houthi campaign against Red Sea
 * shipping, and direct Iran–Israel exchanges. It raises the risk everywhere: a
 * direct exchange during a full-scale war lifts the ladder to regional war.
 */
export const regionalMachine = partySetup.createMachine({
  id: 'regional',
  description: 'The wider regional context: the Red Sea and Iran.',
  options: machineOptions,
  type: 'parallel',
  states: {
    redSea: {
      description: 'Houthi attacks on Red Sea shipping.',
      initial: 'houthiCampaign',
      states: {
        calm: {
          description: 'No attacks on Red Sea shipping.',
          meta: { label: 'Calm', rung: 0 },
          on: {
            'world.houthiAttacks': go(
              'houthiCampaign',
              'The Houthis in Yemen attack ships in the Red Sea.',
              ['red-sea-2024-01-12'],
            ),
          },
        },
        houthiCampaign: {
          description: 'Iran-aligned Houthi forces in Yemen attack Red Sea shipping.',
          meta: { label: 'Houthi campaign', rung: 0 },
          on: {
            'world.redSeaCalms': go('calm', 'The attacks on Red Sea shipping stop.', ['model']),
          },
        },
      },
    },
    iran: {
      description: 'Whether Iran and Israel strike each other directly.',
      initial: 'restrained',
      states: {
        restrained: {
          description: 'No direct strikes between Iran and Israel.',
          meta: { label: 'Restrained', rung: 0 },
          on: {
            'world.iranIsraelExchange': go(
              'directExchange',
              'Iran and Israel strike each other directly.',
              ['iran-2024-04-14'],
            ),
          },
        },
        directExchange: {
          description: "Iran and Israel are striking each other's territory.",
          meta: { label: 'Direct exchange', rung: 6 },
          on: {
            'world.iranStandsDown': go(
              'restrained',
              'Iran and Israel step back from direct strikes.',
              ['model'],
            ),
          },
        },
      },
    },
  },
});
