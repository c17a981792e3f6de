/**
 * Predict, then reveal: the next scripted step's question, a pick per party it names
 * (a state, or no change), and "Lock prediction". The step's Next step then scores it;
 * the latest scores show here beside what did happen. The mode can be turned off.
 */
import { useState } from 'react';
import type { PredictionRecord } from '../../engine/index.ts';
import { eventLabel } from '../state/announce.ts';
import {
  lockedHere,
  partiesToPredict,
  recordsUpTo,
  stateChoices,
  type Pick,
  type Predictions,
} from '../state/predictions.ts';
import { nextScriptedEvent } from '../state/script.ts';
import type { Session } from '../state/session.ts';

/** Props of the Predict panel. */
export interface PredictPanelProps {
  readonly session: Session;
  readonly predictions: Predictions;
  readonly onLock: (picks: readonly Pick[]) => void;
  readonly onUnlock: () => void;
  readonly onEnable: (enabled: boolean) => void;
}

const NO_CHANGE = '';
const encode = (region: string | null, state: string) => `${region ?? ''}|${state}`;

/** A state's label for a record ("no change" for null). */
function labelOf(session: Session, r: PredictionRecord, state: string | null): string {
  if (state === null) return 'no change';
  return session.sim.index.state(r.party, r.region, state)?.label ?? state;
}

/** The scores of the step the cursor is at, in words. */
function Scores({ session, records }: { session: Session; records: readonly PredictionRecord[] }) {
  if (!records.length) return null;
  return (
    <ul className="scores" aria-label={`Prediction for step ${records[0]!.step}`}>
      {records.map((r) => (
        <li key={`${r.party}-${r.by ?? ''}`} data-correct={r.correct ? 'true' : 'false'}>
          <strong>{r.correct ? 'Right' : 'Wrong'}</strong>: {session.sim.index.party(r.party).name},
          predicted {labelOf(session, r, r.predicted)}; it{' '}
          {r.actual === null ? 'did not move' : `reached ${labelOf(session, r, r.actual)}`}.
          {r.by ? ` (${r.by})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** The panel (region "Predict"). */
export function PredictPanel({
  session,
  predictions,
  onLock,
  onUnlock,
  onEnable,
}: PredictPanelProps) {
  const cursor = session.history.cursor;
  const next = nextScriptedEvent(session);
  const question = session.scenario.scenario.script[cursor]?.question;
  const parties = partiesToPredict(session);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const locked = lockedHere(predictions, session.history);
  const scored = recordsUpTo(predictions, session.history).filter((r) => r.step === cursor);
  const lock = () =>
    onLock(
      parties.map((party): Pick => {
        const value = picks[`${cursor}:${party}`] ?? NO_CHANGE;
        if (value === NO_CHANGE) return { party, region: null, state: null };
        const [region, state] = value.split('|') as [string, string];
        return { party, region: region || null, state };
      }),
    );
  return (
    <section className="panel predict" aria-label="Predict">
      <h2>{next ? `Predict step ${cursor + 1}` : 'Predict'}</h2>
      <label className="predict-toggle">
        <input
          type="checkbox"
          checked={predictions.enabled}
          onChange={(e) => onEnable(e.target.checked)}
        />{' '}
        Predict before each step
      </label>
      <Scores session={session} records={scored} />
      {!next && (
        <p className="hint">No scripted step comes next, so there is nothing to predict.</p>
      )}
      {next && (
        <>
          <p className="question">
            <strong>Next: {eventLabel(session, next)}.</strong>{' '}
            {question ?? 'How will each party respond?'}
          </p>
          {predictions.enabled && (
            <div className="predict-picks">
              {parties.map((party) => {
                const name = session.sim.index.party(party).name;
                const id = `predict-${party}`;
                const chosen = locked?.picks.find((p) => p.party === party);
                const value = chosen
                  ? chosen.state
                    ? encode(chosen.region, chosen.state)
                    : NO_CHANGE
                  : (picks[`${cursor}:${party}`] ?? NO_CHANGE);
                return (
                  <div key={party} className="predict-pick">
                    <label htmlFor={id}>{name} will reach</label>
                    <select
                      id={id}
                      value={value}
                      disabled={locked !== null}
                      onChange={(e) =>
                        setPicks({ ...picks, [`${cursor}:${party}`]: e.target.value })
                      }
                    >
                      <option value={NO_CHANGE}>No change</option>
                      {stateChoices(session, party).map((c) => (
                        <option key={encode(c.region, c.state)} value={encode(c.region, c.state)}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
              {locked ? (
                <p>
                  Locked. Press Next step to reveal.{' '}
                  <button type="button" onClick={onUnlock}>
                    Change prediction
                  </button>
                </p>
              ) : (
                <button type="button" onClick={lock}>
                  Lock prediction
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
