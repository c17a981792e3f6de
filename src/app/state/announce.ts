/**
 * Sentences for the live region: what a step did, in words, so a screen-reader user
 * hears each move the way a sighted user sees the diagrams change.
 */
import { conflictModel } from '../../../machines/index.ts';
import { currentLine, currentStep, describeMove, type StepResult } from '../../engine/index.ts';
import type { Session } from './session.ts';

/** The rung name of a ladder level. */
export function rungName(level: number): string {
  return conflictModel.ladder.find((r) => r.level === level)?.name ?? String(level);
}

/** The label of an event type (the type itself when unknown). */
export function eventLabel(session: Session, type: string): string {
  return session.sim.index.event(type)?.label ?? type;
}

/** What one step did: its input and every transition, in order. */
export function describeStep(session: Session, step: StepResult): string {
  if (step.index === 0)
    return `Start of the scenario. Ladder ${step.ladder}: ${rungName(step.ladder)}.`;
  const moves = step.transitions.map((t) => describeMove(session.sim.index, t));
  const what = moves.length ? moves.join('. ') : 'Nobody moved';
  return `Step ${step.index}: ${eventLabel(session, step.input!)}. ${what}. Ladder ${step.ladder}: ${rungName(step.ladder)}.`;
}

/** The announcement after moving the cursor: where the user is now, and what that step did. */
export function describePosition(session: Session): string {
  const line = currentLine(session.history);
  const step = currentStep(session.history);
  return `At step ${step.index} of ${line.steps.length - 1}. ${describeStep(session, step)}`;
}
