/**
 * Where the current line stands against the scenario's script: the next scripted
 * event, and the script step (narration, question) the cursor is at.
 */
import { currentLine, inputsOf } from '../../engine/index.ts';
import type { ScriptStep } from '../../scenario/schema.ts';
import type { Session } from './session.ts';

/** Whether the first `count` inputs of the current line are exactly the script's first `count` events. */
export function followsScript(session: Session, count: number): boolean {
  const script = session.scenario.scenario.script;
  if (count > script.length) return false;
  const inputs = inputsOf(currentLine(session.history));
  for (let i = 0; i < count; i++) if (inputs[i] !== script[i]!.event) return false;
  return true;
}

/** The script's next event from the cursor, or null when the line has left the script or it is over. */
export function nextScriptedEvent(session: Session): string | null {
  const cursor = session.history.cursor;
  const script = session.scenario.scenario.script;
  if (cursor >= script.length || !followsScript(session, cursor)) return null;
  return script[cursor]!.event;
}

/** The script step the cursor is at (null at the start, or off the script). */
export function scriptStepAtCursor(
  session: Session,
): { readonly number: number; readonly step: ScriptStep } | null {
  const cursor = session.history.cursor;
  if (cursor === 0 || !followsScript(session, cursor)) return null;
  return { number: cursor, step: session.scenario.scenario.script[cursor - 1]! };
}
