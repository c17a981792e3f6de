/**
 * "Who is here" on a team's screen: the teacher and each admitted team, online or
 * offline, from the devices on the line; arrivals and departures of teams are
 * announced politely, once each (never on the first reading).
 */
import { useEffect, useRef, useState } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import { presenceChange, type Presence } from './presence.ts';

const partyName = (id: string) => conflictModel.parties.find((p) => p.id === id)?.name ?? id;

/** The list; `teams` maps each admitted team's party to its name, `own` is this team's party. */
export function WhoIsHere({
  presence,
  teams,
  own,
  synced,
}: {
  presence: Presence;
  teams: Readonly<Record<string, string>>;
  own: string;
  /** Until the line has synced, the first reading is not news. */
  synced: boolean;
}) {
  const [news, setNews] = useState('');
  const last = useRef<Presence | null>(null);
  useEffect(() => {
    if (!synced) {
      last.current = null;
      return;
    }
    // Compare the admitted teams other than this one: a team the teacher lets in while its
    // device is already here has just joined; this device's own reconnects are no news.
    const now = {
      teacher: presence.teacher,
      parties: presence.parties.filter((p) => p !== own && teams[p] !== undefined),
    };
    const before = last.current;
    last.current = now;
    if (!before) return;
    const said = presenceChange(before, now, teams);
    if (said) setNews(said);
  }, [presence, teams, synced, own]);
  const online = (on: boolean) => (
    <span className={`presence ${on ? 'presence-online' : 'presence-offline'}`}>
      {on ? 'online' : 'offline'}
    </span>
  );
  return (
    <section aria-label="Who is here" className="panel who-is-here">
      <h2>Who is here</h2>
      <ul>
        <li>Teacher: {online(presence.teacher)}</li>
        {Object.entries(teams).map(([party, name]) => (
          <li key={party}>
            {name} ({partyName(party)}
            {party === own ? ', your team' : ''}): {online(presence.parties.includes(party))}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="visually-hidden">
        {news}
      </p>
    </section>
  );
}
