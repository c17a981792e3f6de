/**
 * The content note of the next scripted step, shown before the step is played (issue
 * 15's care protocol). The words come from the scenario file (`contentNote` on a step),
 * never from code, so a teacher can add or change a note without a release.
 */
import type { Scenario } from '../../scenario/schema.ts';

/**
 * The note for `nextStep` (1-based: the step the next press of Next step plays), or
 * nothing when that step has none or the script is over.
 */
export function ContentNote({
  scenario,
  nextStep,
}: {
  scenario: Scenario;
  nextStep: number | null;
}) {
  const step = nextStep === null ? undefined : scenario.script[nextStep - 1];
  if (!step?.contentNote) return null;
  return (
    <aside className="content-note" role="note" aria-labelledby="content-note-heading">
      <h2 id="content-note-heading">Content note before step {nextStep}</h2>
      <p>{step.contentNote}</p>
    </aside>
  );
}
