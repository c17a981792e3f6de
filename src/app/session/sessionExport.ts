/**
 * The export a class session offers at its end: the transition log of the teacher's
 * line, plus the optional top-level `rounds` (every submission, rationale and verdict)
 * and `predictions` arrays (docs/log-format.md). Replay still checks the transitions.
 */
import { buildLog, logToJson, stepsToCursor } from '../../engine/index.ts';
import type { RoundRecord } from '../../classroom/protocol.ts';
import type { Session } from '../state/session.ts';
import type { PredictionRecord } from './reveal.ts';

/** The file name and JSON text of a class session's export. */
export function sessionExport(
  session: Session,
  rounds: readonly RoundRecord[],
  predictions: readonly PredictionRecord[],
): { name: string; text: string } {
  const s = session.scenario;
  const log = buildLog(
    session.sim,
    { id: s.scenario.id, title: s.scenario.title, fingerprint: s.fingerprint },
    stepsToCursor(session.history),
  );
  const base = JSON.parse(logToJson(log)) as Record<string, unknown>;
  return {
    name: `${s.scenario.id}-class-session.json`,
    text: `${JSON.stringify({ ...base, rounds, predictions }, null, 2)}\n`,
  };
}
