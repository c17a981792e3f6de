/**
 * Refused tries: a move the class (or a team) pressed while the engine refused it. The
 * engine decides whether it was refused and why; this only keeps the record, once per
 * line, step, event and team (pressing it again adds nothing). Pure.
 */
import { availableEvents, currentStep, type AttemptRecord } from '../../engine/index.ts';
import { lineOf } from './lineRecords.ts';
import type { Session } from './session.ts';

/** The record of trying `event` where the session stands, or null when the engine allows it. */
export function attemptAt(
  session: Session,
  event: string,
  by: string | null,
): AttemptRecord | null {
  const h = session.history;
  const found = availableEvents(session.sim, currentStep(h)).find((e) => e.type === event);
  if (!found || found.enabled) return null;
  return {
    step: h.cursor,
    line: h.line,
    event,
    party: found.controlledBy,
    reason: found.reason ?? '',
    by,
  };
}

/** Adds a refused try unless the same one (line, step, event, team) is already kept. */
export function withAttempt(
  attempts: readonly AttemptRecord[],
  attempt: AttemptRecord,
): readonly AttemptRecord[] {
  const same = attempts.some(
    (a) =>
      lineOf(a) === lineOf(attempt) &&
      a.step === attempt.step &&
      a.event === attempt.event &&
      a.by === attempt.by,
  );
  return same ? attempts : [...attempts, attempt];
}
