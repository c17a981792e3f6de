/**
 * The session: one scenario, its simulation and the engine's History of lines.
 * Every change is a pure function of (session, action), so the React layer only
 * stores the result, and the same moves can be tested without a browser.
 */
import {
  applyEvent,
  back,
  createHistory,
  currentLine,
  currentStep,
  forward,
  initialStep,
  isUserFacing,
  jumpTo,
  record,
  reset,
  switchLine,
  type History,
  type Line,
  type Simulation,
  type StepResult,
  type TabledTerms,
} from '../../engine/index.ts';
import { scriptTablings } from '../../scenario/scriptProposals.ts';
import { simulationFor } from '../../scenario/simulation.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { nextScriptedEvent } from './script.ts';

/** What the app is showing: a scenario, its simulation and every line played so far. */
export interface Session {
  readonly scenario: ValidScenario;
  readonly sim: Simulation;
  readonly history: History;
}

/** Everything a person can do to a session. */
export type SessionAction =
  | { readonly type: 'send'; readonly event: string; readonly tabled?: TabledTerms }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'forward' }
  | { readonly type: 'reset' }
  | { readonly type: 'jump'; readonly step: number }
  | { readonly type: 'switchLine'; readonly line: string }
  | { readonly type: 'addLine'; readonly steps: readonly StepResult[] }
  | { readonly type: 'branchWith'; readonly events: readonly string[] };

/** The result of an action: the new session, and a sentence when it could not be done. */
export interface SessionUpdate {
  readonly session: Session;
  readonly refusal: string | null;
}

/** A fresh session at the start of a scenario. */
export function openSession(scenario: ValidScenario): Session {
  const sim = simulationFor(scenario.scenario);
  return { scenario, sim, history: createHistory(initialStep(sim)) };
}

/**
 * Sends an event from the cursor. When the line already goes on with the same event,
 * this just moves forward: re-sending what is already there must not fork a copy.
 */
function send(session: Session, event: string, tabled?: TabledTerms): SessionUpdate {
  const { history, sim } = session;
  const line = currentLine(history);
  const ahead = line.steps[history.cursor + 1];
  // A proposal tabled with other terms than the step ahead is another move: it forks.
  const same = ahead?.input === event && JSON.stringify(ahead.tabled) === JSON.stringify(tabled);
  if (ahead && same) return { session: { ...session, history: forward(history) }, refusal: null };
  try {
    const next = applyEvent(sim, currentStep(history), event, tabled);
    return { session: { ...session, history: record(history, next) }, refusal: null };
  } catch (error) {
    if (isUserFacing(error)) return { session, refusal: error.message };
    throw error;
  }
}

/** A line id not used yet, with a readable prefix. */
function freshLineId(history: History, prefix: string): string {
  const used = new Set(history.lines.map((l) => l.id));
  let n = history.lines.length;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Adds a whole line (an imported log) and moves to its end, to go on from there. */
function addLine(session: Session, steps: readonly StepResult[]): Session {
  const line: Line = { id: freshLineId(session.history, 'import'), parent: null, steps };
  const history: History = {
    lines: [...session.history.lines, line],
    line: line.id,
    cursor: steps.length - 1,
  };
  return { ...session, history };
}

/**
 * Plays a list of events from the cursor as a new line forked here (a path found by
 * the analysis), even at the end of a line, so the line it came from stays as it was.
 */
function branchWith(session: Session, events: readonly string[]): SessionUpdate {
  const { history, sim } = session;
  const line = currentLine(history);
  const steps = [...line.steps.slice(0, history.cursor + 1)];
  try {
    for (const event of events) steps.push(applyEvent(sim, steps[steps.length - 1]!, event));
  } catch (error) {
    if (isUserFacing(error)) return { session, refusal: error.message };
    throw error;
  }
  if (events.length === 0) return { session, refusal: 'The path is empty: nothing to play.' };
  const branch: Line = {
    id: freshLineId(history, 'branch'),
    parent: { line: line.id, step: history.cursor },
    steps,
  };
  return {
    session: {
      ...session,
      history: { lines: [...history.lines, branch], line: branch.id, cursor: steps.length - 1 },
    },
    refusal: null,
  };
}

/** Applies one action. Never throws for something a person did; the refusal says why. */
export function updateSession(session: Session, action: SessionAction): SessionUpdate {
  const h = session.history;
  const moved = (history: History): SessionUpdate => ({
    session: history === h ? session : { ...session, history },
    refusal: null,
  });
  switch (action.type) {
    case 'send':
      return send(session, action.event, action.tabled);
    case 'next': {
      const event = nextScriptedEvent(session);
      if (!event)
        return {
          session,
          refusal:
            'There is no scripted next step from here: the line has left the script or the script is over.',
        };
      // A scripted tabling that names a proposal tables its terms, as the scenario checks play it.
      const tabled = scriptTablings(session.scenario.scenario).get(h.cursor + 1);
      return send(session, event, tabled);
    }
    case 'back':
      return moved(back(h));
    case 'forward':
      return moved(forward(h));
    case 'reset':
      return moved(reset(h));
    case 'jump':
      return moved(jumpTo(h, action.step));
    case 'switchLine':
      return moved(switchLine(h, action.line));
    case 'addLine':
      return { session: addLine(session, action.steps), refusal: null };
    case 'branchWith':
      return branchWith(session, action.events);
  }
}
