/**
 * The narration of the script step the cursor is at: kind, date, source and text.
 * Before the first step it points to the brief; at the end of the script it says so
 * and offers the debrief and an export. The next step's question is not here but in
 * Predict, so it is read before the step, not beside its answer.
 */
import type { Session } from '../state/session.ts';
import { nextScriptedEvent, scriptStepAtCursor } from '../state/script.ts';
import { findSource } from './sources.ts';

/** Props of the narration. */
export interface StepNarrationProps {
  readonly session: Session;
  readonly onShowBrief: () => void;
  readonly onDebrief: () => void;
  /** Opens the debrief's comparison of this line with another (offered when there are two). */
  readonly onCompare?: () => void;
  readonly onExport: () => void;
}

/** The sources of a step as "publisher, date" (the scenario's own list first, then the model's). */
function sourcesLine(session: Session, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const s = findSource(session.scenario, id);
      return s ? `${s.publisher}, ${s.date}` : id;
    })
    .join('; ');
}

/** Narration, kind (historical or hypothetical), date and sources of the current step. */
export function StepNarration({
  session,
  onShowBrief,
  onDebrief,
  onCompare,
  onExport,
}: StepNarrationProps) {
  const several = session.history.lines.length > 1 && onCompare;
  const compareButton = several && (
    <button type="button" onClick={onCompare}>
      Compare lines
    </button>
  );
  const at = scriptStepAtCursor(session);
  const cursor = session.history.cursor;
  const script = session.scenario.scenario.script;
  const ended = at !== null && at.number === script.length && nextScriptedEvent(session) === null;
  const heading = at
    ? `Script step ${at.number} of ${script.length}`
    : cursor === 0
      ? 'Before the first step'
      : `Step ${cursor} (your own line)`;
  return (
    <section className="panel narration" aria-labelledby="narration-heading">
      <h2 id="narration-heading">{heading}</h2>
      {at && (
        <>
          <p className="step-kind">
            {at.step.kind === 'historical' ? 'Historical' : 'Hypothetical'}
            {at.step.date && (
              <>
                , <time dateTime={at.step.date}>{at.step.date}</time>
              </>
            )}
            {at.step.sources?.length ? `. Source: ${sourcesLine(session, at.step.sources)}` : ''}
          </p>
          <p className="narration-text">{at.step.narration}</p>
        </>
      )}
      {!at && cursor === 0 && (
        <p>
          {session.scenario.scenario.summary} Read the brief first, then predict before each step.{' '}
          <button type="button" onClick={onShowBrief}>
            Read the brief
          </button>
        </p>
      )}
      {!at && cursor > 0 && (
        <p>
          This line has left the script: the moves are the class’s own. Compare it with the scripted
          line. {compareButton}
        </p>
      )}
      {ended && (
        <div className="script-end" role="status">
          <p>
            <strong>The script is over.</strong> Talk it through, or go on with your own moves from
            here.
          </p>
          <button type="button" onClick={onDebrief}>
            Debrief
          </button>{' '}
          <button type="button" onClick={onExport}>
            Export the log (JSON)
          </button>
          {compareButton && <> {compareButton}</>}
        </div>
      )}
    </section>
  );
}
