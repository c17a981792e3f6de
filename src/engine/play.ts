import { availabilityOf } from './availability.ts';
import { TABLING_EVENT } from '../../machines/terms.ts';
import { applyEvent } from './step.ts';
import type { Simulation } from './simulation.ts';
import type { EventAvailability, StepResult, TabledTerms } from './types.ts';

/** The first input of a line that could not be played, and what the engine said about it. */
export interface Refusal {
  /** The step the input would have made (1 for the first input after the start). */
  readonly step: number;
  readonly input: string;
  /** Why it was refused; undefined when the model has no such event at all. */
  readonly availability: EventAvailability | undefined;
}

/** The steps played (the prefix included) and, if the line stopped early, why. */
export interface PlayedLine {
  readonly steps: StepResult[];
  readonly refused: Refusal | null;
}

/**
 * Plays inputs after a prefix of steps (the start, or a fork point's line) and stops
 * at the first one that is not enabled. Replay, scenario checks and session restore
 * all use this, so a stored list of inputs is judged the same way everywhere.
 * `tablings` gives, by step number, the proposal a tabling step put on the table with
 * its own terms (a log's tabling records); a tabling without one tables the standing
 * US proposal.
 */
export function playInputs(
  sim: Simulation,
  prefix: readonly StepResult[],
  inputs: readonly string[],
  tablings: ReadonlyMap<number, TabledTerms> = new Map(),
): PlayedLine {
  const steps = [...prefix];
  for (const input of inputs) {
    const at = steps[steps.length - 1]!;
    const availability = availabilityOf(sim, at, input);
    if (!availability?.enabled)
      return { steps, refused: { step: steps.length, input, availability } };
    // Terms go only with a tabling; a stored record on another step is not applied (replay names it).
    const tabled = input === TABLING_EVENT ? tablings.get(steps.length) : undefined;
    steps.push(applyEvent(sim, at, input, tabled));
  }
  return { steps, refused: null };
}
