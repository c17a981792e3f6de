import type { StepResult } from './types.ts';

/**
 * A line of play: the steps from the start (steps[0]) to its end. A branch starts
 * as a copy of its parent's steps up to the fork, so every line can be replayed and
 * exported on its own. Steps are immutable, so the shared prefix costs nothing.
 */
export interface Line {
  readonly id: string;
  /** Where this line forked off: the parent line and the step it forked after. */
  readonly parent: { readonly line: string; readonly step: number } | null;
  readonly steps: readonly StepResult[];
}

/** Every line of play and where the user is: a line and a step on it. */
export interface History {
  readonly lines: readonly Line[];
  readonly line: string;
  readonly cursor: number;
}

/** A history with one line that holds only the start. */
export function createHistory(start: StepResult): History {
  return { lines: [{ id: 'main', parent: null, steps: [start] }], line: 'main', cursor: 0 };
}

/** The line the user is on. */
export function currentLine(history: History): Line {
  return history.lines.find((l) => l.id === history.line)!;
}

/** The step the user is at. */
export function currentStep(history: History): StepResult {
  return currentLine(history).steps[history.cursor]!;
}

/** The steps of the current line up to the cursor: what an export at this point contains. */
export function stepsToCursor(history: History): readonly StepResult[] {
  return currentLine(history).steps.slice(0, history.cursor + 1);
}

function replaceLine(history: History, line: Line): readonly Line[] {
  return history.lines.map((l) => (l.id === line.id ? line : l));
}

/** `branch-N` with the smallest N no line uses yet (lines added by other means may take ids too). */
function freshLineId(history: History): string {
  const taken = new Set(history.lines.map((l) => l.id));
  let n = history.lines.length;
  while (taken.has(`branch-${n}`)) n++;
  return `branch-${n}`;
}

/**
 * Records a new step after the cursor. At the end of the line it extends the line;
 * anywhere earlier it starts a new branch and keeps the old line untouched, so no
 * play is ever lost by stepping back and choosing differently.
 */
export function record(history: History, next: StepResult): History {
  const line = currentLine(history);
  if (history.cursor === line.steps.length - 1) {
    const extended: Line = { ...line, steps: [...line.steps, next] };
    return { ...history, lines: replaceLine(history, extended), cursor: history.cursor + 1 };
  }
  const branch: Line = {
    id: freshLineId(history),
    parent: { line: line.id, step: history.cursor },
    steps: [...line.steps.slice(0, history.cursor + 1), next],
  };
  return { lines: [...history.lines, branch], line: branch.id, cursor: history.cursor + 1 };
}

/** Moves to a step of the current line (clamped to the line). */
export function jumpTo(history: History, step: number): History {
  const last = currentLine(history).steps.length - 1;
  return { ...history, cursor: Math.max(0, Math.min(last, Math.trunc(step))) };
}

/** One step back (stays at the start). */
export function back(history: History): History {
  return jumpTo(history, history.cursor - 1);
}

/** One step forward along the current line (stays at its end). */
export function forward(history: History): History {
  return jumpTo(history, history.cursor + 1);
}

/** Back to the start of the current line; the steps stay, so Forward redoes them. */
export function reset(history: History): History {
  return jumpTo(history, 0);
}

/** Switches to another line, keeping the step number where that line has it. */
export function switchLine(history: History, lineId: string): History {
  const line = history.lines.find((l) => l.id === lineId);
  if (!line) return history;
  return { ...history, line: lineId, cursor: Math.min(history.cursor, line.steps.length - 1) };
}

/** The input events of a line, in order: all that is needed to rebuild it. */
export function inputsOf(line: Line): string[] {
  return line.steps.slice(1).map((s) => s.input!);
}
