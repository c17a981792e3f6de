/**
 * Rebuilding a session from inputs (a link or a saved session). The engine re-runs
 * every input, so a stored list can never put the app in a state the model does not
 * allow: the first input that is not enabled ends the line, and the problem is named.
 */
import {
  playInputs,
  type History,
  type Line,
  type StepResult,
  type TabledTerms,
} from '../../engine/index.ts';
import { scriptTablings } from '../../scenario/scriptProposals.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { openSession, type Session } from './session.ts';
import type { SavedSession } from './storage.ts';

/** A rebuilt session and, when some of the input could not be used, why. */
export interface Restored {
  readonly session: Session;
  readonly problem: string | null;
}

/** Plays inputs after a prefix of steps (the start by default), as the engine judges them. */
function playLine(
  session: Session,
  inputs: readonly string[],
  prefix: readonly StepResult[] = [session.history.lines[0]!.steps[0]!],
  tablings: Readonly<Record<string, TabledTerms>> = {},
): { steps: StepResult[]; problem: string | null } {
  const byStep = new Map(Object.entries(tablings).map(([step, t]) => [Number(step), t]));
  const { steps, refused } = playInputs(session.sim, prefix, inputs, byStep);
  if (!refused) return { steps, problem: null };
  const why = refused.availability
    ? refused.availability.reason
    : `there is no event "${refused.input}" in this model`;
  return {
    steps,
    problem: `Step ${refused.step} ("${refused.input}") could not be replayed: ${why}`,
  };
}

/**
 * The script's tablings (with their proposals' terms) for the inputs that follow the
 * script from the start, as the Next step played them; a link carries inputs only.
 */
function scriptedTablings(
  scenario: ValidScenario,
  inputs: readonly string[],
): Record<string, TabledTerms> {
  const script = scenario.scenario.script;
  let follows = 0;
  while (follows < inputs.length && inputs[follows] === script[follows]?.event) follows++;
  return Object.fromEntries(
    [...scriptTablings(scenario.scenario)].filter(([step]) => step <= follows),
  );
}

/** A session whose only line is these inputs, at step `at` (default: the end). */
export function sessionFromInputs(
  scenario: ValidScenario,
  inputs: readonly string[],
  at?: number,
): Restored {
  const fresh = openSession(scenario);
  const { steps, problem } = playLine(fresh, inputs, undefined, scriptedTablings(scenario, inputs));
  const last = steps.length - 1;
  const cursor = at === undefined ? last : Math.min(at, last);
  const history: History = { lines: [{ id: 'main', parent: null, steps }], line: 'main', cursor };
  return { session: { ...fresh, history }, problem };
}

/** A saved session rebuilt line by line; one from another scenario version is not restored. */
export function sessionFromSaved(scenario: ValidScenario, saved: SavedSession): Restored {
  const fresh = openSession(scenario);
  // Sessions saved before run fingerprints carry the whole file's; either names this version.
  const known = [scenario.fingerprint, scenario.contentFingerprint];
  if (saved.scenario !== scenario.scenario.id || !known.includes(saved.fingerprint)) {
    return {
      session: fresh,
      problem:
        'The saved session was made with another version of this scenario, so it starts afresh.',
    };
  }
  const problems: string[] = [];
  const lines: Line[] = [];
  for (const l of saved.lines) {
    if (lines.some((x) => x.id === l.id)) continue;
    // A branch is stored as its fork point plus the inputs after it: it shares its parent's steps.
    const parent = l.parent ? lines.find((x) => x.id === l.parent!.line) : undefined;
    const prefix = parent ? parent.steps.slice(0, l.parent!.step + 1) : undefined;
    // Drafted proposals go back on the table with their terms, so a reload loses nothing.
    const { steps, problem } = playLine(fresh, l.inputs, prefix, l.tablings);
    if (l.parent && !parent)
      problems.push(
        `Line ${l.id}: its parent line ${l.parent.line} is missing, so it is rebuilt from the start.`,
      );
    if (problem) problems.push(`Line ${l.id}: ${problem}`);
    lines.push({ id: l.id, parent: l.parent, steps });
  }
  const line = lines.find((l) => l.id === saved.line) ?? lines[0]!;
  const cursor = Math.min(saved.cursor, line.steps.length - 1);
  return {
    session: { ...fresh, history: { lines, line: line.id, cursor } },
    problem: problems.length ? problems.join(' ') : null,
  };
}

/** Whether a line's inputs are exactly this list. */
export function lineHasInputs(line: Line, inputs: readonly string[]): boolean {
  return (
    line.steps.length === inputs.length + 1 &&
    inputs.every((input, i) => line.steps[i + 1]!.input === input)
  );
}
