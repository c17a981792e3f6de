/**
 * The teacher's "Class" region: teams waiting to be admitted ("Admit", "Remove"), the
 * admitted teams with their party (a picker of the parties no other team has), status
 * and "Remove", and the "Admit teams automatically" setting.
 */
import { useEffect, useRef, useState } from 'react';
import type { ModelIndex } from '../../engine/index.ts';
import { SessionError } from './api.ts';
import type { TeacherLink, TeacherSnapshot } from './teacherLink.ts';

const STATUS_TEXT = { joined: 'joined', submitted: 'submitted', offline: 'offline' } as const;

/** The region; `announce` speaks to the page's polite live region. */
export function ClassRoster({
  link,
  snap,
  index,
  announce,
}: {
  link: TeacherLink;
  snap: TeacherSnapshot;
  index: Pick<ModelIndex, 'party'>;
  announce: (text: string) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  // The box shows the teacher's click at once; the server's answer then confirms it.
  const [autoAdmit, setAutoAdmit] = useState<boolean | null>(null);
  useEffect(() => {
    if (autoAdmit !== null && snap.autoAdmit === autoAdmit) setAutoAdmit(null);
  }, [autoAdmit, snap.autoAdmit]);
  const partyName = (id: string) => index.party(id).name;
  const taken = new Set([...snap.teams, ...snap.waiting].map((t) => t.party));
  const free = link.parties.filter((p) => !taken.has(p));

  // A team that starts waiting is announced once; the first reading (a reload) is not news.
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const now = new Set(snap.waiting.map((t) => `${t.party}|${t.name}`));
    const before = seen.current;
    seen.current = now;
    if (!before) return;
    const arrived = snap.waiting.filter((t) => !before.has(`${t.party}|${t.name}`));
    if (arrived.length > 0)
      announce(
        `${arrived.map((t) => `${t.name} (${partyName(t.party)})`).join(', ')} ` +
          `${arrived.length === 1 ? 'is' : 'are'} waiting to be admitted.`,
      );
  });

  /** Runs a roster action; a refusal is shown in the region and nothing else changes. */
  const act = (action: Promise<void>, done: string, undo: () => void = () => undefined) => {
    setProblem(null);
    action.then(
      () => announce(done),
      (error: unknown) => {
        undo();
        setProblem(error instanceof SessionError ? error.message : String(error));
      },
    );
  };

  const picker = (t: { party: string; name: string }) => (
    <label>
      Party for {t.name}{' '}
      <select
        value={t.party}
        onChange={(e) =>
          act(
            link.assign(t.party, e.target.value),
            `${t.name} now plays ${partyName(e.target.value)}.`,
          )
        }
      >
        {[t.party, ...free].map((p) => (
          <option key={p} value={p}>
            {partyName(p)}
          </option>
        ))}
      </select>
    </label>
  );
  const remove = (t: { party: string; name: string }) => (
    <button type="button" onClick={() => act(link.remove(t.party), `Removed ${t.name}.`)}>
      Remove {t.name}
    </button>
  );

  return (
    <section aria-label="Class" className="class-roster">
      <h3>Class</h3>
      <label className="auto-admit">
        <input
          type="checkbox"
          checked={autoAdmit ?? snap.autoAdmit}
          onChange={(e) => {
            const on = e.target.checked;
            setAutoAdmit(on);
            act(
              link.setAutoAdmit(on),
              on ? 'Teams are admitted as they join.' : 'Teams wait for you to admit them.',
              () => setAutoAdmit(null),
            );
          }}
        />{' '}
        Admit teams automatically
      </label>
      {problem && (
        <p role="alert" className="session-error">
          {problem}
        </p>
      )}
      {snap.waiting.length > 0 && (
        <>
          <h4>Waiting to be admitted</h4>
          <ul className="waiting-teams">
            {snap.waiting.map((t) => (
              <li key={t.party}>
                <span className="team-name">{t.name}</span>:{' '}
                <span className="team-status status-waiting">waiting</span> {picker(t)}{' '}
                <button
                  type="button"
                  onClick={() => act(link.admit(t.party), `Admitted ${t.name}.`)}
                >
                  Admit {t.name}
                </button>{' '}
                {remove(t)}
              </li>
            ))}
          </ul>
        </>
      )}
      {snap.teams.length === 0 && snap.waiting.length === 0 && <p>No team has joined yet.</p>}
      <ul>
        {snap.teams.map((t) => (
          <li key={t.party}>
            <span className="team-name">{t.name}</span> plays {partyName(t.party)}:{' '}
            <span className={`team-status status-${t.status}`}>{STATUS_TEXT[t.status]}</span>{' '}
            {picker(t)} {remove(t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
