import type { AnyMachineSnapshot } from 'xstate';
import type { z } from 'zod';
import type { ProposalTerms } from '../../machines/terms.ts';
import type { Postures } from '../../machines/types.ts';
import type { Immutable, transitionRecordSchema } from './logSchema.ts';

/** Why a transition happened: a person's (or the script's) input, a reaction to it, or automatic play. */
export type Cause = TransitionRecord['cause'];

/** One transition of one party (in one region), with everything needed to explain it. */
export type TransitionRecord = Immutable<z.infer<typeof transitionRecordSchema>>;

/** The state of the whole system after a step, and what the step did. */
export interface StepResult {
  /** 0 for the start, then 1, 2, … */
  readonly index: number;
  /** The input event of this step, or null for the start. */
  readonly input: string | null;
  readonly transitions: readonly TransitionRecord[];
  readonly postures: Postures;
  readonly ladder: number;
  readonly outcome: string;
  /**
   * The terms on the table after this step (the last ones tabled). Absent: the
   * standing US proposal (machines/terms.ts STANDING_TERMS).
   */
  readonly terms?: ProposalTerms;
  /** Set only on a step whose input tabled a proposal with its own terms: that proposal, as given. */
  readonly tabled?: TabledTerms;
  /** The XState snapshot of each party, by party id (not serialised: rebuilt from postures). */
  readonly snapshots: ReadonlyMap<string, AnyMachineSnapshot>;
}

/** How a run starts: every party's posture, who is played by a team, and the seed. */
export interface RunSetup {
  readonly postures: Postures;
  /** Parties a team (or the script) plays; the others act by doctrine. */
  readonly played: readonly string[];
  readonly seed: number;
  /**
   * The terms on the table at the start and those a tabling without its own puts there
   * (`explore --proposal`); absent: the standing US proposal. Logs do not record it, so
   * only the analysis sets it; a run that is logged tables terms step by step instead.
   */
  readonly terms?: ProposalTerms;
}

/** Whether an event can be sent now and, if not, why. */
export interface EventAvailability {
  readonly type: string;
  readonly label: string;
  readonly description: string;
  readonly controlledBy: string;
  readonly enabled: boolean;
  /** The refusal, quoted from the guard or the state, when disabled. */
  readonly reason: string | null;
  /** The guard that refuses it, by name, when one does. */
  readonly guard: string | null;
}

/**
 * A proposal tabled with its own terms. The engine reads only `terms`; whatever else
 * describes the proposal (id, title, author…) rides along for the log's tabling record.
 */
export interface TabledTerms {
  readonly terms: ProposalTerms;
}
