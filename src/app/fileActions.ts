/**
 * What the Export and import panel does: build the log through the engine and check a
 * teacher's scenario file (reading and replaying a log is in `importLog.ts`). Each returns either
 * a result for the reducer or an alert, so nothing here touches React state.
 */
import { conflictModel } from '../../machines/index.ts';
import {
  buildLog,
  logToCsv,
  logToJson,
  logToJsonl,
  stepsToCursor,
  type MessageRecord,
  type AttemptRecord,
  type PredictionRecord,
} from '../engine/index.ts';
import { tabledRecords } from '../negotiation/tabling.ts';
import { parseScenario, type ValidScenario } from '../scenario/validate.ts';
import type { ExportFormat } from './components/FilesPanel.tsx';
import type { Alert } from './state/lab.ts';
import type { Session } from './state/session.ts';

/**
 * The file name and text of an export of the current line up to the cursor, with the
 * class's scored predictions, refused tries and the negotiation round's messages (JSON
 * and JSON Lines; CSV holds transitions only).
 */
export function exportFile(
  session: Session,
  format: ExportFormat,
  predictions: readonly PredictionRecord[] = [],
  messages: readonly MessageRecord[] = [],
  attempts: readonly AttemptRecord[] = [],
): { name: string; text: string; type: string } {
  const s = session.scenario;
  const steps = stepsToCursor(session.history);
  const built = buildLog(
    session.sim,
    { id: s.scenario.id, title: s.scenario.title, fingerprint: s.fingerprint },
    steps,
  );
  // A proposal tabled with its own terms goes into the log's tabling records, so replay reproduces it.
  const proposals = tabledRecords(steps);
  const withTerms = proposals.length ? ({ ...built, proposals } as typeof built) : built;
  const log = {
    ...withTerms,
    ...(predictions.length ? { predictions } : {}),
    ...(messages.length ? { messages } : {}),
    ...(attempts.length ? { attempts } : {}),
  };
  const name = `${s.scenario.id}-log.${format}`;
  if (format === 'csv') return { name, text: logToCsv(log, session.sim.index), type: 'text/csv' };
  if (format === 'jsonl') return { name, text: logToJsonl(log), type: 'application/jsonl' };
  return { name, text: logToJson(log), type: 'application/json' };
}

/** A teacher's scenario file checked like the bundled ones: the scenario, or every problem. */
export function openScenarioFile(
  name: string,
  text: string,
): { ok: true; scenario: ValidScenario } | { ok: false; alert: Alert } {
  const check = parseScenario(conflictModel, name, text);
  if (check.ok) return { ok: true, scenario: check.value };
  const n = check.problems.length;
  return {
    ok: false,
    alert: {
      message: `The scenario file “${name}” has ${n} problem${n === 1 ? '' : 's'}, so it was not opened:`,
      problems: check.problems,
    },
  };
}

/** The open scenario as a file to share (pretty JSON). */
export function scenarioFile(scenario: ValidScenario): { name: string; text: string } {
  return {
    name: `${scenario.scenario.id}.json`,
    text: JSON.stringify(scenario.scenario, null, 2) + '\n',
  };
}
