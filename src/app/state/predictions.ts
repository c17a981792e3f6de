/**
 * Predict, then reveal: before a scripted step the class (or a team) picks, for each
 * party the step's question names, the state it expects that party to reach, or "no
 * change"; the step then scores each pick against what the engine did. Pure: the
 * reducer holds the result, the React layer stores it.
 */
import type { History, PredictionRecord, StepResult } from '../../engine/index.ts';
import { conflictModel } from '../../../machines/index.ts';
import { lineOf, recordsOnLine } from './lineRecords.ts';
import { nextScriptedEvent } from './script.ts';
import type { Session } from './session.ts';

/** One locked pick: a party's expected state (with its region), or null for no change. */
export interface Pick {
  readonly party: string;
  readonly region: string | null;
  readonly state: string | null;
}

/** A locked prediction, waiting for its step on its line. */
export interface Locked {
  /** The line it was locked on (the step may still start a branch of it). */
  readonly line: string;
  readonly step: number;
  readonly picks: readonly Pick[];
  readonly by: string | null;
}

/** One scenario's predictions: whether the mode is on, the locked one, the scored ones. */
export interface Predictions {
  readonly enabled: boolean;
  readonly locked: Locked | null;
  readonly records: readonly PredictionRecord[];
}

/** A scenario's predictions before anyone predicted. */
export const NO_PREDICTIONS: Predictions = { enabled: true, locked: null, records: [] };

/** How a party may be named in a question: its name, its id as a word ("Lebanon", "US"). */
function namesOf(party: { id: string; name: string }): RegExp {
  const id =
    party.id.length <= 3 ? party.id.toUpperCase() : party.id[0]!.toUpperCase() + party.id.slice(1);
  const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(${escapeRegExp(party.name)}|${escapeRegExp(id)})\\b`, 'i');
}

/**
 * The parties the next step's prediction covers: those its question names, or, for
 * a question that names none, the party whose event it is.
 */
export function partiesToPredict(session: Session): string[] {
  const event = nextScriptedEvent(session);
  if (!event) return [];
  const step = session.scenario.scenario.script[session.history.cursor];
  const text = step?.question ?? '';
  const named = conflictModel.parties
    .filter((p) => p.kind === 'party' && namesOf(p).test(text))
    .map((p) => p.id);
  if (named.length) return named;
  const home = session.sim.index.event(event)?.home;
  return home ? [home] : [];
}

/** The states a pick can name for a party: every labelled state of every region. */
export function stateChoices(
  session: Session,
  party: string,
): { region: string | null; state: string; label: string }[] {
  const index = session.sim.index;
  const regions = index.regions(party) ?? [null];
  const choices: { region: string | null; state: string; label: string }[] = [];
  for (const region of regions) {
    const container = region
      ? index.party(party).machine.root.states[region]!
      : index.party(party).machine.root;
    for (const state of Object.keys(container.states)) {
      const label = index.state(party, region, state)?.label ?? state;
      choices.push({ region, state, label: region ? `${label} (${region})` : label });
    }
  }
  return choices;
}

/**
 * Scores each pick against the step: right when the party reached it (or did not move,
 * for "no change"). `line` is the line the step landed on (a branch, when the step
 * left the locked line).
 */
export function score(locked: Locked, step: StepResult, line: string): PredictionRecord[] {
  return locked.picks.map((pick) => {
    const moves = step.transitions.filter((t) => t.actor === pick.party);
    const hit =
      pick.state === null
        ? undefined
        : moves.find((t) => t.to === pick.state && t.region === pick.region);
    const shown = hit ?? moves[moves.length - 1];
    const correct = pick.state === null ? moves.length === 0 : hit !== undefined;
    return {
      step: locked.step,
      line,
      party: pick.party,
      region: pick.state === null ? (shown?.region ?? null) : pick.region,
      predicted: pick.state,
      actual: shown?.to ?? null,
      correct,
      by: locked.by,
    };
  });
}

/** Adds scored records, replacing earlier ones for the same line, step, party and predictor. */
export function withScored(p: Predictions, scored: readonly PredictionRecord[]): Predictions {
  const same = (a: PredictionRecord, b: PredictionRecord) =>
    lineOf(a) === lineOf(b) && a.step === b.step && a.party === b.party && a.by === b.by;
  const kept = p.records.filter((r) => !scored.some((s) => same(r, s)));
  const records = [...kept, ...scored].sort((a, b) => a.step - b.step);
  return { ...p, locked: null, records };
}

/**
 * The records of the current line's steps up to the cursor (its own, and its parents'
 * up to the fork): what an export of the line up to there includes.
 */
export function recordsUpTo(p: Predictions, history: History): PredictionRecord[] {
  return recordsOnLine(p.records, history.lines, history.line, history.cursor);
}

/** The locked prediction when it is for the next step of the current line, else null. */
export function lockedHere(p: Predictions, history: History): Locked | null {
  const locked = p.locked;
  return locked && locked.line === history.line && locked.step === history.cursor + 1
    ? locked
    : null;
}
