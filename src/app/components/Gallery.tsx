/**
 * The scenario gallery: every scenario with its title, summary, length and level, each
 * with an open button. Loaded when the Gallery panel is first opened.
 */
import { memo } from 'react';
import type { ScenarioSummary } from '../../scenario/catalog.ts';
import { bundledCards, type ScenarioCard } from '../../scenario/cards.ts';
import type { ValidScenario } from '../../scenario/validate.ts';

/** A scenario's card: from the loaded file when it is open (a teacher's file), else bundled. */
function cardOf(id: string, loaded: readonly ValidScenario[]): ScenarioCard | undefined {
  const s = loaded.find((x) => x.scenario.id === id)?.scenario;
  return s ? { summary: s.summary, level: s.level, minutes: s.minutes } : bundledCards.get(id);
}

/** The gallery, every listed scenario with an open button. */
export const Gallery = memo(function Gallery({
  scenarios,
  loaded,
  current,
  onOpen,
}: {
  scenarios: readonly ScenarioSummary[];
  loaded: readonly ValidScenario[];
  current: string;
  onOpen: (id: string) => void;
}) {
  return (
    <section className="panel gallery" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading">Scenario gallery</h2>
      <ul className="gallery-list">
        {scenarios.map((s) => {
          const card = cardOf(s.id, loaded);
          return (
            <li
              key={s.id}
              className="gallery-card"
              data-scenario={s.id}
              aria-current={s.id === current ? 'true' : undefined}
            >
              <h3>{s.title}</h3>
              {card && (
                <>
                  <p>{card.summary}</p>
                  <p className="meta">
                    {card.minutes} minutes · {card.level}
                  </p>
                </>
              )}
              {/* The name starts with the visible text (WCAG 2.5.3), then says which scenario. */}
              <button
                type="button"
                onClick={() => onOpen(s.id)}
                aria-label={`${s.id === current ? 'Open again' : 'Open'}: ${s.title}`}
              >
                {s.id === current ? 'Open again' : 'Open'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
