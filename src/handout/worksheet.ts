/**
 * The worksheet's columns and reflection questions, in one place: the printed handout
 * renders them and docs/worksheet.md must carry the same words (a test checks it), so
 * the two copies a class might hold never disagree.
 */

/** The predictions table's columns, left to right (the first names the step). */
export const WORKSHEET_COLUMNS: readonly string[] = [
  'Step',
  'Your prediction (before the step)',
  'What happened (after the step)',
  'The condition or reason the log gives',
  'Decision, reaction or doctrine?',
];

/** A reflection question with the id the alignment tables use. */
export interface ReflectionQuestion {
  readonly id: string;
  readonly text: string;
}

/** The reflection questions every worksheet ends with; they fit any scenario. */
export const REFLECTION: readonly ReflectionQuestion[] = [
  { id: 'reflection-1', text: 'Which stated condition mattered most in this scenario? Who stated it, and where does the log quote it?' },
  { id: 'reflection-2', text: 'Name one step where a party reacted rather than decided. How can you tell from the log?' },
  { id: 'reflection-3', text: 'Where was your prediction furthest from what the model did, and why?' },
  { id: 'reflection-4', text: 'What does the model leave out that you think mattered? Which party’s rules would it change, and how?' },
];

/** The reflection questions as plain text, in order. */
export const REFLECTION_QUESTIONS: readonly string[] = REFLECTION.map((q) => q.text);
