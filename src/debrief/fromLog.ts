import type { z } from 'zod';
import type { ConflictModel } from '../../machines/types.ts';
import type { TransitionLog } from '../engine/log.ts';
import { readLog, replayLog } from '../engine/replay.ts';
import type { Problem } from '../engine/problems.ts';
import { problemsFromZod } from '../engine/problems.ts';
import type { ValidScenario } from '../scenario/validate.ts';
import { buildDebrief } from './build.ts';
import { predictionsSchema } from './predictions.ts';
import { attemptsSchema } from './tried.ts';
import type { Attempt, Debrief, Prediction } from './types.ts';

/** A log read for a debrief: the log, its predictions and refused tries, or every problem found. */
export type DebriefLogRead =
  | {
      readonly ok: true;
      readonly log: TransitionLog;
      readonly predictions: Prediction[] | null;
      readonly attempts: Attempt[] | null;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The top-level object of a JSON log, or a JSON Lines log's header line. */
function rawTop(text: string): Record<string, unknown> | undefined {
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
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/** Reads a transition log (JSON or JSON Lines) with its optional `predictions` and `attempts`. */
export function readDebriefLog(file: string, text: string): DebriefLogRead {
  const read = readLog(file, text);
  if (!read.ok) return read;
  const top = rawTop(text);
  const problems: Problem[] = [];
  const optional = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const raw = top?.[name];
    if (raw === undefined) return null;
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (parsed.success) return parsed.data;
    for (const p of problemsFromZod(file, parsed.error.issues))
      problems.push({ ...p, pointer: `/${name}${p.pointer}` });
    return null;
  };
  const predictions = optional('predictions', predictionsSchema);
  const attempts = optional('attempts', attemptsSchema);
  if (problems.length) return { ok: false, problems };
  return { ok: true, log: read.log, predictions, attempts };
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
  attempts: readonly Attempt[] | null = null,
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
    ...(attempts ? { attempts } : {}),
  });
  return { ok: true, debrief };
}
