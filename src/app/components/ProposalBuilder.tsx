/**
 * The proposal builder: a team drafts a proposal's terms (or starts from one of the
 * scenario's historical proposals) and sees, before tabling, which parties' stated
 * conditions each term meets or breaks in the current world. The reading comes from
 * src/negotiation (pure); whether the proposal can be tabled now is the engine's answer.
 */
import { useId, useMemo, useState } from 'react';
import {
  DISPUTED_POINTS,
  MONITORING,
  NO_TERMS,
  PULLBACK_DEPTHS,
  STRIKE_HALTS,
  TERM_LABELS,
  termValueText,
  valueLabel,
  type DisputedPoint,
  type ProposalTerms,
} from '../../../machines/terms.ts';
import { availabilityOf, type Simulation, type StepResult } from '../../engine/index.ts';
import {
  draftedProposal,
  readTerms,
  TABLE_EVENT,
  verdicts,
  worldAt,
} from '../../negotiation/index.ts';
import type { ScenarioProposal } from '../../scenario/schema.ts';

/** Props of the proposal builder. */
export interface ProposalBuilderProps {
  readonly sim: Simulation;
  readonly step: StepResult;
  /** The scenario's proposal library, offered as starting points. */
  readonly proposals: readonly ScenarioProposal[];
  /** Sends the tabling event through the engine. */
  /** Tables the drafted proposal: the event with the proposal whose terms the engine reads. */
  readonly onTable: (event: string, tabled: ScenarioProposal) => void;
  /** Says why tabling is not possible now. */
  readonly onRefused: (sentence: string) => void;
}

/** A draft that asks nothing: students add the terms they want. */
export const BLANK_TERMS: ProposalTerms = NO_TERMS;

/** The reading of each term as one line per party condition, with party names, for the list. */
export function readingLines(
  terms: ProposalTerms,
  step: StepResult,
  names: Readonly<Record<string, string>>,
) {
  return readTerms(terms, worldAt(step)).map((r) => ({
    term: r.term,
    label: `${TERM_LABELS[r.term]}: ${termValueText(terms, r.term)}`,
    judged: [
      ...r.meets.map((c) => ({
        name: c.name,
        text: `meets ${names[c.party] ?? c.party}: ${c.description}`,
        met: true,
      })),
      ...r.breaks.map((c) => ({
        name: c.name,
        text: `breaks ${names[c.party] ?? c.party}: ${c.description}`,
        met: false,
      })),
    ],
  }));
}

function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div className="term">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {valueLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="term">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {props.label}
      </label>
    </div>
  );
}

/** The builder. */
export function ProposalBuilder({
  sim,
  step,
  proposals,
  onTable,
  onRefused,
}: ProposalBuilderProps) {
  const [terms, setTerms] = useState<ProposalTerms>(BLANK_TERMS);
  const headingId = useId();
  const startId = useId();
  const deadlineId = useId();
  const names = useMemo(
    () => Object.fromEntries(sim.model.parties.map((p) => [p.id, p.name])),
    [sim],
  );
  const set = <K extends keyof ProposalTerms>(key: K, value: ProposalTerms[K]) =>
    setTerms((t) => ({ ...t, [key]: value }));
  const lines = readingLines(terms, step, names);
  const answers = verdicts(terms, worldAt(step));
  const table = availabilityOf(sim, step, TABLE_EVENT);
  const togglePoint = (point: DisputedPoint, on: boolean) =>
    set(
      'borderTalks',
      on
        ? DISPUTED_POINTS.filter((p) => p === point || terms.borderTalks.includes(p))
        : terms.borderTalks.filter((p) => p !== point),
    );

  return (
    <section className="panel proposal-builder" aria-labelledby={headingId}>
      <h2 id={headingId}>Draft a proposal</h2>
      {proposals.length > 0 && (
        <div className="term">
          <label htmlFor={startId}>Start from</label>
          <select
            id={startId}
            defaultValue=""
            onChange={(e) =>
              setTerms(proposals.find((p) => p.id === e.target.value)?.terms ?? BLANK_TERMS)
            }
          >
            <option value="">A blank draft</option>
            {proposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
                {p.date ? ` (${p.date})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <fieldset>
        <legend>Terms</legend>
        <Choice
          label={TERM_LABELS.pullbackDepth}
          value={terms.pullbackDepth}
          options={PULLBACK_DEPTHS}
          onChange={(v) => set('pullbackDepth', v)}
        />
        <Check
          label={TERM_LABELS.lafDeployment}
          checked={terms.lafDeployment}
          onChange={(v) => set('lafDeployment', v)}
        />
        <Choice
          label={TERM_LABELS.monitoring}
          value={terms.monitoring}
          options={MONITORING}
          onChange={(v) => set('monitoring', v)}
        />
        <Check
          label={TERM_LABELS.israeliWithdrawal}
          checked={terms.israeliWithdrawal}
          onChange={(v) => set('israeliWithdrawal', v)}
        />
        <div className="term">
          <label htmlFor={deadlineId}>
            {TERM_LABELS.withdrawalDeadlineDays} (days, empty for none)
          </label>
          <input
            id={deadlineId}
            type="number"
            min={1}
            max={365}
            value={terms.withdrawalDeadlineDays ?? ''}
            onChange={(e) =>
              set(
                'withdrawalDeadlineDays',
                e.target.value === ''
                  ? null
                  : Math.max(1, Math.min(365, Math.round(Number(e.target.value)))),
              )
            }
          />
        </div>
        <Choice
          label={TERM_LABELS.haltToStrikes}
          value={terms.haltToStrikes}
          options={STRIKE_HALTS}
          onChange={(v) => set('haltToStrikes', v)}
        />
        <fieldset>
          <legend>{TERM_LABELS.borderTalks}</legend>
          {DISPUTED_POINTS.map((p) => (
            <Check
              key={p}
              label={valueLabel(p)}
              checked={terms.borderTalks.includes(p)}
              onChange={(v) => togglePoint(p, v)}
            />
          ))}
        </fieldset>
        <Check
          label={TERM_LABELS.economicIncentives}
          checked={terms.economicIncentives}
          onChange={(v) => set('economicIncentives', v)}
        />
        <Check
          label={TERM_LABELS.tiedToGazaCeasefire}
          checked={terms.tiedToGazaCeasefire}
          onChange={(v) => set('tiedToGazaCeasefire', v)}
        />
      </fieldset>
      <h3>What each term meets or breaks, now</h3>
      <ul className="term-reading">
        {lines.map((l) => (
          <li key={l.term}>
            {l.label}
            <ul>
              {l.judged.length === 0 && <li>No stated condition judges this term.</li>}
              {l.judged.map((j) => (
                <li key={j.name} className={j.met ? 'meets' : 'breaks'}>
                  {j.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <ul className="verdicts">
        {answers.map((v) => (
          <li key={v.party}>
            {names[v.party] ?? v.party} would {v.decision}
            {v.decision === 'reject' ? `: ${v.deciding.map((c) => c.name).join(', ')}` : ''}
          </li>
        ))}
      </ul>
      <button
        type="button"
        aria-disabled={table?.enabled ? undefined : 'true'}
        onClick={() =>
          table?.enabled
            ? onTable(TABLE_EVENT, draftedProposal(terms))
            : onRefused(`The proposal cannot be tabled now: ${table?.reason ?? 'no such event'}`)
        }
      >
        Table this proposal
      </button>
    </section>
  );
}
