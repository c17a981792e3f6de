import { useMemo, useState } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import { runsToCsv, type SimulateRequest } from '../../analysis/batch.ts';
import { DEFAULT_WEIGHT, scenarioWeights } from '../../analysis/weights.ts';
import { canonicalJson } from '../../engine/index.ts';
import { downloadText } from '../download.ts';
import type { AnalysisSlotProps } from './AnalysisSlot.tsx';
import { useLatestAnswer } from './useLatestAnswer.ts';
import { pathSentence, PEAK_NOTE, RANGE_NOTE, rangeWords, runsSentence } from './plainWords.ts';

const RUN_CHOICES = [500, 1000, 5000] as const;
const STEPS = 40;
const worldEvents = conflictModel.events.filter((e) => e.controlledBy === 'world');
const rungName = (level: number) =>
  conflictModel.ladder.find((r) => r.level === level)?.name ?? String(level);

/** A neutral bar for a share: one grey, whatever the outcome, so no colour reads "good" on war. */
function ShareBar({ share }: { share: number }) {
  return (
    <svg className="share-bar" width="100" height="10" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="10" fill="none" stroke="#555" />
      <rect x="0" y="0" width={Math.round(share * 100)} height="10" fill="#555" />
    </svg>
  );
}

/** "Odds": sliders for the world events' weights and the outcome shares they give, from the current step. */
export function OddsPanel({ scenario, step, played }: Omit<AnalysisSlotProps, 'onLoadPath'>) {
  const base = useMemo(() => scenarioWeights(scenario.scenario.weights), [scenario]);
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [runs, setRuns] = useState<number>(1000);
  const [seed, setSeed] = useState<number>(scenario.scenario.seed);
  const weightOf = (type: string) => weights[type] ?? base[type] ?? DEFAULT_WEIGHT;
  // Only weights moved away from the scenario's are "set", as `--set` is in the CLI.
  const set = Object.fromEntries(
    Object.entries(weights).filter(([type, w]) => w !== (base[type] ?? DEFAULT_WEIGHT)),
  );
  const request: SimulateRequest = {
    postures: step.postures,
    played,
    runs,
    seed,
    steps: STEPS,
    weights: base,
    set,
    sweep: null,
  };
  const { answer, working } = useLatestAnswer(
    { kind: 'simulate', request },
    canonicalJson(request),
  );
  const result = answer?.kind === 'simulate' ? answer.result : null;
  const summary = result?.groups[0]?.summary ?? null;
  const command =
    step.index === 0
      ? `escalation-lab simulate ${scenario.scenario.id} --runs ${runs} --seed ${seed} --steps ${STEPS}${Object.entries(
          set,
        )
          .map(([k, v]) => ` --set ${k}=${v}`)
          .join('')}`
      : null;

  return (
    <section className="panel analysis-odds" aria-labelledby="odds-heading" aria-busy={working}>
      <h2 id="odds-heading">Odds</h2>
      <p className="hint">
        The model plays the story forward {runs.toLocaleString('en-US')} times from step{' '}
        {step.index}, up to {STEPS} events each time. At each event it picks one of the moves that
        are possible (a world event or a played party's decision), more often the ones you weight
        higher; parties nobody plays act by their doctrine. The counts follow from the weights you
        choose: a teaching simplification, not a forecast.
      </p>
      <fieldset>
        <legend>
          World event weights (how likely each is when it is possible; 1 is the default, 0 switches
          it off)
        </legend>
        {worldEvents.map((e) => {
          const id = `weight-${e.type.replace(/\W/g, '-')}`;
          const value = weightOf(e.type);
          return (
            <div key={e.type} className="weight-control">
              <label htmlFor={id}>{e.label}</label>{' '}
              <input
                id={id}
                type="range"
                min={0}
                max={10}
                step={0.5}
                value={value}
                aria-valuetext={`weight ${value}`}
                onChange={(event) => {
                  // Read now: React clears currentTarget before a state updater runs.
                  const next = Number(event.currentTarget.value);
                  setWeights((w) => ({ ...w, [e.type]: next }));
                }}
              />{' '}
              <output htmlFor={id}>{value}</output>
            </div>
          );
        })}
        <button type="button" onClick={() => setWeights({})}>
          Reset weights
        </button>
      </fieldset>
      <p>
        <label htmlFor="odds-runs">Runs</label>{' '}
        <select
          id="odds-runs"
          value={runs}
          onChange={(event) => setRuns(Number(event.currentTarget.value))}
        >
          {RUN_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString('en-US')}
            </option>
          ))}
        </select>{' '}
        <label htmlFor="odds-seed">Seed</label>{' '}
        <input
          id="odds-seed"
          type="number"
          min={0}
          max={4294967295}
          step={1}
          value={seed}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value >= 0 && value <= 4294967295) setSeed(value);
          }}
        />
      </p>
      {answer?.kind === 'error' && <p role="alert">{answer.message}</p>}
      <p role="status" aria-live="polite" className="odds-announcement">
        {summary
          ? `Odds ${working ? 'updating' : 'updated'}: ${summary.outcomes.map((o) => runsSentence(o, summary.runs)).join(' ')}`
          : 'Computing the odds…'}
      </p>
      {summary && (
        <>
          <h3 id="odds-results-heading">
            How {summary.runs.toLocaleString('en-US')} simulated runs ended (seed {seed})
          </h3>
          {/* A list, not a table: each line reads as one sentence, and no table layout can squeeze it. */}
          <ul className="odds-list" aria-labelledby="odds-results-heading">
            {summary.outcomes.map((o) => {
              const path = pathSentence(o, rungName);
              return (
                <li key={o.outcome}>
                  <strong>{o.label}</strong> <ShareBar share={o.share} />{' '}
                  {runsSentence(o, summary.runs)} ({rangeWords(o)})
                  {path && <span className="hint"> {path}</span>}
                </li>
              );
            })}
          </ul>
          <details>
            <summary>What does “likely between” mean?</summary>
            <p>{RANGE_NOTE}</p>
          </details>
          <details>
            <summary>Why can the highest level be the same for every outcome?</summary>
            <p>{PEAK_NOTE}</p>
            <p>
              Highest ladder level any run reached: {summary.peakLevel} (
              {rungName(summary.peakLevel)}).
            </p>
          </details>
        </>
      )}
      <p>
        <button
          type="button"
          disabled={!result}
          onClick={() =>
            result &&
            downloadText(
              `${scenario.scenario.id}-runs-seed-${seed}.csv`,
              runsToCsv(result),
              'text/csv',
            )
          }
        >
          Download runs (CSV)
        </button>
      </p>
      {command && (
        <p className="hint">
          The same numbers from the command line: <code>{command}</code>
        </p>
      )}
    </section>
  );
}
