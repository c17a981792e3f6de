/**
 * The worksheet's columns and reflection questions, in one place: the printed handout
 * renders them and docs/worksheet.md must carry the same words (a test checks it), so
 * the two copies a class might hold never disagree.
 */
import { REFLECTION } from '../scenario/reflection.ts';

export { REFLECTION, type ReflectionQuestion } from '../scenario/reflection.ts';

/** The predictions table's columns, left to right (the first names the step). */
export const WORKSHEET_COLUMNS: readonly string[] = [
  'Step',
  'Your prediction (before the step)',
  'What happened (after the step)',
  'The condition or reason the log gives',
  'Decision, reaction or doctrine?',
];

/** The reflection questions as plain text, in order. */
export const REFLECTION_QUESTIONS: readonly string[] = REFLECTION.map((q) => q.text);
