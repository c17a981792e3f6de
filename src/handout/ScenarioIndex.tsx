/** The handout's front page: every scenario, each linking to its printable handout. */
import type { ValidScenario } from '../scenario/validate.ts';
import { appHref, handoutHref } from './url.ts';

/** One line per scenario: its title (the link), summary, level and length. */
export function ScenarioIndex({ scenarios }: { scenarios: readonly ValidScenario[] }) {
  return (
    <section aria-labelledby="index-title">
      <h1 id="index-title">Printable handouts</h1>
      <p>
        Choose a scenario to print its brief, its roles, every step’s question and a student
        worksheet. The teacher’s copy adds each step’s narration and where the script ends. Each
        scenario is a teaching simplification, not a forecast.
      </p>
      <ul className="scenario-index">
        {scenarios.map(({ scenario }) => (
          <li key={scenario.id}>
            <h2>
              <a href={handoutHref(scenario.id)}>{scenario.title}</a>
            </h2>
            <p>{scenario.summary}</p>
            <p className="step-meta">
              Level: {scenario.level} · {scenario.minutes} minutes · {scenario.script.length} steps
              ·{' '}
              <a href={handoutHref(scenario.id, { teacher: true })}>
                teacher’s copy<span className="visually-hidden">: {scenario.title}</span>
              </a>{' '}
              ·{' '}
              <a href={appHref(scenario.id)}>
                open in the simulator<span className="visually-hidden">: {scenario.title}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
