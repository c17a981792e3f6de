/**
 * The care protocol for a role play about a real conflict in which people died: what
 * the teacher does before, during and after, printed on every teacher's copy and in
 * docs/care.md (a test checks that both carry every point).
 */

/** One part of the protocol: a heading and its points. */
export interface CarePart {
  readonly id: string;
  readonly heading: string;
  readonly points: readonly string[];
}

/** Before, during and after the lesson. */
export const CARE_PROTOCOL: readonly CarePart[] = [
  {
    id: 'before',
    heading: 'Before the lesson',
    points: [
      'Give notice a lesson ahead: name the conflict, say that people were killed and displaced, and that some steps report casualty figures.',
      'Offer a choice of role, or an observer role, to anyone who asks, with no reason required. No one is asked to disclose a personal connection to the region or to the people harmed.',
      'Read the content notes on the teacher’s copy and decide where to read them aloud.',
    ],
  },
  {
    id: 'during',
    heading: 'During the lesson',
    points: [
      'Say at the start: playing a role is not endorsing it. Teams argue a party’s stated position to understand it, not to agree with it.',
      'Read each content note before its step. Anyone may step out for a moment without explaining why.',
      'If a student is distressed: give the class a task to get on with, speak to the student privately, offer the observer role or a break, and follow your school’s pastoral procedure.',
      'If an argument turns heated: pause play, restate the norm of attributed language (“Hezbollah said…”, “Israeli officials said…”), return to the sources, and resume only when the room is ready.',
      'Casualty figures only with a source and a date, and say whose count it is.',
    ],
  },
  {
    id: 'after',
    heading: 'After the lesson: de-roling',
    points: [
      'Each team says, out of role, one thing its party wanted and one thing it cost others.',
      'Students take off their role names: “I am no longer the Israel team; I am …”.',
      'Ask how the exercise felt before asking what happened (the debrief’s first phase), and say where support is available.',
    ],
  },
];

/** The neutral, attributed paragraph on what each party is, for the teacher to read out. */
export const PARTY_NOTES: readonly {
  readonly party: string;
  readonly name: string;
  readonly note: string;
}[] = [
  {
    party: 'hezbollah',
    name: 'Hezbollah',
    note: 'A Shia political party in Lebanon’s parliament with an armed wing, backed by Iran, as the January 2024 Reuters report says. The United States and other governments designate it a terrorist organisation; its supporters describe it as a resistance movement.',
  },
  {
    party: 'israel',
    name: 'Israel',
    note: 'A state whose government was at war in Gaza after the Hamas attack of 7 October 2023, in which, according to Israeli figures, about 1,200 people were killed and about 250 taken hostage. Tens of thousands of its residents were evacuated from the north during the fire across the border.',
  },
  {
    party: 'us',
    name: 'United States',
    note: 'A mediator between the Lebanese state and Israel, through its envoy Amos Hochstein, and Israel’s main ally. It talks to Hezbollah only through Lebanese officials.',
  },
  {
    party: 'lebanon',
    name: 'Lebanese state',
    note: 'A state with a caretaker government and, from October 2022, no president, in a deep financial crisis. It talks to Israel only through mediators and does not control Hezbollah’s armed wing.',
  },
];

/** What the teacher says before the first step of any scenario. */
export const NOT_ENDORSING =
  'Playing a role is not endorsing it: each team argues its party’s stated position to understand it.';
