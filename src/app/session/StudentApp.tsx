/**
 * The student's page of a class session (`#join=CODE`): pick a team and a name, then
 * play that party's moves from this device while the shared "Stage" follows the
 * teacher's line. It has no teacher controls and no way to the teacher's view.
 */
import { useEffect, useState } from 'react';
import { normaliseCode } from '../../classroom/protocol.ts';
import { joinSession, sessionInfo, SessionError, whoAmI, type SessionInfo } from './api.ts';
import { JoinForm } from './JoinForm.tsx';
import { saveTeamToken, savedTeamToken } from './stored.ts';
import { StudentLink } from './studentLink.ts';
import { TeamPlay } from './TeamPlay.tsx';
import './session.css';

/** The join code in a `#join=CODE` address, or null. */
export function joinCodeFromHash(hash: string): string | null {
  const found = /^#join=([^&]*)/.exec(hash);
  return found ? normaliseCode(decodeURIComponent(found[1]!)) : null;
}

/** The page. */
export function StudentApp({ code }: { code: string | null }) {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [link, setLink] = useState<StudentLink | null>(null);
  const [problem, setProblem] = useState<string | null>(
    code ? null : 'This join link has no valid code: ask your teacher for the link again.',
  );
  const [busy, setBusy] = useState(true);

  useEffect(() => {
    if (!code) return setBusy(false);
    let live = true;
    (async () => {
      const token = savedTeamToken(code);
      if (token) {
        try {
          const me = await whoAmI(token);
          if (live && me.role === 'team')
            return setLink(new StudentLink(code, me.party, me.name, token));
        } catch {
          saveTeamToken(code, null); // removed or ended: join again
        }
      }
      try {
        const found = await sessionInfo(code);
        if (live) setInfo(found);
      } catch (error) {
        if (live) setProblem(error instanceof SessionError ? error.message : String(error));
      }
    })().finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [code]);
  useEffect(() => () => link?.close(), [link]);

  const join = async (party: string, name: string) => {
    if (!code) return;
    setProblem(null);
    try {
      const { token } = await joinSession(code, party, name);
      saveTeamToken(code, token);
      setLink(new StudentLink(code, party, name, token));
    } catch (error) {
      setProblem(error instanceof SessionError ? error.message : String(error));
      setInfo(await sessionInfo(code).catch(() => info));
    }
  };

  return (
    <main id="main" className="student-page">
      <h1>Escalation Lab: class session</h1>
      <p className="simplification">
        A teaching simplification of a real conflict, not a forecast. Your team decides for its
        party; the class watches one shared line.
      </p>
      {problem && (
        <p role="alert" className="session-error">
          {problem}
        </p>
      )}
      {busy && <p>Connecting…</p>}
      {!busy && !link && info && <JoinForm info={info} onJoin={(p, n) => void join(p, n)} />}
      {link && <TeamPlay link={link} scenarioHint={info?.scenario ?? null} />}
    </main>
  );
}
