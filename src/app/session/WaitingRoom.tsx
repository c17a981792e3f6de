/**
 * A team that joined and waits for the teacher to admit it. It opens no session
 * document (the server would refuse it), so it asks the server every few seconds
 * whether it is in, moved to another party, or removed.
 */
import { useEffect } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import { SessionError, whoAmI } from './api.ts';
import type { Me } from './StudentApp.tsx';

const ASK_EVERY_MS = 2000;

/** The waiting message; `onChange` hears the server's newer answer, `onRemoved` a removal. */
export function WaitingRoom({
  me,
  onChange,
  onRemoved,
}: {
  me: Me;
  onChange: (now: Me) => void;
  onRemoved: () => void;
}) {
  useEffect(() => {
    let live = true;
    const ask = async () => {
      try {
        const now = await whoAmI(me.token);
        if (!live || now.role !== 'team') return;
        if (now.admitted || now.party !== me.party || now.name !== me.name)
          onChange({ token: me.token, party: now.party, name: now.name, admitted: now.admitted });
      } catch (error) {
        // A server that cannot be reached just now is asked again; a refusal is a removal.
        if (live && error instanceof SessionError && error.status === 403) onRemoved();
      }
    };
    const timer = setInterval(() => void ask(), ASK_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [me, onChange, onRemoved]);
  const party = conflictModel.parties.find((p) => p.id === me.party)?.name ?? me.party;
  return (
    <section aria-label="Waiting" className="panel waiting-room">
      <h2>Waiting</h2>
      <p role="status">
        Team <strong>{me.name}</strong> asked to play <strong>{party}</strong>. Waiting for the
        teacher to admit your team.
      </p>
    </section>
  );
}
