/**
 * The events a person can send now, as real buttons grouped by who decides them.
 * Availability comes from the engine (`availableEvents`); the UI never re-derives a
 * guard. A disabled event stays visible and focusable (aria-disabled, not disabled),
 * with the engine's reason as its accessible description.
 */
import { memo, useMemo } from 'react';
import {
  availableEvents,
  type EventAvailability,
  type Simulation,
  type StepResult,
} from '../../engine/index.ts';
import { TEACHER_ROLE } from '../state/lab.ts';

/** Props of the events panel. */
export interface EventsPanelProps {
  readonly sim: Simulation;
  readonly step: StepResult;
  readonly role: string;
  readonly onSend: (type: string) => void;
  /** A refused event was pressed: the sentence to announce, and the event. */
  readonly onRefused: (sentence: string, type: string) => void;
}

/** A DOM id from an event type ("hezbollah.openFire" → "reason-hezbollah-openFire"). */
const reasonId = (type: string) => `reason-${type.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The groups, in party order, then the world's. */
export function groupEvents(
  sim: Simulation,
  events: readonly EventAvailability[],
): { id: string; title: string; events: EventAvailability[] }[] {
  const groups = sim.model.parties
    .map((p) => ({
      id: p.id,
      title: `${p.name} decisions`,
      events: events.filter((e) => e.controlledBy === p.id),
    }))
    .filter((g) => g.events.length > 0);
  groups.push({
    id: 'world',
    title: 'World events',
    events: events.filter((e) => e.controlledBy === 'world'),
  });
  return groups;
}

interface EventButtonProps {
  readonly e: EventAvailability;
  readonly onSend: (t: string) => void;
  readonly onRefused: (s: string, type: string) => void;
}

/**
 * The count above the buttons, in the words of the view: the teacher's counts every
 * event; a team's counts only its own moves (the buttons it sees), so "possible now"
 * refers to what the team can do.
 */
export function countLine(events: readonly EventAvailability[], role: string): string {
  const shown = role === TEACHER_ROLE ? events : events.filter((e) => e.controlledBy === role);
  const enabled = shown.filter((e) => e.enabled).length;
  const verb = enabled === 1 ? 'is' : 'are';
  if (role === TEACHER_ROLE) return `${enabled} of ${shown.length} events ${verb} possible now.`;
  return `${enabled} of your ${shown.length} ${shown.length === 1 ? 'move' : 'moves'} ${verb} possible now.`;
}

/** Availability objects are new at every step; a button re-renders only when what it shows changes. */
const sameButton = (a: EventButtonProps, b: EventButtonProps) =>
  a.e.type === b.e.type &&
  a.e.enabled === b.e.enabled &&
  a.e.reason === b.e.reason &&
  a.onSend === b.onSend &&
  a.onRefused === b.onRefused;

const EventButton = memo(function EventButton({ e, onSend, onRefused }: EventButtonProps) {
  const describedBy = reasonId(e.type);
  return (
    <li className={e.enabled ? 'event enabled' : 'event disabled'}>
      <button
        type="button"
        className="event-button"
        data-event={e.type}
        aria-disabled={e.enabled ? undefined : 'true'}
        aria-describedby={describedBy}
        onClick={() =>
          e.enabled
            ? onSend(e.type)
            : onRefused(`“${e.label}” is not possible now: ${e.reason}`, e.type)
        }
      >
        {e.label}
      </button>
      <span id={describedBy} className={e.enabled ? 'event-note' : 'event-reason'}>
        {e.enabled ? e.description : e.reason}
      </span>
    </li>
  );
}, sameButton);

/** Every event, enabled or not, in groups; the role view shows only that party's group. */
export const EventsPanel = memo(function EventsPanel({
  sim,
  step,
  role,
  onSend,
  onRefused,
}: EventsPanelProps) {
  const events = useMemo(() => availableEvents(sim, step), [sim, step]);
  const groups = groupEvents(sim, events).filter((g) => role === TEACHER_ROLE || g.id === role);
  return (
    <section className="panel events" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <p className="hint">
        {countLine(events, role)} A disabled {role === TEACHER_ROLE ? 'event' : 'move'} shows why.
      </p>
      {groups.map((g) => (
        // biome-ignore lint/a11y/useSemanticElements: a group of buttons under a heading, not a form's fieldset.
        <div
          key={g.id}
          role="group"
          aria-labelledby={`group-${g.id}`}
          className="event-group"
          data-controller={g.id}
        >
          <h3 id={`group-${g.id}`}>{g.title}</h3>
          <ul>
            {g.events.map((e) => (
              <EventButton key={e.type} e={e} onSend={onSend} onRefused={onRefused} />
            ))}
          </ul>
        </div>
      ))}
      {role !== TEACHER_ROLE && (
        <p className="hint">
          World events are the teacher's: switch “View as” to Teacher to see them.
        </p>
      )}
    </section>
  );
});
