import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { predictionRecordSchema } from '../engine/logSchema.ts';
import type { Labels } from './labels.ts';
import type { Prediction, PredictionRow, PredictionSummary, TeamScore } from './types.ts';

/**
 * One record of the optional top-level `predictions` array of a transition log (the
 * class view writes it; see docs/log-format.md), read with the log format's own schema.
 */
export const predictionSchema = predictionRecordSchema;

/** The array as a whole: absent is fine, malformed is an error the reader reports. */
export const predictionsSchema = z.array(predictionSchema);

/** The name a team's score goes under: its name, or "the whole class". */
export const teamName = (by: string | null) => by ?? 'the whole class';

/** Predictions against results: labels added, right answers counted overall and per team. */
export function summarizePredictions(
  labels: Labels,
  predictions: readonly Prediction[],
): PredictionSummary {
  const rows = [...predictions]
    .sort((a, b) => a.step - b.step)
    .map(
      (p): PredictionRow => ({
        ...p,
        partyName: labels.partyName(p.party),
        predictedLabel: labels.state(p.party, p.region, p.predicted),
        actualLabel: labels.state(p.party, p.region, p.actual),
      }),
    );
  const teams = new Map<string, TeamScore>();
  for (const p of rows) {
    const name = teamName(p.by);
    const score = teams.get(name) ?? { by: name, correct: 0, total: 0 };
    teams.set(name, {
      by: name,
      correct: score.correct + (p.correct ? 1 : 0),
      total: score.total + 1,
    });
  }
  return {
    rows,
    correct: rows.filter((p) => p.correct).length,
    total: rows.length,
    byTeam: [...teams.values()].sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0)),
  };
}
