/**
 * The teacher's class-session panel (issue 12): start a session (join code, link, QR
 * code), admit, assign and remove teams in the "Class" region, open a round, reveal
 * the moves through the engine, free play, end the session with the export. The lab's
 * own engine stays the authority: this panel only feeds it moves.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type Dispatch,
} from 'react';
import { currentLine, currentStep, inputsOf } from '../../engine/index.ts';
import { downloadText } from '../download.ts';
import type { LabAction, LabState } from '../state/lab.ts';
import { nextScriptedEvent } from '../state/script.ts';
import { createSession, SessionError } from './api.ts';
import { ClassRoster } from './ClassRoster.tsx';
import { JoinDetails } from './JoinDetails.tsx';
import { RoundResults } from './RoundResults.tsx';
import { revealRound } from './reveal.ts';
import { sessionExport } from './sessionExport.ts';
import { saveTeacher, savedTeacher } from './stored.ts';
import { TeacherLink, type TeacherSnapshot } from './teacherLink.ts';
import './session.css';

/** The panel; `state` and `dispatch` are the lab's own. */
export function ClassSession({
  state,
  dispatch,
}: {
  state: LabState;
  dispatch: Dispatch<LabAction>;
}) {
  const [link, setLink] = useState<TeacherLink | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { session } = state;
  const scenario = session.scenario.scenario;
  const teamParties = scenario.played.filter((id) => session.sim.index.party(id).kind === 'party');

  // A reload finds the teacher's session again (the token never leaves this browser).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount; a later scenario change starts a new session.
  useEffect(() => {
    const saved = savedTeacher();
    if (!saved) return;
    const restored = new TeacherLink(saved.code, saved.token, teamParties, scenario.id);
    setLink(restored);
    // StrictMode mounts twice in development: the first link must not stay open.
    return () => restored.close();
  }, []);
  useEffect(() => () => link?.close(), [link]);

  const start = async () => {
    setMessage(null);
    try {
      const made = await createSession(scenario.id, teamParties);
      saveTeacher({ code: made.code, token: made.teacherToken });
      setLink(new TeacherLink(made.code, made.teacherToken, teamParties, scenario.id));
      dispatch({ type: 'announce', text: `Class session started. Join code ${made.code}.` });
    } catch (error) {
      setMessage(error instanceof SessionError ? error.message : String(error));
    }
  };

  return (
    <section className="panel class-session" aria-labelledby="class-session-heading">
      <h2 id="class-session-heading">Class session</h2>
      {!link && (
        <>
          <p className="hint">
            Teams play their party from their own devices while the class watches this line.
          </p>
          <button type="button" onClick={() => void start()}>
            Start class session
          </button>
        </>
      )}
      {message && (
        <p role="alert" className="session-error">
          {message}
        </p>
      )}
      {link && (
        <LivePanel link={link} state={state} dispatch={dispatch} onEnded={() => setLink(null)} />
      )}
    </section>
  );
}

/** The panel of a running session. */
function LivePanel(props: {
  link: TeacherLink;
  state: LabState;
  dispatch: Dispatch<LabAction>;
  onEnded: () => void;
}) {
  const { link, state, dispatch, onEnded } = props;
  const snap: TeacherSnapshot = useSyncExternalStore(link.subscribe, link.getSnapshot);
  const { session } = state;
  const history = session.history;
  const announce = useCallback((text: string) => dispatch({ type: 'announce', text }), [dispatch]);
  const restored = useRef(false);

  // The line the class sees is the teacher's line up to the cursor, pushed at every change.
  useEffect(() => {
    if (!snap.synced) return;
    if (!restored.current) {
      restored.current = true;
      const shared = snap.line.inputs;
      const mine = inputsOf(currentLine(history)).slice(0, history.cursor);
      // After a reload with another line open, go back to the session's line first.
      if (shared.length > 0 && shared.join() !== mine.join()) {
        dispatch({ type: 'session', action: { type: 'reset' } });
        dispatch({ type: 'session', action: { type: 'branchWith', events: shared } });
        return;
      }
    }
    const next = nextScriptedEvent(session);
    const question = next
      ? (session.scenario.scenario.script[history.cursor]?.question ?? null)
      : null;
    link.setLine(inputsOf(currentLine(history)).slice(0, history.cursor), question);
  }, [history, snap.synced, snap.line.inputs, link, session, dispatch]);

  const reveal = useCallback(
    (closeRound: boolean) => {
      const pending = link.pending();
      const round = link.read().round;
      const result = revealRound(session.sim, currentStep(history), round, pending);
      for (const event of result.events)
        dispatch({ type: 'session', action: { type: 'send', event } });
      link.record(result, closeRound);
      const refused = result.record.entries.filter((e) => e.status === 'refused').length;
      if (closeRound || result.record.entries.length > 0) {
        announce(
          `Round ${round}: ${result.events.length} move${result.events.length === 1 ? '' : 's'} ` +
            `applied, ${refused} refused.`,
        );
      }
    },
    [link, session.sim, history, dispatch, announce],
  );

  // Free play: every new submission goes through the engine as it arrives.
  const pendingCount = snap.teams.filter((t) => t.status === 'submitted').length;
  useEffect(() => {
    if (snap.line.freePlay && pendingCount > 0) reveal(false);
  }, [snap.line.freePlay, pendingCount, reveal]);

  const end = async () => {
    const file = sessionExport(session, snap.line.rounds, snap.line.predictions);
    downloadText(file.name, file.text, 'application/json');
    try {
      await link.end();
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
    }
    saveTeacher(null);
    link.close();
    onEnded();
    announce(
      `Exported ${file.name}. The session has ended and its data is deleted from the server.`,
    );
  };

  const { line } = snap;
  const submitted = snap.teams.filter((t) => t.status === 'submitted').length;
  return (
    <>
      {snap.error && (
        <p role="alert" className="session-error">
          {snap.error}
        </p>
      )}
      <JoinDetails code={snap.code} />
      <p className="connection">
        {snap.connected ? 'Connected to the session server.' : 'Connecting to the session server…'}
      </p>
      <label className="free-play">
        <input
          type="checkbox"
          checked={line.freePlay}
          onChange={(e) => link.setFreePlay(e.target.checked)}
        />{' '}
        Free play (apply each team’s move as it arrives)
      </label>
      <ClassRoster link={link} snap={snap} index={session.sim.index} announce={announce} />
      <p aria-live="polite">
        {line.freePlay
          ? 'Free play: moves are applied as they arrive.'
          : line.roundOpen
            ? `Round ${line.round} is open: ` +
              `${submitted} of ${snap.teams.length} teams have submitted.`
            : line.round > 0
              ? `Round ${line.round} is revealed.`
              : 'No round yet.'}
      </p>
      <div className="round-controls">
        <button
          type="button"
          onClick={() => {
            link.openRound();
            announce(`Round ${line.round + 1} is open.`);
          }}
          disabled={line.roundOpen || line.freePlay}
        >
          Open round
        </button>
        <button
          type="button"
          onClick={() => reveal(true)}
          disabled={!line.roundOpen || line.freePlay}
        >
          Reveal moves
        </button>
        <button type="button" onClick={() => void end()}>
          End session
        </button>
      </div>
      <RoundResults rounds={line.rounds} index={session.sim.index} />
    </>
  );
}
