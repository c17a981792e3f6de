import type { EventSpec } from './types.ts';

/**
 * Every event a person (or the script) can send, with who controls it.
 * Naming scheme: `<controller>.<verbPhrase>` in camelCase; `world.*` events are
 * exogenous and belong to the teacher or the script. France, which no team plays, acts
 * through `france.*` events that also belong to the teacher or the script.
 */
export const eventCatalog: readonly EventSpec[] = [
  // The world: the Gaza track and the region.
  {
    type: 'world.gazaTruce',
    label: 'Gaza truce begins',
    controlledBy: 'world',
    home: 'gaza',
    description: 'A temporary truce pauses the fighting in Gaza (as from 24 November 2023).',
  },
  {
    type: 'world.gazaTruceCollapses',
    label: 'Gaza truce collapses',
    controlledBy: 'world',
    home: 'gaza',
    description: 'The temporary truce ends and the war in Gaza resumes (as on 1 December 2023).',
  },
  {
    type: 'world.gazaCeasefire',
    label: 'Full Gaza ceasefire',
    controlledBy: 'world',
    home: 'gaza',
    description: 'A full ceasefire takes effect in Gaza: the condition Hezbollah stated.',
  },
  {
    type: 'world.gazaCeasefireCollapses',
    label: 'Gaza ceasefire collapses',
    controlledBy: 'world',
    home: 'gaza',
    description: 'The Gaza ceasefire breaks down and the war resumes.',
  },
  {
    type: 'world.gazaWarEnds',
    label: 'Gaza war ends',
    controlledBy: 'world',
    home: 'gaza',
    description: 'The ceasefire holds and the Gaza war is over.',
  },
  {
    type: 'world.massCasualtyIncident',
    label: 'Mass-casualty incident',
    controlledBy: 'world',
    home: 'israel',
    description:
      'A strike kills many civilians on the Israeli-held side of the front (as in Majdal Shams, a Druze town in the Israeli-occupied Golan Heights, on 27 July 2024; Israel and the US attributed it to Hezbollah, which denied it).',
  },
  {
    type: 'world.houthiAttacks',
    label: 'Houthi attacks on shipping',
    controlledBy: 'world',
    home: 'regional',
    description: 'Houthi forces in Yemen attack ships in the Red Sea (as from November 2023).',
  },
  {
    type: 'world.redSeaCalms',
    label: 'Red Sea attacks stop',
    controlledBy: 'world',
    home: 'regional',
    description: 'The attacks on Red Sea shipping stop.',
  },
  {
    type: 'world.iranIsraelExchange',
    label: 'Direct Iran–Israel strikes',
    controlledBy: 'world',
    home: 'regional',
    description: 'Iran and Israel strike each other directly (as in April and October 2024).',
  },
  {
    type: 'world.iranStandsDown',
    label: 'Iran and Israel step back',
    controlledBy: 'world',
    home: 'regional',
    description: 'Iran and Israel stop striking each other directly.',
  },

  {
    type: 'world.withdrawalDeadlinePasses',
    label: 'Withdrawal deadline passes',
    controlledBy: 'world',
    home: 'us',
    description:
      "The ceasefire's deadline for Israel's withdrawal passes with Israeli forces still in southern Lebanon (as on 26 January and, for five positions, 18 February 2025).",
  },
  {
    type: 'world.ceasefireViolationsAlleged',
    label: 'Ceasefire violations alleged',
    controlledBy: 'world',
    home: 'us',
    description:
      'Each side accuses the other of violating the ceasefire and the complaints go to the US-chaired mechanism (as from December 2024); the deal stays in force.',
  },
  {
    type: 'france.tablePlan',
    label: 'France tables its plan',
    controlledBy: 'world',
    home: 'lebanon',
    description:
      'France delivers a written plan to Beirut (February 2024): a 10 km withdrawal, Lebanese army deployment, an end to Israeli overflights, then land-border talks.',
  },

  // Hezbollah's decisions.
  {
    type: 'hezbollah.openFire',
    label: 'Open the support front',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description:
      'Fire at Israeli positions near the border in what Hezbollah calls support for Gaza.',
  },
  {
    type: 'hezbollah.expandFire',
    label: 'Expand fire',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Fire deeper into Israel and with heavier weapons.',
  },
  {
    type: 'hezbollah.reduceFire',
    label: 'Reduce fire',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Scale fire back by one step.',
  },
  {
    type: 'hezbollah.holdFire',
    label: 'Hold fire',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Stop firing across the border.',
  },
  {
    type: 'hezbollah.rejectProposal',
    label: 'Reject the US proposal',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description:
      'Reject the US proposal while the Gaza fighting continues (in January 2024, Lebanese officials told Reuters the group found the ideas unrealistic).',
  },
  {
    type: 'hezbollah.acceptProposal',
    label: 'Accept the US proposal',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Accept the US proposal for ending cross-border fire.',
  },
  {
    type: 'hezbollah.signalOpenness',
    label: 'Signal openness to diplomacy',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Say publicly that the group stays open to US diplomacy.',
  },
  {
    type: 'hezbollah.backNegotiation',
    label: 'Back Lebanese border negotiation',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description:
      'Back the Lebanese state negotiating the disputed land border through the US mediator.',
  },
  {
    type: 'hezbollah.dropGazaCondition',
    label: 'Drop the Gaza condition',
    controlledBy: 'hezbollah',
    home: 'hezbollah',
    description: 'Stop tying a Lebanon ceasefire to a ceasefire in Gaza.',
  },

  // Israel's decisions.
  {
    type: 'israel.escalateTargetedStrikes',
    label: 'Escalate to targeted strikes',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Strike Hezbollah commanders, including beyond the border area.',
  },
  {
    type: 'israel.killCommander',
    label: 'Kill a commander',
    controlledBy: 'israel',
    home: 'israel',
    description:
      'A targeted killing, in the border area or beyond it (as of Saleh al-Arouri and Wissam al-Tawil in January 2024, and Fuad Shukr in July 2024).',
  },
  {
    type: 'israel.strikeLeadership',
    label: "Strike Hezbollah's leadership",
    controlledBy: 'israel',
    home: 'hezbollah',
    description:
      "Strikes on Hezbollah's command (as the pager and radio explosions of 17–18 September 2024 and the killing of Hassan Nasrallah on 27 September).",
  },
  {
    type: 'israel.launchAirCampaign',
    label: 'Launch an air campaign',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Begin a sustained air campaign across Lebanon.',
  },
  {
    type: 'israel.launchGroundOperation',
    label: 'Launch a ground operation',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Send ground forces into southern Lebanon.',
  },
  {
    type: 'israel.scaleBackOperations',
    label: 'Scale back operations',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Step military operations down by one level.',
  },
  {
    type: 'israel.acceptProposal',
    label: 'Accept the US proposal',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Accept the US proposal for ending cross-border fire.',
  },
  {
    type: 'israel.completeWithdrawal',
    label: 'Complete the withdrawal',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Withdraw the last Israeli forces from southern Lebanon under the ceasefire.',
  },
  {
    type: 'israel.acceptBorderFramework',
    label: 'Accept the border framework',
    controlledBy: 'israel',
    home: 'israel',
    description: 'Accept the US framework for the disputed land-border points.',
  },

  // The United States' decisions.
  {
    type: 'us.sendEnvoy',
    label: 'Send the envoy',
    controlledBy: 'us',
    home: 'us',
    description: 'Start (or restart) shuttle diplomacy between Beirut and Israel.',
  },
  {
    type: 'us.tableProposal',
    label: 'Table a proposal',
    controlledBy: 'us',
    home: 'us',
    description: 'Put forward ideas for reducing cross-border fire.',
  },
  {
    type: 'us.linkToGaza',
    label: 'Tie Lebanon to a Gaza deal',
    controlledBy: 'us',
    home: 'us',
    description:
      'Tie a Lebanon settlement to a Gaza ceasefire deal (as the envoy did in June and August 2024).',
  },
  {
    type: 'us.decoupleFromGaza',
    label: 'Decouple Lebanon from Gaza',
    controlledBy: 'us',
    home: 'us',
    description: 'Pursue the Lebanon track separately from Gaza again (as from October 2024).',
  },
  {
    type: 'us.brokerDeal',
    label: 'Broker the deal',
    controlledBy: 'us',
    home: 'us',
    description: 'Announce the ceasefire deal both sides have accepted.',
  },
  {
    type: 'us.tableBorderFramework',
    label: 'Table a border framework',
    controlledBy: 'us',
    home: 'borderTalks',
    description:
      'Put the US text for the disputed point under talks to both sides; the talks then move to the next point on the agenda, and after the last one the whole framework is on the table.',
  },
  {
    type: 'us.extendArrangement',
    label: 'Extend the arrangement',
    controlledBy: 'us',
    home: 'us',
    description:
      'Announce that the ceasefire arrangement stays in effect past a missed deadline, with a new one (as on 26 January 2025, to 18 February).',
  },
  {
    type: 'us.suspendMediation',
    label: 'Suspend mediation',
    controlledBy: 'us',
    home: 'us',
    description: 'Put US mediation on hold.',
  },
  {
    type: 'us.strikeHouthis',
    label: 'Strike the Houthis',
    controlledBy: 'us',
    home: 'us',
    description: 'Strike Houthi targets in Yemen.',
  },
  {
    type: 'us.haltStrikes',
    label: 'Halt strikes in Yemen',
    controlledBy: 'us',
    home: 'us',
    description: 'Stop US strikes in Yemen.',
  },

  // The Lebanese state's decisions.
  {
    type: 'lebanon.engageMediator',
    label: 'Engage the US mediator',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description: 'Talk to Israel through the US envoy.',
  },
  {
    type: 'lebanon.acceptProposal',
    label: 'Accept the US proposal',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description:
      "The Lebanese government accepts the US proposal on the table (in November 2024 with Speaker Berri negotiating for Hezbollah's side).",
  },
  {
    type: 'lebanon.replyToFrenchPlan',
    label: 'Reply to the French plan',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description: 'Answer the French plan in writing (as on 15 March 2024).',
  },
  {
    type: 'lebanon.electPresident',
    label: 'Elect a president',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description:
      'Parliament ends the presidential vacancy (as when it elected Joseph Aoun on 9 January 2025).',
  },
  {
    type: 'lebanon.openBorderNegotiation',
    label: 'Open border negotiation',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description:
      'Open mediated talks on the disputed land-border points that the terms on the table name.',
  },
  {
    type: 'lebanon.signAgreement',
    label: 'Sign the border agreement',
    controlledBy: 'lebanon',
    home: 'lebanon',
    description: 'Sign the mediated land-border agreement.',
  },
];
