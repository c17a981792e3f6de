import { go } from './world.ts';
import { machineOptions, partySetup } from './setupParty.ts';

const collapseOnOffensive = {
  'israel.launchAirCampaign': go('collapsed', 'An Israeli air campaign ends the border talks.', [
    'model',
  ]),
  'israel.launchGroundOperation': go(
    'collapsed',
    'An Israeli ground operation ends the border talks.',
    ['model'],
  ),
};

/**
 * The possible Israel–Lebanon land-border talks (Ghajar, Shebaa Farms and the
 * contested Blue Line points). Nobody plays this track: it moves only in reaction
 * to the parties' decisions.
 */
export const borderTalksMachine = partySetup.createMachine({
  id: 'borderTalks',
  description:
    'Mediated talks on the disputed land-border points, on the model of the 2022 maritime deal.',
  options: machineOptions,
  initial: 'preconditionsUnmet',
  states: {
    preconditionsUnmet: {
      description: 'No talks: Hezbollah said it might back them only after the Gaza war ends.',
      meta: { label: 'Preconditions unmet', rung: 0 },
      on: {
        'lebanon.openBorderNegotiation': go(
          'mediatedTalks',
          'Mediated talks on the land border begin.',
          ['reuters-2024-01-18'],
        ),
      },
    },
    mediatedTalks: {
      description:
        'US-mediated talks on the disputed land-border points are under way: the 13 points along the Blue Line, the northern part of Ghajar and the Shebaa Farms.',
      meta: { label: 'Mediated talks', rung: 0 },
      on: {
        'us.tableBorderFramework': go(
          'framework',
          'The US mediator tables a framework for the land border.',
          ['maritime-2022'],
          {
            guard: 'borderTalksUnderway',
          },
        ),
        ...collapseOnOffensive,
      },
    },
    framework: {
      description: 'A US framework for the land border is on the table.',
      meta: { label: 'Framework tabled', rung: 0 },
      on: {
        'lebanon.signAgreement': go('agreement', 'The land-border agreement is signed.', [
          'maritime-2022',
        ]),
        ...collapseOnOffensive,
      },
    },
    agreement: {
      description: 'A mediated land-border agreement has been signed.',
      meta: { label: 'Agreement', rung: 0 },
    },
    collapsed: {
      description: 'The border talks have collapsed.',
      meta: { label: 'Collapsed', rung: 0 },
      on: {
        'us.sendEnvoy': go(
          'preconditionsUnmet',
          'A new envoy mission restarts the process from the beginning.',
          ['model'],
        ),
      },
    },
  },
});
