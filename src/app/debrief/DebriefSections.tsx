/**
 * The sections of a debrief, rendered from the pure module's data (src/debrief):
 * the app shows exactly what the CLI and the exports say, and derives nothing itself.
 */
import { citation, SIMPLIFICATION, type Debrief } from '../../debrief/index.ts';
import {
  MESSAGES_HEADER,
  messageRows,
  REFUSED_HEADER,
  REFUSED_INTRO,
  refusedRows,
  STEP_HEADER,
  stepRows,
} from '../../debrief/markdown.ts';
import { TRIED_HEADER, TRIED_HEADING, TRIED_INTRO, triedTable } from '../../debrief/tried.ts';
import { LadderChart } from './LadderChart.tsx';

/** A table with a caption (its accessible name) and column headers. */
function Table({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  return (
    <div className="debrief-table">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Props: the debrief, and the class's answers to its prompts (kept by the view). */
export interface DebriefSectionsProps {
  readonly debrief: Debrief;
  readonly answers: readonly string[];
  readonly onAnswer: (prompt: number, text: string) => void;
}

/** Every section of one line's debrief. */
export function DebriefSections({ debrief: d, answers, onAnswer }: DebriefSectionsProps) {
  const ladders = [d.start.ladder, ...d.steps.map((s) => s.ladder)];
  const refused = refusedRows(d);
  return (
    <>
      <p>
        Line <strong>{d.line}</strong>, {d.steps.length} step{d.steps.length === 1 ? '' : 's'}: from
        ladder {d.start.ladder} ({d.start.ladderName}), {d.start.outcomeLabel} to ladder{' '}
        {d.end.ladder} ({d.end.ladderName}), {d.end.outcomeLabel}.
      </p>
      <p className="hint">{SIMPLIFICATION}</p>
      <section aria-labelledby="debrief-turning">
        <h3 id="debrief-turning">Turning points</h3>
        {d.turningPoints.length ? (
          <ul>
            {d.turningPoints.flatMap((t) =>
              t.sentences.map((s, i) => (
                <li key={`${t.step}-${i}`}>
                  Step {t.step}: {s}
                </li>
              )),
            )}
          </ul>
        ) : (
          <p>No step moved the ladder, changed the outcome or abandoned a condition.</p>
        )}
        <LadderChart series={[{ name: d.line, ladders }]} />
      </section>
      <section aria-labelledby="debrief-conditions">
        <h3 id="debrief-conditions">Stated conditions, and whether they held</h3>
        {d.conditions.map((c) => (
          <div key={c.party}>
            <h4>{c.partyName}</h4>
            <ul>
              {c.stated.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            {c.held ? (
              <p>No transition of {c.partyName} abandoned a stated condition on this line.</p>
            ) : (
              c.abandoned.map((a) => (
                <p key={`${a.condition}-${a.step}`}>
                  <strong>Abandoned at step {a.step}</strong> ({a.condition}): {a.reason}
                </p>
              ))
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="debrief-steps">
        <h3 id="debrief-steps">Step by step</h3>
        <Table caption="Step by step" head={STEP_HEADER} rows={stepRows(d)} />
      </section>
      {refused.length > 0 && (
        <section aria-labelledby="debrief-refused">
          <h3 id="debrief-refused">Moves a stated condition refused</h3>
          <p>{REFUSED_INTRO}</p>
          <Table caption="Moves a stated condition refused" head={REFUSED_HEADER} rows={refused} />
        </section>
      )}
      {d.tried && (
        <section aria-labelledby="debrief-tried">
          <h3 id="debrief-tried">{TRIED_HEADING}</h3>
          <p>{TRIED_INTRO}</p>
          {d.tried.length ? (
            <Table caption={TRIED_HEADING} head={TRIED_HEADER} rows={triedTable(d.tried)} />
          ) : (
            <p>None: no refused move was pressed on this line.</p>
          )}
        </section>
      )}
      {d.predictions && (
        <section aria-labelledby="debrief-predictions">
          <h3 id="debrief-predictions">Predictions against results</h3>
          <p>
            {d.predictions.correct} of {d.predictions.total} predictions were right (
            {d.predictions.byTeam.map((t) => `${t.by}: ${t.correct} of ${t.total}`).join('; ')}).
          </p>
          <Table
            caption="Predictions against results"
            head={['Step', 'Party', 'Predicted', 'Happened', 'Right?', 'By']}
            rows={d.predictions.rows.map((r) => [
              String(r.step),
              `${r.partyName}${r.region ? ` · ${r.region}` : ''}`,
              r.predictedLabel,
              r.actualLabel,
              r.correct ? 'yes' : 'no',
              r.by ?? 'the whole class',
            ])}
          />
        </section>
      )}
      {d.messages && (
        <section aria-labelledby="debrief-messages">
          <h3 id="debrief-messages">Messages in the negotiation round</h3>
          <Table
            caption="Messages in the negotiation round"
            head={MESSAGES_HEADER}
            rows={messageRows(d)}
          />
        </section>
      )}
      {d.history && (
        <section aria-labelledby="debrief-history">
          <h3 id="debrief-history">What your class did, and what happened</h3>
          <Table
            caption="What your class did, and what happened"
            head={['Step', 'Your class', 'What happened', 'Date', 'Sources']}
            rows={d.history.map((h) => [
              String(h.step),
              h.classLabel ?? '(the line had ended)',
              `${h.happened.label}${h.happened.kind === 'hypothetical' ? ' (hypothetical step)' : ''}`,
              h.happened.date ?? '',
              h.happened.sources.map(citation).join('; '),
            ])}
          />
          {d.whatHappened && (
            <>
              <h4>What happened next</h4>
              <p>{d.whatHappened}</p>
            </>
          )}
        </section>
      )}
      {d.prompts.length > 0 && (
        <section aria-labelledby="debrief-discussion">
          <h3 id="debrief-discussion">Discussion</h3>
          <ol>
            {d.prompts.map((p, i) => (
              <li key={p}>
                <label htmlFor={`debrief-answer-${i}`}>{p}</label>
                <textarea
                  id={`debrief-answer-${i}`}
                  value={answers[i] ?? ''}
                  onChange={(e) => onAnswer(i, e.currentTarget.value)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
