import { applyEvent, availableEvents, type Simulation, type StepResult } from '../engine/index.ts';
import type { Walker } from './montecarlo.ts';

/**
 * A walker over the live engine: `availableEvents` to see what is enabled and
 * `applyEvent` to move, exactly as the app and the CLI step. Slow; it exists to
 * check the fast form and as the bench's baseline.
 */
export function liveWalker(sim: Simulation, start: StepResult): Walker {
  const position = new Map(sim.model.events.map((e, i) => [e.type, i]));
  let step = start;
  let enabled: string[] | null = null;
  const current = () =>
    (enabled ??= availableEvents(sim, step)
      .filter((e) => e.enabled)
      .map((e) => e.type));
  return {
    enabled: () => current().map((type) => position.get(type)!),
    take: (i) => {
      step = applyEvent(sim, step, current()[i]!);
      enabled = null;
    },
    ladder: () => step.ladder,
    outcome: () => step.outcome,
  };
}
