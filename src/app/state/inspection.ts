/**
 * The inspection events of a line: what the Stately Inspector receives, as plain
 * data. The in-app "Inspector events" view lists them (offline), and the opt-in
 * connection replays the same list to `@statelyai/inspect`'s manual API.
 */
import type { Posture } from '../../../machines/types.ts';
import type { StepResult } from '../../engine/index.ts';
import type { Session } from './session.ts';

/** One inspection event: an actor appears, receives an event, or has a new snapshot. */
export type InspectionEvent =
  | {
      readonly kind: 'actor';
      readonly step: number;
      readonly actor: string;
      readonly value: Posture;
    }
  | {
      readonly kind: 'event';
      readonly step: number;
      readonly actor: string;
      readonly event: string;
    }
  | {
      readonly kind: 'snapshot';
      readonly step: number;
      readonly actor: string;
      readonly value: Posture;
      readonly event: string;
    };

/** Every party appears at step 0; at each step the input goes to every party, and each party that moved has a new snapshot. */
export function inspectionEvents(
  session: Session,
  steps: readonly StepResult[],
): InspectionEvent[] {
  const parties = session.sim.model.parties;
  const out: InspectionEvent[] = [];
  const first = steps[0];
  if (!first) return out;
  for (const p of parties)
    out.push({ kind: 'actor', step: 0, actor: p.id, value: first.postures[p.id]! });
  for (const step of steps.slice(1)) out.push(...stepEvents(session, step));
  return out;
}

/** The inspection events of one step. */
export function stepEvents(session: Session, step: StepResult): InspectionEvent[] {
  const out: InspectionEvent[] = [];
  const moved = new Set(step.transitions.map((t) => t.actor));
  const events = [...new Set(step.transitions.map((t) => t.event))];
  if (!events.length && step.input) events.push(step.input);
  for (const event of events) {
    for (const p of session.sim.model.parties)
      out.push({ kind: 'event', step: step.index, actor: p.id, event });
  }
  for (const p of session.sim.model.parties) {
    if (moved.has(p.id))
      out.push({
        kind: 'snapshot',
        step: step.index,
        actor: p.id,
        value: step.postures[p.id]!,
        event: step.input ?? '',
      });
  }
  return out;
}

/** One inspection event as a line of text. */
export function inspectionLine(e: InspectionEvent): string {
  const value = (v: Posture) =>
    typeof v === 'string'
      ? v
      : Object.entries(v)
          .map(([r, s]) => `${r}: ${s}`)
          .join(', ');
  if (e.kind === 'actor') return `@xstate.actor ${e.actor} (${value(e.value)})`;
  if (e.kind === 'event') return `@xstate.event ${e.actor} ← ${e.event}`;
  return `@xstate.snapshot ${e.actor} = ${value(e.value)}`;
}
