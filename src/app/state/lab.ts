/**
 * The whole app state in one pure reducer: the open session, the scenarios that can
 * be opened, the role being viewed, what the Why panel shows, and the messages for
 * the live region and the alert area. React only dispatches and renders.
 */
import type { AttemptRecord, PredictionRecord, StepResult } from '../../engine/index.ts';
import type { Problem } from '../../engine/problems.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { conflictModel } from '../../../machines/index.ts';
import { describePosition, describeStep } from './announce.ts';
import { attemptAt, withAttempt } from './attempts.ts';
import { NO_PREDICTIONS, score, withScored, type Pick, type Predictions } from './predictions.ts';
import { updateSession, type Session, type SessionAction } from './session.ts';

/** The teacher's view: every group of events, the world's included. */
export const TEACHER_ROLE = 'world';

/** What the Why panel explains: a transition of the log, or an arrow of a diagram. */
export type Selection =
  | { readonly kind: 'record'; readonly step: number; readonly seq: number }
  | {
      readonly kind: 'edge';
      readonly party: string;
      readonly region: string | null;
      readonly from: string;
      readonly to: string;
    };

/** A message in the alert area, with the problems of a refused file when there are any. */
export interface Alert {
  readonly message: string;
  readonly problems?: readonly Problem[];
}

/** Everything the app shows. */
export interface LabState {
  readonly scenarios: readonly ValidScenario[];
  readonly session: Session;
  readonly role: string;
  readonly selection: Selection | null;
  /** The latest live-region sentence; `serial` changes even when the text repeats, so it is read again. */
  readonly announcement: { readonly text: string; readonly serial: number };
  readonly alert: Alert | null;
  /** Each scenario's predictions, by scenario id. */
  readonly predictions: Readonly<Record<string, Predictions>>;
  /** Each scenario's refused tries (moves pressed while the engine refused them), by scenario id. */
  readonly attempts: Readonly<Record<string, readonly AttemptRecord[]>>;
}

/** What a class or team does with a prediction. */
export type PredictAction =
  | { readonly type: 'lock'; readonly picks: readonly Pick[] }
  | { readonly type: 'unlock' }
  | { readonly type: 'enable'; readonly enabled: boolean };

/** Everything that changes the app state. */
export type LabAction =
  | { readonly type: 'session'; readonly action: SessionAction }
  | {
      readonly type: 'open';
      readonly session: Session;
      readonly problem?: string | null;
      readonly role?: string;
    }
  | { readonly type: 'addScenario'; readonly scenario: ValidScenario }
  | { readonly type: 'role'; readonly role: string }
  | { readonly type: 'select'; readonly selection: Selection | null }
  | { readonly type: 'announce'; readonly text: string }
  /**
   * An imported log's predictions and refused tries, kept under the line it opened as
   * (the current one): the ids of the session that exported it mean nothing here.
   */
  | {
      readonly type: 'adoptRecords';
      readonly predictions: readonly PredictionRecord[];
      readonly attempts: readonly AttemptRecord[];
    }
  /** A refused move was pressed: say why, and keep the try when the engine refuses it. */
  | { readonly type: 'tried'; readonly event: string; readonly text: string }
  | { readonly type: 'alert'; readonly alert: Alert | null }
  | { readonly type: 'predict'; readonly action: PredictAction };

/** The first state: a session, with an optional problem from the link or storage. */
export function initialLab(
  scenarios: readonly ValidScenario[],
  session: Session,
  role: string,
  problem: string | null,
  predictions: Readonly<Record<string, Predictions>> = {},
  attempts: Readonly<Record<string, readonly AttemptRecord[]>> = {},
): LabState {
  return {
    scenarios,
    session,
    role,
    selection: null,
    announcement: { text: '', serial: 0 },
    alert: problem ? { message: problem } : null,
    predictions,
    attempts,
  };
}

/** The open scenario's refused tries, every line's. */
export function currentAttempts(state: LabState): readonly AttemptRecord[] {
  return state.attempts[state.session.scenario.scenario.id] ?? [];
}

/** The open scenario's predictions. */
export function currentPredictions(state: LabState): Predictions {
  return state.predictions[state.session.scenario.scenario.id] ?? NO_PREDICTIONS;
}

/** Who predicts in a view: a team by its name, or null for the whole class. */
export function predictor(role: string): string | null {
  if (role === TEACHER_ROLE) return null;
  return `${conflictModel.parties.find((p) => p.id === role)?.name ?? role} team`;
}

