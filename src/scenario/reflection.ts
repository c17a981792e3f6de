/**
 * The reflection questions every worksheet ends with, with the ids the scenarios'
 * alignment tables name. Kept in the scenario layer so validation can check those ids;
 * the handout prints them (src/handout/worksheet.ts).
 */

/** A reflection question with the id the alignment tables use. */
export interface ReflectionQuestion {
  readonly id: string;
  readonly text: string;
}

/** The reflection questions every worksheet ends with; they fit any scenario. */
export const REFLECTION: readonly ReflectionQuestion[] = [
  {
    id: 'reflection-1',
    text: 'Which stated condition mattered most in this scenario? Who stated it, and where does the log quote it?',
  },
  {
    id: 'reflection-2',
    text: 'Name one step where a party reacted rather than decided. How can you tell from the log?',
  },
  {
    id: 'reflection-3',
    text: 'Where was your prediction furthest from what the model did, and why?',
  },
  {
    id: 'reflection-4',
    text: 'What does the model leave out that you think mattered? Which party’s rules would it change, and how?',
  },
];
