/** The narration and discussion question of the script step the cursor is at. */
import type { Session } from '../state/session.ts';
import { nextScriptedEvent, scriptStepAtCursor } from '../state/script.ts';
import { eventLabel } from '../state/announce.ts';
import { findSource } from './sources.ts';

/** Narration, question, kind (historical or hypothetical), date and sources of the current step. */
export function StepNarration({ session }: { session: Session }) {
  const at = scriptStepAtCursor(session);
  const next = nextScriptedEvent(session);
  const cursor = session.history.cursor;
  return (
    <section className="panel narration" aria-labelledby="narration-heading">
      <h2 id="narration-heading">{at ? `Step ${at.number} of ${session.scenario.scenario.script.length}` : cursor === 0 ? 'Before the first step' : `Step ${cursor} (your own line)`}</h2>
      {at && (
        <>
          <p className="step-kind">
            {at.step.kind === 'historical' ? 'Historical' : 'Hypothetical'}
            {at.step.date && (
              <>
                , <time dateTime={at.step.date}>{at.step.date}</time>
              </>
            )}
            {at.step.sources?.length
              ? `. Source: ${at.step.sources.map((id) => { const s = findSource(session.scenario, id); return s ? `${s.publisher}, ${s.date}` : id; }).join('; ')}`
              : ''}
          </p>
          <p className="narration-text">{at.step.narration}</p>
          {at.step.question && (
            <p className="question">
              <strong>Discuss:</strong> {at.step.question}
            </p>
          )}
        </>
      )}
      {!at && cursor === 0 && <p>Read the brief, then predict how each party will respond before you press Next step.</p>}
      {!at && cursor > 0 && <p>This line has left the script: the moves are the class’s own. Compare it with the scripted line.</p>}
      {next && <p className="hint">Next in the script: {eventLabel(session, next)}. Predict each party’s response first.</p>}
    </section>
  );
}
