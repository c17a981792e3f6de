/**
 * Chooses what the handout page shows from its address: the list of scenarios, one
 * scenario's handout, or a clear message (and the list) for an unknown id.
 */
import { conflictModel } from '../../machines/index.ts';
import type { Library } from '../scenario/library.ts';
import { buildHandout } from './handoutModel.ts';
import { HandoutPage } from './HandoutPage.tsx';
import { ScenarioIndex } from './ScenarioIndex.tsx';
import { appHref, HANDOUT_INDEX_HREF, type HandoutRequest } from './url.ts';

/** The page for a request, over a library of scenarios. */
export function HandoutApp({ library, request }: { library: Library; request: HandoutRequest }) {
  const found = request.scenario
    ? library.scenarios.find((s) => s.scenario.id === request.scenario)
    : undefined;
  const missing = request.scenario !== null && !found;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="site-header">
        <nav aria-label="Handouts">
          <a href={HANDOUT_INDEX_HREF}>All handouts</a>
          <a href={found ? appHref(found.scenario.id, request.role ?? undefined) : 'index.html'}>
            Open in the simulator
          </a>
          {found && (
            <button type="button" onClick={() => window.print()}>
              Print this handout
            </button>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {missing && (
          <p role="alert" className="problem">
            There is no scenario with the id “{request.scenario}”. Choose one from the list below.
          </p>
        )}
        {library.problems.length > 0 && (
          <div role="status" className="problem">
            <p>Some scenario files could not be loaded and are not listed:</p>
            <ul>
              {library.problems.map((p, i) => (
                <li key={i}>
                  {p.file}: {p.pointer || '(the file)'}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {found ? (
          <HandoutPage
            handout={buildHandout(found.scenario, conflictModel, {
              role: request.role,
              teacher: request.teacher,
            })}
          />
        ) : (
          <ScenarioIndex scenarios={library.scenarios} />
        )}
      </main>
    </>
  );
}
