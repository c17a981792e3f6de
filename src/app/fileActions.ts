/**
 * What the Export and import panel does: build the log through the engine, read and
 * replay an imported log, and check a teacher's scenario file. Each returns either
 * a result for the reducer or an alert, so nothing here touches React state.
 */
import { conflictModel } from '../../machines/index.ts';
import {
  buildLog,
  logToCsv,
  logToJson,
  logToJsonl,
  readLog,
  replayLog,
  stepsToCursor,
  type PredictionRecord,
  type StepResult,
} from '../engine/index.ts';
import {
  checkTabled,
  tabledProposalsInText,
  tabledRecords,
  tablingsOf,
} from '../negotiation/tabling.ts';
import { parseScenario, type ValidScenario } from '../scenario/validate.ts';
import type { ExportFormat } from './components/FilesPanel.tsx';
import type { Alert } from './state/lab.ts';
import type { Session } from './state/session.ts';

/**
 * The file name and text of an export of the current line up to the cursor, with the
 * class's scored predictions (JSON and JSON Lines; CSV holds transitions only).
 */
export function exportFile(
  session: Session,
  format: ExportFormat,
  predictions: readonly PredictionRecord[] = [],
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
  const log = predictions.length ? { ...withTerms, predictions } : withTerms;
  const name = `${s.scenario.id}-log.${format}`;
  if (format === 'csv') return { name, text: logToCsv(log, session.sim.index), type: 'text/csv' };
  if (format === 'jsonl') return { name, text: logToJsonl(log), type: 'application/jsonl' };
  return { name, text: logToJson(log), type: 'application/json' };
}

/** An imported log: its scenario and the replayed steps, or why it was refused. */
export type ImportResult =
  | { readonly ok: true; readonly scenario: ValidScenario; readonly steps: readonly StepResult[] }
  | { readonly ok: false; readonly alert: Alert };

/** Reads a JSON or JSON Lines log and replays it on the scenario it names; any mismatch refuses it. */
export function importLog(
  scenarios: readonly ValidScenario[],
  name: string,
  text: string,
): ImportResult {
  const read = readLog(name, text);
  if (!read.ok)
    return {
      ok: false,
      alert: {
        message: `The log “${name}” could not be read, so the current session is kept.`,
        problems: read.problems,
      },
    };
  const log = read.log;
  const scenario = scenarios.find((s) => s.scenario.id === log.scenario.id);
  if (!scenario)
    return {
      ok: false,
      alert: {
        message: `The log “${name}” is for scenario “${log.scenario.id}”, which is not open here. Open that scenario file first; the current session is kept.`,
      },
    };
  const refuse = (why: string): ImportResult => ({
    ok: false,
    alert: { message: `The log “${name}” was refused, so the current session is kept: ${why}.` },
  });
  const tabled = tabledProposalsInText(text);
  if (!tabled.ok) return refuse(tabled.message);
  const replay = replayLog(conflictModel, scenario, log, tablingsOf(tabled.tabled));
  if (!replay.ok) return refuse(replay.message);
  const divergence = checkTabled(tabled.tabled, replay.steps);
  if (divergence) return refuse(divergence);
  const played = scenario.scenario.played;
  if (played.length !== log.played.length || played.some((p) => !log.played.includes(p))) {
    return {
      ok: false,
      alert: {
        message: `The log “${name}” was made with other parties played (${log.played.join(', ') || 'none'}), so it cannot be continued here; the current session is kept.`,
      },
    };
  }
  return { ok: true, scenario, steps: replay.steps };
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
