import type { AnyMachineSnapshot } from 'xstate';
import type { Postures } from '../../machines/types.ts';

/** Why a transition happened: a person's (or the script's) input, a reaction to it, or automatic play. */
export type Cause = 'input' | 'reaction' | 'doctrine';

/** One transition of one party (in one region), with everything needed to explain it. */
export interface TransitionRecord {
  /** The step this happened in (1 for the first input). */
  readonly step: number;
  /** Order within the step, from 1. */
  readonly seq: number;
  readonly event: string;
  readonly cause: Cause;
  /** The party whose machine moved. */
  readonly actor: string;
  /** The region that moved, or null for a flat machine. */
  readonly region: string | null;
  readonly from: string;
  readonly to: string;
  /** The guard that allowed it, by name, or null when none was needed. */
  readonly guard: string | null;
  /** Why it happened, in a sentence. */
  readonly reason: string;
  /** What the transition means (from the machine). */
  readonly description: string;
  /** Source ids the transition rests on. */
  readonly basis: readonly string[];
  /** The stated condition this transition abandons, if any. */
  readonly abandons: string | null;
  /** The ladder level and outcome right after this transition. */
  readonly ladder: number;
  readonly outcome: string;
}

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
  /** The XState snapshot of each party, by party id (not serialised: rebuilt from postures). */
  readonly snapshots: ReadonlyMap<string, AnyMachineSnapshot>;
}

/** How a run starts: every party's posture, who is played by a team, and the seed. */
export interface RunSetup {
  readonly postures: Postures;
  /** Parties a team (or the script) plays; the others act by doctrine. */
  readonly played: readonly string[];
  readonly seed: number;
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
