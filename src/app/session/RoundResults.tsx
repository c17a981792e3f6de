/** What each revealed round did: every team's move, rationale, verdict and prediction score. */
import type { ModelIndex } from '../../engine/index.ts';
import { PASS, type RoundRecord } from '../../classroom/protocol.ts';

/** A move as a person reads it. */
export function moveLabel(index: ModelIndex, move: string): string {
  return move === PASS ? 'Pass' : (index.event(move)?.label ?? move);
}

/** The latest rounds first (at most five, to keep the panel short). */
export function RoundResults({
  rounds,
  index,
}: {
  rounds: readonly RoundRecord[];
  index: ModelIndex;
}) {
  if (rounds.length === 0) return null;
  return (
    <section aria-label="Revealed moves" className="round-results">
      <h3>Revealed moves</h3>
      {[...rounds]
        .reverse()
        .slice(0, 5)
        .map((r, i) => (
          <div key={`${r.round}-${r.fromStep}-${i}`}>
            <h4>
              Round {r.round} (from step {r.fromStep})
            </h4>
            <ul>
              {r.entries.map((e) => {
                return (
                  <li key={e.party}>
                    <strong>{e.team}</strong> ({index.party(e.party).name}):{' '}
                    {moveLabel(index, e.move)},{' '}
                    {e.status === 'applied'
                      ? `applied as step ${e.step}`
                      : e.status === 'pass'
                        ? 'passed'
                        : `refused: ${e.reason}`}
                    {e.rationale && <> Rationale: “{e.rationale}”.</>}
                    {e.correct !== null && (
                      <> Prediction: {e.correct ? 'correct' : 'not correct'}.</>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}
