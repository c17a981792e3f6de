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

// The stops of the agenda, in its order (the 13 points, Ghajar, the Shebaa Farms; the
// order is the model's). A transition lists the stops still ahead of it: the first whose
// guard holds, a disputed point the terms on the table name, is taken, and the framework,
// unguarded, comes once none is left. `done` says what happened before the move, and `cited`
// adds the sources it rests on.
const toThirteenPoints = (done: string, cited: readonly string[] = []) =>
  go(
    'thirteenPointsTalks',
    `${done} The talks start with the 13 points along the Blue Line that Lebanon contests.`,
    [
      'hochstein-2023-08-31',
      'ghajar-tents-2023-09-22',
      'hochstein-2024-01-12',
      'us-plan-2024-02-04',
      ...cited,
      'model',
    ],
    { guard: 'thirteenPointsOnAgenda' },
  );
const toGhajar = (done: string, cited: readonly string[] = []) =>
  go(
    'ghajarTalks',
    `${done} The talks turn to the northern part of Ghajar.`,
    ['ghajar-2023-07-11', 'ghajar-tents-2023-09-22', ...cited, 'model'],
    { guard: 'ghajarOnAgenda' },
  );
const toShebaaFarms = (done: string, cited: readonly string[] = []) =>
  go(
    'shebaaFarmsTalks',
    `${done} The talks turn to the Shebaa Farms.`,
    ['hochstein-2023-08-31', 'un-sg-2007-10-30-shebaa', ...cited, 'model'],
    { guard: 'shebaaFarmsOnAgenda' },
  );
const toFramework = (done: string, cited: readonly string[] = []) =>
  go('framework', `${done} The framework for every point on the agenda is on the table.`, [
    'maritime-2022',
    ...cited,
    'model',
  ]);

/** Talks reopen on the agenda the terms on the table set (after a collapse too). */
const openTalks = {
  'lebanon.openBorderNegotiation': [toThirteenPoints, toGhajar, toShebaaFarms].map((stop) =>
    stop(
      'Mediated talks on the land border begin, on the disputed points the terms on the table name.',
    ),
  ),
};

/**
 * The possible Israel–Lebanon land-border talks, point by point: the 13 contested points
 * along the Blue Line, the northern part of Ghajar and the Shebaa Farms. Which points are
 * on the agenda is the `borderTalks` term of the proposal on the table; the US mediator
 * tables its text for each in turn (settling the first two, parking the Shebaa Farms),
 * then both sides answer the whole framework. Nobody plays this track: it moves only in
 * reaction to the parties' decisions.
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
      on: openTalks,
    },
    thirteenPointsTalks: {
      description:
        'US-mediated talks on the 13 points along the Blue Line that Lebanon has contested since the Israeli withdrawal of 2000; in the model the mediator settles them by exchanging texts with each side, the indirect format Hochstein proposed in January 2024.',
      meta: { label: 'Talks: the 13 points', rung: 0 },
      on: {
        'us.tableBorderFramework': [toGhajar, toShebaaFarms, toFramework].map((stop) =>
          stop('The US mediator tables its text settling the 13 points.', ['hochstein-2024-01-12']),
        ),
        ...collapseOnOffensive,
      },
    },
    ghajarTalks: {
      description:
        "US-mediated talks on the northern part of Ghajar, a village that straddles the Blue Line: Israel holds it, and Lebanon's caretaker prime minister said in July 2023 that Lebanon considers it Lebanese, recognised as such by the UN.",
      meta: { label: 'Talks: Ghajar', rung: 0 },
      on: {
        'us.tableBorderFramework': [toShebaaFarms, toFramework].map((stop) =>
          stop(
            'The US mediator tables its text on Ghajar: Israel withdraws from the northern part of the village (the swap LBCI reported the mediator was pursuing in September 2023, for the removal of two Hezbollah tents in the Shebaa Farms area).',
            ['ghajar-tents-2023-09-22', 'hochstein-2024-01-12'],
          ),
        ),
        ...collapseOnOffensive,
      },
    },
    shebaaFarmsTalks: {
      description:
        'US-mediated talks on the Shebaa Farms, which Lebanon claims and which Israel took from Syria in 1967 with the Golan Heights: the UN Secretary-General left their border for Lebanon and Syria to agree (2007), so in the model these talks can park the point, not settle it.',
      meta: { label: 'Talks: Shebaa Farms', rung: 0 },
      on: {
        'us.tableBorderFramework': go(
          'framework',
          "The US mediator tables its text on the Shebaa Farms, which parks the point rather than settling it: in the model, the area goes into UN custody until Lebanon and Syria agree on their border, as Lebanon's prime minister proposed in 2006. The framework for every point on the agenda is on the table.",
          ['un-sg-2007-10-30-shebaa', 'haaretz-2006-10-30-shebaa', 'model'],
        ),
        ...collapseOnOffensive,
      },
    },
    framework: {
      description:
        'A US framework for every disputed point on the agenda is on the table: the 13 points and Ghajar settled, the Shebaa Farms (if on the agenda) parked.',
      meta: { label: 'Framework tabled', rung: 0 },
      on: {
        'lebanon.signAgreement': go('agreement', 'The land-border agreement is signed.', [
          'maritime-2022',
        ]),
        ...collapseOnOffensive,
      },
    },
    agreement: {
      description:
        'A mediated land-border agreement has been signed on the points that were on the agenda.',
      meta: { label: 'Agreement', rung: 0 },
    },
    collapsed: {
      description: 'The border talks have collapsed.',
      meta: { label: 'Collapsed', rung: 0 },
      on: {
        ...openTalks,
        'us.sendEnvoy': go(
          'preconditionsUnmet',
          'A new envoy mission restarts the process from the beginning.',
          ['model'],
        ),
      },
    },
  },
});
