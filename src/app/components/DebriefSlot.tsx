/**
 * Where the debrief goes. The debrief view is its own component; until it is mounted
 * here this panel says what a debrief covers and offers the export it starts from.
 */
import type { ReactNode } from 'react';

/** The Debrief panel; `children` is the debrief view when there is one. */
export function DebriefSlot({ children, onExport }: { children?: ReactNode; onExport: () => void }) {
  return (
    <section className="panel debrief" id="panel-debrief" tabIndex={-1} aria-labelledby="debrief-heading">
      <h2 id="debrief-heading">Debrief</h2>
      {children ?? (
        <p>
          Compare the class’s line and predictions with what happened. Save the log to bring the
          session to the debrief:{' '}
          <button type="button" onClick={onExport}>
            Export the log (JSON)
          </button>
        </p>
      )}
    </section>
  );
}
