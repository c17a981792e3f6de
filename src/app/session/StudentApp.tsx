/**
 * The student's page of a class session (`#join=CODE`): pick a team and a name, wait
 * for the teacher to admit the team, then play that party's moves from this device
 * while the shared "Stage" follows the teacher's line. It has no teacher controls and
 * no way to the teacher's view.
 */
import { useCallback, useEffect, useState } from 'react';
import { normaliseCode } from '../../classroom/protocol.ts';
import { joinSession, sessionInfo, SessionError, whoAmI, type SessionInfo } from './api.ts';
import { JoinForm } from './JoinForm.tsx';
import { saveTeamToken, savedTeamToken } from './stored.ts';
import { REMOVED, StudentLink } from './studentLink.ts';
import { TeamPlay } from './TeamPlay.tsx';
import { WaitingRoom } from './WaitingRoom.tsx';
import './session.css';

/** The join code in a `#join=CODE` address, or null. */
export function joinCodeFromHash(hash: string): string | null {
  const found = /^#join=([^&]*)/.exec(hash);
  return found ? normaliseCode(decodeURIComponent(found[1]!)) : null;
}

/** This device's team, as the server last said. */
export interface Me {
  readonly token: string;
  readonly party: string;
  readonly name: string;
  readonly admitted: boolean;
}

/** The page. */
export function StudentApp({ code }: { code: string | null }) {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [me, setMe] = useState<Me | null>(null);
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
          const found = await whoAmI(token);
          if (live && found.role === 'team') return setMe({ ...found, token });
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

  /** The teacher removed the team (or the session ended): back to the join form. */
  const removed = useCallback(() => {
    if (!code) return;
    saveTeamToken(code, null);
    setMe(null);
    setProblem(REMOVED);
    sessionInfo(code).then(setInfo, () => setInfo(null));
  }, [code]);

  // An admitted team plays through one link per party; moving to another party opens a new one.
  const token = me?.token;
  const party = me?.party;
  const name = me?.name;
  const admitted = me?.admitted === true;
  useEffect(() => {
    if (!code || !token || !party || !name || !admitted) return;
    const opened = new StudentLink(code, party, name, token, (now) =>
      now ? setMe({ ...now, token }) : removed(),
    );
    setLink(opened);
    return () => {
      opened.close();
      setLink(null);
    };
  }, [code, token, party, name, admitted, removed]);

  const join = async (chosen: string, teamName: string) => {
    if (!code) return;
    setProblem(null);
    try {
      const joined = await joinSession(code, chosen, teamName);
      saveTeamToken(code, joined.token);
      setMe({ token: joined.token, party: chosen, name: teamName, admitted: joined.admitted });
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
      {!busy && !me && info && <JoinForm info={info} onJoin={(p, n) => void join(p, n)} />}
      {me && !me.admitted && <WaitingRoom me={me} onChange={setMe} onRemoved={removed} />}
      {link && <TeamPlay link={link} scenarioHint={info?.scenario ?? null} />}
    </main>
  );
}
