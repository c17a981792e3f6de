import { conflictModel } from '../../../machines/index.ts';
import { deciderName } from '../../analysis/paths.ts';
import type { OutcomePaths } from '../../analysis/explore.ts';
import type { PathsReport } from '../../analysis/paths.ts';
import { canonicalJson } from '../../engine/index.ts';
import type { AnalysisSlotProps } from './AnalysisSlot.tsx';
import { notReachedHeading, pathsCoverage, pathsLimitNote, pathsStatus } from './pathsWords.ts';
import { useLatestAnswer } from './useLatestAnswer.ts';

/** One outcome: its shortest path with a "Load as branch" button, or why it is unreachable. */
function OutcomeRoute({
  route,
  report,
  onLoadPath,
}: {
  route: OutcomePaths;
  report: PathsReport;
  onLoadPath: AnalysisSlotProps['onLoadPath'];
}) {
  const headingId = `paths-${route.outcome}`;
  if (!route.reachable) {
    return (
      <li aria-labelledby={headingId}>
        <h3 id={headingId}>{notReachedHeading(route.label, report)}</h3>
        <p>{route.why}</p>
        {route.blockedBy.length > 0 && (
          <ul>
            {route.blockedBy.map((b) => (
              <li key={b.guard}>{b.description}</li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  const path = route.path!;
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>
        {route.label}:{' '}
        {path.length === 0
          ? 'where things stand now'
          : `${path.length} event${path.length === 1 ? '' : 's'} away`}
      </h3>
      {path.length > 0 && (
        <>
          <ol>
            {path.map((step, i) => (
              <li key={i}>
                {step.label}{' '}
                <span className="hint">
                  (decided by {deciderName(conflictModel, step.controlledBy)}; ladder {step.ladder}{' '}
                  after it)
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => onLoadPath(path.map((s) => s.event))}
            aria-describedby={headingId}
          >
            Load as branch
          </button>
        </>
      )}
    </li>
  );
}

/** "Paths": the shortest sequence of events from the current step to each outcome. */
export function PathsPanel({ scenario, step, played, onLoadPath }: AnalysisSlotProps) {
  const key = canonicalJson({ postures: step.postures, played });
  const { answer, working } = useLatestAnswer(
    { kind: 'paths', postures: step.postures, played },
    key,
  );
  const report = answer?.kind === 'paths' ? answer.report : null;
  const limitNote = report ? pathsLimitNote(report) : null;
  return (
    <section className="panel analysis-paths" aria-labelledby="paths-heading" aria-busy={working}>
      <h2 id="paths-heading">Paths</h2>
      <p className="hint">
        For each outcome of “{scenario.scenario.title}”: the fewest events that lead there from step{' '}
        {step.index}, and who decides each one. A path shows what the model allows, not what will
        happen.
      </p>
      <p role="status" aria-live="polite">
        {working && !report
          ? 'Looking for the shortest way to each outcome…'
          : report
            ? `${pathsStatus(report, step.index)}${working ? ' Updating…' : ''}`
            : ''}
      </p>
      {limitNote && <p className="hint">{limitNote}</p>}
      {report && (
        <details>
          <summary>How the paths are found</summary>
          <p>
            The model tries every event that is possible at each point, from step {step.index} on:{' '}
            {pathsCoverage(report)} Among them it finds the fewest events to each outcome.
          </p>
        </details>
      )}
      {answer?.kind === 'error' && <p role="alert">{answer.message}</p>}
      {report && (
        <ul className="analysis-routes">
          {report.outcomes.map((route) => (
            <OutcomeRoute
              key={route.outcome}
              route={route}
              report={report}
              onLoadPath={onLoadPath}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
