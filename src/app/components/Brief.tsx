/**
 * The scenario brief in the sections of NetLogo's Info tab, the learning objectives,
 * the role brief for the role being viewed, and a link to the printable handout.
 * Scenario text is data: it is rendered as text, never as HTML.
 */
import { memo } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import type { SourceRef } from '../../../machines/types.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { TEACHER_ROLE } from '../state/lab.ts';
import { findSource } from './sources.ts';
import { SourceList } from './SourceList.tsx';

/** Every source the scenario cites: its own list, then model sources its steps name. */
export function scenarioSources(scenario: ValidScenario): SourceRef[] {
  const ids = new Set(scenario.scenario.sources.map((s) => s.id));
  for (const step of scenario.scenario.script) for (const id of step.sources ?? []) ids.add(id);
  return [...ids]
    .map((id) => findSource(scenario, id))
    .filter((s): s is SourceRef => s !== undefined);
}

/** The role brief of one party, from the scenario's roles. */
export function RoleBrief({ scenario, role }: { scenario: ValidScenario; role: string }) {
  if (role === TEACHER_ROLE) return null;
  const name = conflictModel.parties.find((p) => p.id === role)?.name ?? role;
  const brief = scenario.scenario.roles.find((r) => r.party === role);
  return (
    <section className="panel role" aria-labelledby="role-heading">
      <h2 id="role-heading">Your role: {name}</h2>
      {!brief && <p>This scenario has no brief for {name}.</p>}
      {brief && (
        <dl>
          <dt>What {name} wants</dt>
          <dd>{brief.wants}</dd>
          <dt>Stated conditions</dt>
          <dd>
            <ul>
              {brief.statedConditions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
          <dt>What {name} can do</dt>
          <dd>{brief.canDo}</dd>
        </dl>
      )}
    </section>
  );
}

/** The Info-tab brief. */
export const Brief = memo(function Brief({ scenario }: { scenario: ValidScenario }) {
  const s = scenario.scenario;
  const b = s.brief;
  return (
    <section className="panel brief" aria-labelledby="brief-heading">
      <h2 id="brief-heading">About this scenario</h2>
      <p className="meta">
        {s.level}, about {s.minutes} minutes.{' '}
        <a href={`handout.html?scenario=${encodeURIComponent(s.id)}`}>Printable handout</a>
      </p>
      <h3>Learning objectives</h3>
      <ul>
        {s.learningObjectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h3>What is it?</h3>
      <p>{b.whatIsIt}</p>
      <h3>How it works</h3>
      <p>{b.howItWorks}</p>
      <h3>How to use it</h3>
      <p>{b.howToUseIt}</p>
      <h3>Things to notice</h3>
      <ul>
        {b.thingsToNotice.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>Things to try</h3>
      <ul>
        {b.thingsToTry.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {b.extendingTheModel && (
        <>
          <h3>Extending the model</h3>
          <p>{b.extendingTheModel}</p>
        </>
      )}
      {b.whatHappened && (
        <details>
          <summary>What happened (for the debrief)</summary>
          <p>{b.whatHappened}</p>
        </details>
      )}
      <h3>Sources</h3>
      <SourceList sources={scenarioSources(scenario)} />
    </section>
  );
});
