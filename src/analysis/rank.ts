import type { ConflictModel } from '../../machines/types.ts';
import { UserFacingError } from '../engine/index.ts';
import { simulate, type SimulateRequest } from './batch.ts';

/** How much one decision moves the odds of an outcome. */
export interface DecisionEffect {
  readonly event: string;
  readonly label: string;
  readonly controlledBy: string;
  /** The outcome's share when this decision is never taken (its weight set to 0). */
  readonly shareWithout: number;
  readonly low: number;
  readonly high: number;
  /** shareWithout minus the baseline share: negative when the decision makes the outcome likelier. */
  readonly change: number;
}

/** The baseline odds and every played party's decisions, the biggest change first. */
export interface DecisionRanking {
  readonly outcome: string;
  readonly baseline: { readonly share: number; readonly low: number; readonly high: number };
  readonly effects: readonly DecisionEffect[];
}

/**
 * "Which single decision changes the odds most?": the same seeded batch once as it
 * is and once per decision of a played party with that decision's weight set to 0
 * (the party never takes it). Same seeds throughout, so the differences come from the
 * decision, not from chance draws alone.
 */
export function rankDecisions(
  model: ConflictModel,
  request: Omit<SimulateRequest, 'sweep'>,
  outcome: string,
): DecisionRanking {
  if (!model.outcomes.some((o) => o.id === outcome)) {
    throw new UserFacingError(
      `unknown outcome "${outcome}" (one of ${model.outcomes.map((o) => o.id).join(', ')})`,
    );
  }
  const oddsOf = (set: Readonly<Record<string, number>>) =>
    simulate(model, { ...request, set, sweep: null }).groups[0]!.summary.outcomes.find(
      (o) => o.outcome === outcome,
    )!;
  const base = oddsOf(request.set);
  const decisions = model.events.filter(
    (e) => e.controlledBy !== 'world' && request.played.includes(e.controlledBy),
  );
  const effects = decisions.map((e) => {
    const without = oddsOf({ ...request.set, [e.type]: 0 });
    return {
      event: e.type,
      label: e.label,
      controlledBy: e.controlledBy,
      shareWithout: without.share,
      low: without.low,
      high: without.high,
      change: without.share - base.share,
    };
  });
  // Stable sort: equal changes keep catalog order.
  effects.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return { outcome, baseline: { share: base.share, low: base.low, high: base.high }, effects };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The ranking as a table a class can read. */
export function rankingTable(model: ConflictModel, ranking: DecisionRanking, limit = 10): string {
  const label = model.outcomes.find((o) => o.id === ranking.outcome)!.label;
  const party = (id: string) => model.parties.find((p) => p.id === id)?.name ?? id;
  const lines = [
    `${label}: ${pct(ranking.baseline.share)} of runs (95% interval ${pct(ranking.baseline.low)}–${pct(ranking.baseline.high)}) as the scenario stands.`,
    `If one decision were never taken (the biggest changes first):`,
    '',
    ...ranking.effects
      .slice(0, limit)
      .map(
        (e, i) =>
          `${String(i + 1).padStart(2)}. ${e.label} [${e.event}], ${party(e.controlledBy)}: ${pct(e.shareWithout)} (${pct(e.low)}–${pct(e.high)}), ${e.change >= 0 ? '+' : '−'}${(Math.abs(e.change) * 100).toFixed(1)} points`,
      ),
  ];
  return lines.join('\n') + '\n';
}
