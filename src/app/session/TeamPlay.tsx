/**
 * A joined team's screen: the shared "Stage" (the teacher's line, recomputed here by
 * the same engine from its inputs), "Your moves" (the party's enabled moves, a
 * rationale, a prediction when the step has a question, "Submit move", the verdict)
 * and "Who is here".
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { conflictModel } from '../../../machines/index.ts';
import {
  applyEvents,
  availableEvents,
  currentStep,
  initialStep,
  isUserFacing,
} from '../../engine/index.ts';
import { PASS, type Prediction } from '../../classroom/protocol.ts';
import { LadderGauge } from '../components/Ladder.tsx';
import { StepNarration } from '../components/StepNarration.tsx';
import { PartyDiagram } from '../diagram/PartyDiagram.tsx';
import { bundledLibrary } from '../../scenario/bundled.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import type { Session } from '../state/session.ts';
import { moveLabel } from './RoundResults.tsx';
import type { StudentLink } from './studentLink.ts';
import { WhoIsHere } from './WhoIsHere.tsx';

const ignore = () => undefined;

/** The teacher's line as a session of this page's own engine, or a sentence why not. */
function stageSession(scenarioId: string, inputs: readonly string[]): Session | string {
  const scenario = bundledLibrary.scenarios.find((s) => s.scenario.id === scenarioId);
  if (!scenario)
    return scenarioId
      ? `The teacher's scenario “${scenarioId}” is not bundled with this app.`
      : 'Waiting for the teacher…';
  const sim = simulationFor(scenario.scenario);
  try {
    const steps = applyEvents(sim, initialStep(sim), inputs);
    return {
      scenario,
      sim,
      history: {
        lines: [{ id: 'class', parent: null, steps }],
        line: 'class',
        cursor: steps.length - 1,
      },
    };
  } catch (error) {
    return isUserFacing(error) ? error.message : String(error);
  }
}

/** Prediction options: each party's region, "no change" or one of its states. */
function predictionOptions(session: Session) {
  const index = session.sim.index;
  return conflictModel.parties.flatMap((party) =>
    (index.regions(party.id) ?? [null]).map((region) => ({
      key: `${party.id}|${region ?? ''}`,
      label: region ? `${party.name} (${region})` : party.name,
      states: index
        .states(party.id, region)
        .map((s) => ({ id: s, label: index.state(party.id, region, s)?.label ?? s })),
    })),
  );
}

/** The team's screen. */
export function TeamPlay({ link }: { link: StudentLink; scenarioHint: string | null }) {
  const snap = useSyncExternalStore(link.subscribe, link.getSnapshot);
  const { line } = snap;
  const session = useMemo(
    () => stageSession(line.scenario, line.inputs),
    [line.scenario, line.inputs],
  );
  const [move, setMove] = useState(PASS);
  const [rationale, setRationale] = useState('');
  const [prediction, setPrediction] = useState('');
  const partyName = conflictModel.parties.find((p) => p.id === link.party)?.name ?? link.party;

  if (snap.refused)
    return (
      <p role="alert" className="session-error">
        {snap.refused}
      </p>
    );
  if (typeof session === 'string') return <p>{session}</p>;
  const step = currentStep(session.history);
  const moves = availableEvents(session.sim, step).filter(
    (e) => e.controlledBy === link.party && e.enabled,
  );
  const chosen = move === PASS || moves.some((m) => m.type === move) ? move : PASS;
  const open = line.freePlay || line.roundOpen;
  const mine = snap.submission;
  const waiting = mine !== null && (line.verdicts[link.party]?.id ?? 0) < mine.id;
  const verdict =
    mine && line.verdicts[link.party]?.id === mine.id ? line.verdicts[link.party]! : null;

  const submit = () => {
    let parsed: Prediction | null = null;
    if (line.question && prediction) {
      const [party, region, state] = prediction.split('|');
      parsed = { party: party!, region: region || null, predicted: state || null };
    }
    link.submit(chosen, rationale.trim(), parsed);
  };

  return (
    <>
      <p>
        Team <strong>{link.name}</strong> plays <strong>{partyName}</strong>.{' '}
        {snap.connected ? '' : 'Reconnecting…'}
      </p>
      <section aria-label="Your moves" className="panel your-moves">
        <h2>Your moves</h2>
        <p aria-live="polite">
          {line.freePlay
            ? 'Free play: your move is applied as soon as you submit it.'
            : line.roundOpen
              ? waiting
                ? `Submitted for round ${line.round}: waiting for the reveal.`
                : `Round ${line.round} is open: choose your move.`
              : 'Wait for the teacher to open a round.'}
        </p>
        {verdict?.status === 'refused' && (
          <p role="alert" className="verdict">
            Your move was refused: {verdict.reason}
          </p>
        )}
        {verdict?.status === 'applied' && <p className="verdict">Your move was applied.</p>}
        {verdict?.status === 'pass' && <p className="verdict">You passed this round.</p>}
        <fieldset className="moves">
          <legend>Move for {partyName}</legend>
          {[{ type: PASS, label: 'Pass (no move this round)' }, ...moves].map((m) => (
            <label key={m.type}>
              <input
                type="radio"
                name="move"
                value={m.type}
                checked={chosen === m.type}
                onChange={() => setMove(m.type)}
              />{' '}
              {m.type === PASS ? m.label : moveLabel(session.sim.index, m.type)}
            </label>
          ))}
        </fieldset>
        <p>
          <label htmlFor="rationale">Rationale (one line)</label>{' '}
          <input
            id="rationale"
            value={rationale}
            maxLength={300}
            onChange={(e) => setRationale(e.target.value)}
          />
        </p>
        {line.question && (
          <p>
            <span className="question">{line.question}</span>
            <br />
            <label htmlFor="prediction">Prediction</label>{' '}
            <select
              id="prediction"
              value={prediction}
              onChange={(e) => setPrediction(e.target.value)}
            >
              <option value="">No prediction</option>
              {predictionOptions(session).map((o) => (
                <optgroup key={o.key} label={o.label}>
                  <option value={`${o.key}|`}>{o.label}: no change</option>
                  {o.states.map((s) => (
                    <option key={s.id} value={`${o.key}|${s.id}`}>
                      {o.label}: {s.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </p>
        )}
        <button type="button" onClick={submit} disabled={!open || !snap.synced}>
          Submit move
        </button>
      </section>
      <WhoIsHere
        presence={snap.presence}
        teams={line.teams}
        own={link.party}
        synced={snap.synced}
      />
      <section aria-label="Stage" className="panel stage">
        <h2>Stage</h2>
        <p>
          Step {step.index}.{' '}
          <span className="visually-hidden">Escalation level {step.ladder}.</span>
        </p>
        <LadderGauge
          level={step.ladder}
          outcome={conflictModel.outcomes.find((o) => o.id === step.outcome)?.label ?? step.outcome}
        />
        <StepNarration
          session={session}
          onShowBrief={ignore}
          onDebrief={ignore}
          onExport={ignore}
        />
        {conflictModel.parties.map((p) => (
          <PartyDiagram
            key={p.id}
            party={p}
            posture={step.postures[p.id]!}
            taken={step.transitions
              .filter((t) => t.actor === p.id)
              .map((t) => `${t.region ?? ''}|${t.from}|${t.to}`)
              .join(' ')}
            onSelectEdge={ignore}
            onSelectState={ignore}
          />
        ))}
      </section>
    </>
  );
}
