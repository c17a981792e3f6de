import { lazy, Suspense } from 'react';
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

// The panels (and the worker they start) load only when the slot is shown.
const AnalysisPanels = lazy(() => import('./AnalysisPanels.tsx'));

/**
 * The analysis area of the app: "Paths" (the shortest route to each outcome from
 * the current step) and "Odds" (seeded Monte Carlo with adjustable weights). The
 * heavy work runs in a Web Worker (src/analysis/worker.ts).
 */
export function AnalysisSlot(props: AnalysisSlotProps) {
  return (
    <div className="analysis">
      <Suspense fallback={<p className="hint">Loading the analysis panels…</p>}>
        <AnalysisPanels {...props} />
      </Suspense>
    </div>
  );
}
