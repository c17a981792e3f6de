/**
 * "Import log": read a JSON or JSON Lines log and replay it through the engine. Loaded
 * when a log is first imported, so the log reader and replay are not in the page script.
 */
import { conflictModel } from '../../machines/index.ts';
import {
  type AttemptRecord,
  type PredictionRecord,
  readLog,
  replayLog,
  type StepResult,
} from '../engine/index.ts';
import { checkTabled, tabledProposalsInText, tablingsOf } from '../negotiation/tabling.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import type { Alert } from './state/lab.ts';

/** An imported log: its scenario, the replayed steps and its class records, or why it was refused. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly scenario: ValidScenario;
      readonly steps: readonly StepResult[];
      /** The log's scored predictions and refused tries (empty when it has none). */
      readonly predictions: readonly PredictionRecord[];
      readonly attempts: readonly AttemptRecord[];
    }
  | { readonly ok: false; readonly alert: Alert };

/**
 * Reads a JSON or JSON Lines log and replays it on the scenario it names (`find` gives
 * it, fetching a bundled one not opened yet); any mismatch refuses it.
 */
export async function importLog(
  find: (id: string) => Promise<ValidScenario | null>,
  name: string,
  text: string,
): Promise<ImportResult> {
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
  const scenario = await find(log.scenario.id);
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
  // Proposals tabled with their own terms go back on the table at their steps.
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
  return {
    ok: true,
    scenario,
    steps: replay.steps,
    predictions: log.predictions ?? [],
    attempts: log.attempts ?? [],
  };
}