const withPredictions = (state: LabState, p: Predictions): LabState => ({
  ...state,
  predictions: { ...state.predictions, [state.session.scenario.scenario.id]: p },
});

/** A step forward onto the locked prediction's step scores it. */
function scoreIfDue(before: LabState, after: LabState): LabState {
  const p = currentPredictions(after);
  const h = after.session.history;
  const from = before.session.history;
  // Due when the step was taken from the locked line's step before it (it may have branched).
  if (
    !p.locked ||
    from.line !== p.locked.line ||
    from.cursor + 1 !== p.locked.step ||
    h.cursor !== p.locked.step ||
    before.session === after.session
  )
    return after;
  const step = h.lines.find((l) => l.id === h.line)!.steps[h.cursor]!;
  const scored = score(p.locked, step, h.line);
  const right = scored.filter((r) => r.correct).length;
  const text = `${after.announcement.text} Prediction: ${right} of ${scored.length} right.`;
  return {
    ...withPredictions(after, withScored(p, scored)),
    announcement: { ...after.announcement, text },
  };
}

function predict(state: LabState, action: PredictAction): LabState {
  const p = currentPredictions(state);
  switch (action.type) {
    case 'lock': {
      const locked = {
        line: state.session.history.line,
        step: state.session.history.cursor + 1,
        picks: action.picks,
        by: predictor(state.role),
      };
      return withPredictions(state, { ...p, locked });
    }
    case 'unlock':
      return withPredictions(state, { ...p, locked: null });
    case 'enable':
      return withPredictions(state, {
        ...p,
        enabled: action.enabled,
        locked: action.enabled ? p.locked : null,
      });
  }
}

const announce = (state: LabState, text: string) => ({
  text,
  serial: state.announcement.serial + 1,
});

/** What to say after a session action: the new step in full, or the new position. */
function sentenceFor(before: Session, after: Session, action: SessionAction): string {
  if (
    action.type === 'send' ||
    action.type === 'next' ||
    action.type === 'addLine' ||
    action.type === 'branchWith'
  ) {
    const step: StepResult = after.history.lines.find((l) => l.id === after.history.line)!.steps[
      after.history.cursor
    ]!;
    return describeStep(after, step);
  }
  if (after === before) return 'Nothing to do: already there.';
  return describePosition(after);
}

/** The app's reducer. Pure: the engine is deterministic, and effects live in the React layer. */
export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'session': {
      const { session, refusal } = updateSession(state.session, action.action);
      if (refusal) return { ...state, announcement: announce(state, refusal) };
      const text = sentenceFor(state.session, session, action.action);
      const after = { ...state, session, selection: null, announcement: announce(state, text) };
      const forward = action.action.type === 'next' || action.action.type === 'send';
      return forward ? scoreIfDue(state, after) : after;
    }
    case 'open': {
      const title = action.session.scenario.scenario.title;
      return {
        ...state,
        session: action.session,
        role: action.role ?? state.role,
        selection: null,
        alert: action.problem ? { message: action.problem } : null,
        announcement: announce(state, `Opened “${title}”. ${describePosition(action.session)}`),
      };
    }
    case 'addScenario': {
      const id = action.scenario.scenario.id;
      return {
        ...state,
        scenarios: [...state.scenarios.filter((s) => s.scenario.id !== id), action.scenario],
      };
    }
    case 'role':
      return { ...state, role: action.role };
    case 'select':
      return { ...state, selection: action.selection };
    case 'announce':
      return { ...state, announcement: announce(state, action.text) };
    case 'adoptRecords': {
      const line = state.session.history.line;
      const p = currentPredictions(state);
      const tagged = action.predictions.map((r) => ({ ...r, line }));
      // withScored replaces same-step records and sorts; the lock stays as it was.
      const merged = { ...p, records: withScored(p, tagged).records };
      const kept = action.attempts.reduce(
        (all, a) => withAttempt(all, { ...a, line }),
        currentAttempts(state),
      );
      const id = state.session.scenario.scenario.id;
      return { ...withPredictions(state, merged), attempts: { ...state.attempts, [id]: kept } };
    }
    case 'tried': {
      const told = { ...state, announcement: announce(state, action.text) };
      const attempt = attemptAt(state.session, action.event, predictor(state.role));
      if (!attempt) return told;
      const id = state.session.scenario.scenario.id;
      const kept = withAttempt(currentAttempts(state), attempt);
      return { ...told, attempts: { ...state.attempts, [id]: kept } };
    }
    case 'alert':
      return { ...state, alert: action.alert };
    case 'predict':
      return predict(state, action.action);
  }
}
