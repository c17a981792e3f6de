import type { StepResult } from '../../engine/types.ts';
import type { ValidScenario } from '../../scenario/validate.ts';

/** What the analysis panels need from the app: the scenario, where the user is, and a way to load a path. */
export interface AnalysisSlotProps {
  readonly scenario: ValidScenario;
  readonly step: StepResult;
  /** Parties a team plays; the rest act by doctrine. */
  readonly played: readonly string[];
  /** Loads a sequence of input events, from the current step, as a new branch. */
  readonly onLoadPath: (events: readonly string[]) => void;
}

/**
 * The analysis area of the app: "Paths" (shortest routes to each outcome) and
 * "Odds" (seeded Monte Carlo). A placeholder until the panels land.
 */
export function AnalysisSlot(props: AnalysisSlotProps) {
  return (
    <section aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Analysis</h2>
      <p>Paths and odds for step {props.step.index} of {props.scenario.scenario.title} are coming soon.</p>
    </section>
  );
}
