/**
 * The assessment rubric, row by row, with the ids the scenarios' alignment tables name
 * (validation checks them, so it lives in the scenario layer). The handout and
 * docs/teacher-guide.md print the same rows (a test checks the criteria match).
 */

/** One rubric row: a criterion and its four levels, 4 (excellent) to 1 (beginning). */
export interface RubricRow {
  readonly id: string;
  readonly criterion: string;
  readonly levels: readonly [string, string, string, string];
}

/** The rubric used with the worksheet, the exit ticket and the written brief. */
export const RUBRIC: readonly RubricRow[] = [
  {
    id: 'conditions',
    criterion: 'Stated conditions',
    levels: [
      'States each relevant party’s condition accurately, attributes it, and explains how it enabled or refused specific moves.',
      'States the main conditions accurately and attributes them.',
      'States some conditions; attribution or accuracy slips.',
      'Confuses what a party said with what it did, or omits conditions.',
    ],
  },
  {
    id: 'reasoning',
    criterion: 'Reasoning about moves',
    levels: [
      'Predicts postures with reasons; explains reactions versus decisions using the log (cause, guard).',
      'Predictions mostly reasoned; tells reactions from decisions.',
      'Predictions given with little reasoning.',
      'Predictions missing or unexplained.',
    ],
  },
  {
    id: 'off-ramps',
    criterion: 'Off-ramps and alternatives',
    levels: [
      'Identifies several enabled de-escalating moves at a step, who controlled them and their costs; tests one as a branch.',
      'Identifies at least one off-ramp and who controlled it.',
      'Names an off-ramp without checking it was enabled.',
      'Does not consider alternatives.',
    ],
  },
  {
    id: 'evidence',
    criterion: 'Evidence and sources',
    levels: [
      'Uses dated sources from the handout, prefers the original publisher, and distinguishes reported fact, a party’s claim and disputed responsibility.',
      'Cites sources with dates; mostly distinguishes claims from facts.',
      'Mentions sources vaguely or without dates.',
      'No sources, or claims presented as fact without attribution.',
    ],
  },
  {
    id: 'critique',
    criterion: 'Model critique',
    levels: [
      'Names what the model leaves out and how adding it would change a specific rule or outcome.',
      'Names a limitation of the model with an example.',
      'Says the model is simplified without an example.',
      'Treats the model as a prediction or as the truth.',
    ],
  },
  {
    id: 'care',
    criterion: 'Language and care',
    levels: [
      'Consistently neutral and attributed; handles casualty figures with source and date.',
      'Mostly neutral and attributed.',
      'Occasional loaded or unattributed language.',
      'Casts parties as heroes or villains.',
    ],
  },
];

/** The written brief students may be set (in class or as homework). */
export const WRITTEN_BRIEF = {
  prompt:
    'Write a brief of 300–400 words to your party’s leadership at one step of the scenario: what the situation is, which stated conditions (yours and the others’) limit what can happen, two options with their costs, and the move you recommend and the reactions you expect. Cite at least two dated sources from the handout and attribute every claim.',
  words: '300–400 words',
  exemplar:
    'Exemplar opening (Lebanese state team, after step 1 of baseline-2024-01): “The US envoy’s initial ideas reached us on 11 January 2024 (Reuters, 11 January 2024). Lebanese officials told Reuters that Hezbollah finds them unrealistic and will keep firing until a full ceasefire in Gaza (Reuters, 18 January 2024). We cannot accept for Hezbollah, and we talk to Israel only through the mediator. Option 1: relay the ideas and press for easing the fire near the border; cost: slow, and the south stays emptied. Option 2: propose deploying the army south of the Litani under resolution 1701 (UN Security Council, 11 August 2006); cost: troops and funds we lack, and Hezbollah’s consent. We recommend option 1 now, and expect Hezbollah to reject while keeping the door open…”',
} as const;
