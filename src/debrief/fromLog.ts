import type { ConflictModel } from '../../machines/types.ts';
import type { TransitionLog } from '../engine/log.ts';
import { readLog, replayLog } from '../engine/replay.ts';
import type { Problem } from '../engine/problems.ts';
import { problemsFromZod } from '../engine/problems.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import { buildDebrief } from './build.ts';
import { predictionsSchema } from './predictions.ts';
import type { Debrief, Prediction } from './types.ts';

/** A log read for a debrief: the log and its predictions, or every problem found. */
export type DebriefLogRead =
  | { readonly ok: true; readonly log: TransitionLog; readonly predictions: Prediction[] | null }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The raw `predictions` value of a JSON log, or of a JSON Lines log's header line. */
function rawPredictions(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const first = text.split('\n').find((l) => l.trim());
    try {
      data = first ? JSON.parse(first) : undefined;
    } catch {
      return undefined;
    }
  }
  return data && typeof data === 'object'
    ? (data as { predictions?: unknown }).predictions
    : undefined;
}

/** Reads a transition log (JSON or JSON Lines) with its optional `predictions` array. */
export function readDebriefLog(file: string, text: string): DebriefLogRead {
  const read = readLog(file, text);
  if (!read.ok) return read;
  const raw = rawPredictions(text);
  if (raw === undefined) return { ok: true, log: read.log, predictions: null };
  const parsed = predictionsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = problemsFromZod(file, parsed.error.issues);
    return {
      ok: false,
      problems: problems.map((p) => ({ ...p, pointer: `/predictions${p.pointer}` })),
    };
  }
  return { ok: true, log: read.log, predictions: parsed.data };
}

/**
 * The debrief of a log: its inputs are replayed on the scenario (and every recorded
 * transition checked), so a debrief never rests on a log that the model disowns.
 */
export function debriefFromLog(
  model: ConflictModel,
  scenario: ValidScenario,
  line: string,
  log: TransitionLog,
  predictions: readonly Prediction[] | null,
):
  | { readonly ok: true; readonly debrief: Debrief }
  | { readonly ok: false; readonly message: string } {
  const replay = replayLog(model, scenario, log);
  if (!replay.ok) return replay;
  const debrief = buildDebrief({
    model,
    scenario,
    steps: replay.steps,
    played: log.played,
    line,
    ...(predictions ? { predictions } : {}),
    ...(log.messages ? { messages: log.messages } : {}),
  });
  return { ok: true, debrief };
}
