/**
 * One team's role sheet in the app's team view: the same sheet the handout prints,
 * read from the scenario's classroom kit, with the postures read from the party's
 * machine (never copied) and the four jobs inside a team.
 */
import { conflictModel } from '../../../machines/index.ts';
import {
  citation,
  findSource,
  posturesOf,
  roleSheetOf,
  TEAM_JOBS,
} from '../../scenario/classroom.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** The role sheet of `party` in `scenario`, or a short note when the scenario has none. */
export function RoleSheet({ scenario, party }: { scenario: Scenario; party: string }) {
  const name = conflictModel.parties.find((p) => p.id === party)?.name ?? party;
  const sheet = roleSheetOf(scenario, party);
  const headingId = `role-sheet-${party}`;
  return (
    <section className="panel role-sheet" aria-labelledby={headingId}>
      <h2 id={headingId}>Role sheet: {name}</h2>
      {!sheet ? (
        <p>This scenario has no role sheet for {name}. Read its role card in the brief.</p>
      ) : (
        <>
          <p className="hint">
            Playing a role is not endorsing it: your team argues {name}’s stated position to
            understand it.
          </p>
          <h3>What was said, by whom and when</h3>
          <ul>
            {sheet.statements.map((s, i) => {
              const source = findSource(scenario, conflictModel, s.source);
              return (
                <li key={i}>
                  <strong>{s.who}</strong>, <time dateTime={s.date}>{s.date}</time>: {s.said} (
                  {source ? citation(source) : s.source})
                </li>
              );
            })}
          </ul>
          <h3>Constraints</h3>
          <ul>
            {sheet.constraints.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
          <h3>Debates inside the team</h3>
          <ul>
            {sheet.debates.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
          <h3>Options and their costs</h3>
          <ol>
            {sheet.options.map((o, i) => (
              <li key={i}>
                {o.option} <em>Costs:</em> {o.costs}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>Postures the model gives {name}</h3>
      <ul>
        {posturesOf(conflictModel, party).map((g) => (
          <li key={g.region ?? 'all'}>
            {g.region ? `${g.region}: ` : ''}
            {g.postures.map((p) => p.label).join(' · ')}
          </li>
        ))}
      </ul>
      <h3>Jobs in the team</h3>
      <dl>
        {TEAM_JOBS.map((j) => (
          <div key={j.job}>
            <dt>{j.job}</dt>
            <dd>{j.does}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
