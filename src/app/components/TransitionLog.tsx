/**
 * The transition log as a table (one row per transition up to the cursor, the rows
 * an export would contain), filterable by party, plus a sequence view of who
 * reacted to whom. Rows are memoised: records are immutable, so a step only renders
 * its new rows. Long logs show the latest rows, with a control to show all.
 */
import { memo, useState } from 'react';
import {
  describeMove,
  type AttemptRecord,
  type ModelIndex,
  type PredictionRecord,
  type StepResult,
  type TransitionRecord,
} from '../../engine/index.ts';
import { TriedList } from './TriedList.tsx';

/** How many rows a long log shows before "Show all". */
export const LOG_ROW_LIMIT = 100;

/** Props of the log. */
export interface TransitionLogProps {
  readonly index: ModelIndex;
  readonly steps: readonly StepResult[];
  readonly selected: { readonly step: number; readonly seq: number } | null;
  readonly onSelect: (step: number, seq: number) => void;
  /** The class's scored predictions up to the cursor, listed after the table. */
  readonly predictions?: readonly PredictionRecord[];
  /** The moves the class tried and the engine refused, up to the cursor. */
  readonly attempts?: readonly AttemptRecord[];
}

const Row = memo(function Row({
  t,
  index,
  selected,
  onSelect,
}: {
  t: TransitionRecord;
  index: ModelIndex;
  selected: boolean;
  onSelect: (step: number, seq: number) => void;
}) {
  const label = (s: string) => index.state(t.actor, t.region, s)?.label ?? s;
  const party = index.party(t.actor).name;
  return (
    <tr
      data-step={t.step}
      data-seq={t.seq}
      data-actor={t.actor}
      className={selected ? 'selected' : undefined}
      onClick={() => onSelect(t.step, t.seq)}
    >
      <td>{t.step}</td>
      <td>{index.event(t.event)?.label ?? t.event}</td>
      <td>{t.cause}</td>
      <td>
        {party}
        {t.region ? ` · ${t.region}` : ''}
      </td>
      <td>{label(t.from)}</td>
      <td>{label(t.to)}</td>
      <td>{t.ladder}</td>
      <td>
        <button
          type="button"
          aria-pressed={selected}
          aria-label={`Why: step ${t.step}, ${describeMove(index, t)}`}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(t.step, t.seq);
          }}
        >
          Why
        </button>
      </td>
    </tr>
  );
});

/** One step of the sequence; steps are immutable, so a new step renders only its own item. */
const SequenceStep = memo(function SequenceStep({
  index,
  s,
}: {
  index: ModelIndex;
  s: StepResult;
}) {
  return (
    <li value={s.index}>
      <strong>{index.event(s.input!)?.label ?? s.input}</strong>
      <ul>
        {s.transitions.map((t) => (
          <li key={t.seq} className={`cause-${t.cause}`}>
            {t.cause === 'input' ? '' : t.cause === 'reaction' ? '↳ reacts: ' : '↳ by doctrine: '}
            {describeMove(index, t)}
          </li>
        ))}
        {s.transitions.length === 0 && <li>nobody moved</li>}
      </ul>
    </li>
  );
});

/** Who reacted to whom at each step: the input, then every move it caused. */
const Sequence = memo(function Sequence({
  index,
  steps,
}: {
  index: ModelIndex;
  steps: readonly StepResult[];
}) {
  const shown = steps.slice(1).slice(-30);
  return (
    <div className="sequence">
      <h3>Who reacted to whom</h3>
      {shown.length === 0 && <p className="hint">No step yet.</p>}
      <ol className="sequence-list">
        {shown.map((s) => (
          <SequenceStep key={s.index} index={index} s={s} />
        ))}
      </ol>
    </div>
  );
});

/** The scored predictions, step by step: what was predicted, what happened. */
function PredictionList({
  index,
  records,
}: {
  index: ModelIndex;
  records: readonly PredictionRecord[];
}) {
  const label = (r: PredictionRecord, state: string | null) =>
    state === null ? 'no change' : (index.state(r.party, r.region, state)?.label ?? state);
  return (
    <div className="prediction-log">
      <h3>Predictions</h3>
      {records.length === 0 && <p className="hint">No prediction scored yet on this line.</p>}
      <ul>
        {records.map((r) => (
          <li key={`${r.step}-${r.party}-${r.by ?? ''}`}>
            Step {r.step}, {index.party(r.party).name}: predicted {label(r, r.predicted)},{' '}
            {r.actual === null ? 'did not move' : `reached ${label(r, r.actual)}`} —{' '}
            <strong>{r.correct ? 'right' : 'wrong'}</strong>
            {r.by ? ` (${r.by})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The log table with its party filter, the sequence view, the predictions and the refused tries. */
export function TransitionLog({
  index,
  steps,
  selected,
  onSelect,
  predictions = [],
  attempts = [],
}: TransitionLogProps) {
  const [party, setParty] = useState('all');
  const [showAll, setShowAll] = useState(false);
  const all = steps.flatMap((s) => s.transitions);
  const filtered = party === 'all' ? all : all.filter((t) => t.actor === party);
  const rows =
    showAll || filtered.length <= LOG_ROW_LIMIT ? filtered : filtered.slice(-LOG_ROW_LIMIT);
  return (
    <section className="panel log" aria-labelledby="log-heading">
      <h2 id="log-heading">Transition log</h2>
      <label>
        Filter by party{' '}
        <select value={party} onChange={(e) => setParty(e.target.value)}>
          <option value="all">All parties</option>
          {index.model.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {rows.length < filtered.length && (
        <p>
          Showing the latest {rows.length} of {filtered.length} transitions.{' '}
          <button type="button" onClick={() => setShowAll(true)}>
            Show all
          </button>
        </p>
      )}
      <div className="table-scroll">
        <table aria-label="Transition log">
          <caption className="visually-hidden">
            Transition log: every transition up to the current step
          </caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Event</th>
              <th scope="col">Cause</th>
              <th scope="col">Actor</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Ladder</th>
              <th scope="col">
                <span className="visually-hidden">Explain</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <Row
                key={`${t.step}-${t.seq}`}
                t={t}
                index={index}
                selected={selected?.step === t.step && selected.seq === t.seq}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
      {all.length === 0 && (
        <p className="hint">No transition yet: press Next step or choose an event.</p>
      )}
      <Sequence index={index} steps={steps} />
      <PredictionList index={index} records={predictions} />
      <TriedList index={index} attempts={attempts} />
    </section>
  );
}
