/**
 * The Stately Inspector, opt-in. Nothing is loaded or sent until a person ticks
 * "Connect Stately Inspector": only then is `@statelyai/inspect` imported (a separate
 * chunk) and the line replayed to it through its manual API. The in-app list shows
 * the same events and works offline.
 */
import { useEffect, useRef, useState } from 'react';
import type { StepResult } from '../../engine/index.ts';
import {
  inspectionEvents,
  inspectionLine,
  stepEvents,
  type InspectionEvent,
} from '../state/inspection.ts';
import type { Session } from '../state/session.ts';

/** The part of an inspector this app uses. */
interface ManualInspector {
  actor(
    actor: string,
    snapshot?: { value?: unknown; status?: 'active'; context?: unknown },
    info?: { definition?: string },
  ): void;
  event(actor: string, event: { type: string }, info?: { source?: string }): void;
  snapshot(
    actor: string,
    snapshot: { value?: unknown; status?: 'active'; context?: unknown },
    info?: { event?: { type: string } },
  ): void;
  stop(): void;
}

/** Sends plain inspection events to an inspector. */
function send(
  inspector: ManualInspector,
  session: Session,
  events: readonly InspectionEvent[],
): void {
  for (const e of events) {
    if (e.kind === 'actor') {
      let definition: string | undefined;
      try {
        definition = JSON.stringify(session.sim.index.party(e.actor).machine.definition);
      } catch {
        definition = undefined;
      }
      inspector.actor(
        e.actor,
        { value: e.value, status: 'active', context: {} },
        definition ? { definition } : {},
      );
    } else if (e.kind === 'event') inspector.event(e.actor, { type: e.event }, { source: 'world' });
    else
      inspector.snapshot(
        e.actor,
        { value: e.value, status: 'active', context: {} },
        { event: { type: e.event } },
      );
  }
}

/** Props of the inspector panel. */
export interface InspectorPanelProps {
  readonly session: Session;
  readonly steps: readonly StepResult[];
  readonly onStatus: (sentence: string) => void;
}

/** The opt-in toggle and the in-app event list. */
export function InspectorPanel({ session, steps, onStatus }: InspectorPanelProps) {
  const [connected, setConnected] = useState(false);
  const [showList, setShowList] = useState(false);
  const inspector = useRef<ManualInspector | null>(null);
  const sent = useRef<readonly StepResult[]>([]);

  const toggle = async (on: boolean) => {
    setConnected(on);
    if (!on) {
      inspector.current?.stop();
      inspector.current = null;
      onStatus('Stately Inspector disconnected.');
      return;
    }
    try {
      const { createBrowserInspector } = await import('@statelyai/inspect');
      const created = createBrowserInspector({ autoStart: true }) as unknown as ManualInspector;
      inspector.current = created;
      send(created, session, inspectionEvents(session, steps));
      sent.current = steps;
      onStatus('Stately Inspector connected: it opens in a new window and needs the network.');
    } catch (error) {
      setConnected(false);
      onStatus(`The Stately Inspector could not start: ${(error as Error).message}`);
    }
  };

  // Keep a connected inspector in step: new steps as events, any other move as fresh snapshots.
  useEffect(() => {
    const target = inspector.current;
    if (!target || steps === sent.current) return;
    const before = sent.current;
    const extends_ = before.length < steps.length && before.every((s, i) => steps[i] === s);
    if (extends_)
      for (const step of steps.slice(before.length))
        send(target, session, stepEvents(session, step));
    else {
      const last = steps[steps.length - 1]!;
      for (const p of session.sim.model.parties)
        target.snapshot(p.id, { value: last.postures[p.id], status: 'active', context: {} });
    }
    sent.current = steps;
  }, [steps, session]);

  useEffect(() => () => inspector.current?.stop(), []);

  const events = showList ? inspectionEvents(session, steps) : [];
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">Inspector</h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={connected}
          onChange={(e) => void toggle(e.target.checked)}
        />{' '}
        Connect Stately Inspector
      </label>
      <p className="hint">
        Off by default. When on, the page loads the inspector and sends the actors’ events to
        stately.ai in another window: this needs the network.
      </p>
      <h3 id="inspector-events-heading">Inspector events</h3>
      <button type="button" aria-expanded={showList} onClick={() => setShowList(!showList)}>
        {showList ? 'Hide inspector events' : 'Show inspector events'}
      </button>
      {showList && (
        <ol className="inspection-list" aria-labelledby="inspector-events-heading">
          {events.slice(-300).map((e, i) => (
            <li key={i} data-kind={e.kind}>
              <span className="step-tag">step {e.step}</span> {inspectionLine(e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
