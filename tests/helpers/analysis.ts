import {
  applyEvent,
  availableEvents,
  canonicalJson,
  type Simulation,
  type StepResult,
} from '../../src/engine/index.ts';

/**
 * Breadth-first search through the live engine (availableEvents + applyEvent):
 * the reference the fast form is checked against. Slow: small scenarios only.
 */
export function liveReachable(
  sim: Simulation,
  start: StepResult,
): Map<string, { distance: number; outcome: string; ladder: number }> {
  const seen = new Map([
    [canonicalJson(start.postures), { distance: 0, outcome: start.outcome, ladder: start.ladder }],
  ]);
  const queue: [StepResult, number][] = [[start, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [step, d] = queue[head]!;
    for (const e of availableEvents(sim, step)) {
      if (!e.enabled) continue;
      const next = applyEvent(sim, step, e.type);
      const key = canonicalJson(next.postures);
      if (seen.has(key)) continue;
      seen.set(key, { distance: d + 1, outcome: next.outcome, ladder: next.ladder });
      queue.push([next, d + 1]);
    }
  }
  return seen;
}
