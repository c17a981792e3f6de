import '../../machines/zodSetup.ts';
import { z } from 'zod';
import type { Labels } from './labels.ts';
import type { Prediction, PredictionRow, PredictionSummary, TeamScore } from './types.ts';

/**
 * The optional top-level `predictions` array of a transition log (the class view
 * writes it; see docs/log-format.md). The log's own schema does not know it, so the
 * debrief reads it here, from the same parsed JSON.
 */
export const predictionSchema = z.object({
  step: z.number().int().min(1),
  /** The line it was scored on (optional: older logs have none). */
  line: z.string().optional(),
  party: z.string(),
  region: z.string().nullable(),
  predicted: z.string().nullable(),
  actual: z.string().nullable(),
  correct: z.boolean(),
  by: z.string().nullable(),
});

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
