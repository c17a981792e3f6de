/** The student's join form: a "Team" picker (free parties only), a team name and "Join". */
import { useState } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import type { SessionInfo } from './api.ts';

/** The form; asks for no personal data. */
export function JoinForm({
  info,
  onJoin,
}: {
  info: SessionInfo;
  onJoin: (party: string, name: string) => void;
}) {
  const free = info.parties.filter((p) => !info.taken.includes(p));
  const [party, setParty] = useState(free[0] ?? '');
  const [name, setName] = useState('');
  const nameOf = (id: string) => conflictModel.parties.find((p) => p.id === id)?.name ?? id;
  return (
    <form
      className="join-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (party && name.trim()) onJoin(party, name.trim());
      }}
    >
      <h2>Join session {info.code}</h2>
      {free.length === 0 && <p role="alert">Every party already has a team: ask your teacher.</p>}
      <p>
        <label htmlFor="team-picker">Team</label>{' '}
        <select id="team-picker" value={party} onChange={(e) => setParty(e.target.value)}>
          {free.map((p) => (
            <option key={p} value={p}>
              {nameOf(p)}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor="team-name">Team name</label>{' '}
        <input
          id="team-name"
          value={name}
          maxLength={40}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <span className="hint"> A name for the team, not your own name.</span>
      </p>
      <button type="submit" disabled={!party || !name.trim()}>
        Join
      </button>
    </form>
  );
}
