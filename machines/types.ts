/**
 * The vocabulary every party machine and the engine share. Only types are imported
 * here (XState's machine type, the source schema's type), so reading the model's shape
 * loads no machine and no library code.
 */
import type { z } from 'zod';
import type { sourceSchema } from './sourceSchema.ts';
import type { ProposalTerms } from './terms.ts';

/** A party's posture: a state name for a flat machine, or one state per region. */
export type Posture = string | Readonly<Record<string, string>>;

/** Every party's posture at one moment, keyed by party id. */
export type Postures = Readonly<Record<string, Posture>>;

/**
 * What a guard may look at: the joint posture as it stood before the event.
 * Every machine sees the same pre-event world, so the result of one event never
 * depends on the order in which parties are told about it (see docs/model.md).
 */
export interface WorldView {
  readonly postures: Postures;
  /**
   * The terms of the proposal on the table (the last one tabled). Absent means the
   * model's standing US proposal (machines/terms.ts STANDING_TERMS), so a world built
   * from postures alone reads the same as one whose tabling gave no terms.
   */
  readonly terms?: ProposalTerms;
}

/** The event object every machine receives: a type plus the world it happens in. */
export interface ModelEvent {
  readonly type: string;
  readonly world: WorldView;
}

/** Who decides that an event happens. */
export type Controller = string | 'world';

/** A named condition, readable by people: the engine quotes it when an event is disabled. */
export interface GuardSpec {
  /** The condition as a sentence, phrased so it explains a refusal. */
  readonly description: string;
  /** Source ids (see machines/sources.ts) the condition rests on. */
  readonly basis: readonly string[];
  /** Whether the condition holds in this world. Pure. */
  readonly test: (world: WorldView) => boolean;
  /**
   * Why the condition fails in this world, in more detail than the description (a
   * proposal guard names each stated condition the terms break). Optional.
   */
  readonly explain?: (world: WorldView) => string;
}

/** One entry in the event catalog. */
export interface EventSpec {
  readonly type: string;
  readonly label: string;
  readonly description: string;
  /** The party that decides it, or `world` for exogenous events (the teacher or the script). */
  readonly controlledBy: Controller;
  /** The machine whose transitions decide whether the event is possible now. */
  readonly home: string;
}

/** One rule of a party's automatic play, tried in order when no team plays the party. */
export interface DoctrineRule {
  readonly event: string;
  /** An extra guard (by name) that must hold for the party to choose this event. */
  readonly when?: string;
  /** Why the party would do this, in a sentence. */
  readonly why: string;
}

/** Metadata kept on every state node. */
export interface StateMeta {
  readonly label: string;
  /** The escalation-ladder rung this posture stands on (0 when it adds nothing). */
  readonly rung?: number;
}

/** Metadata kept on every transition: where the behaviour comes from. */
export interface TransitionMeta {
  readonly basis: readonly string[];
  /** Set when taking this transition abandons a stated condition (by condition id). */
  readonly abandons?: string;
  /**
   * A guard (by name) whose failing conditions this transition quotes in its reason:
   * a rejection quotes the stated conditions the terms on the table break.
   */
  readonly quotes?: string;
}

/** A dated public source the model rests on. */
export type SourceRef = Readonly<z.infer<typeof sourceSchema>>;

/** One party of the conflict system: its machine plus what people need to know about it. */
export interface PartyDefinition {
  readonly id: string;
  readonly name: string;
  /** `party` for a side a team can play; `world` for tracks the teacher moves; `joint` for tracks nobody plays. */
  readonly kind: 'party' | 'world' | 'joint';
  readonly summary: string;
  readonly machine: import('xstate').AnyStateMachine;
  /** Automatic play when no team plays the party: the first enabled rule is taken. */
  readonly doctrine: readonly DoctrineRule[];
}

/** A rung of the shared escalation ladder. */
export interface LadderRung {
  readonly level: number;
  readonly name: string;
  readonly description: string;
}

/** An outcome a scenario ends in (or is at, step by step). */
export interface OutcomeSpec {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** Everything the engine needs: parties in delivery order, events, guards, the ladder, outcomes. */
export interface ConflictModel {
  readonly id: string;
  readonly version: string;
  readonly parties: readonly PartyDefinition[];
  readonly events: readonly EventSpec[];
  readonly guards: Readonly<Record<string, GuardSpec>>;
  readonly sources: readonly SourceRef[];
  readonly ladder: readonly LadderRung[];
  /** The world's level from the rungs of every active state. */
  readonly ladderLevel: (activeRungs: readonly number[], world: WorldView) => number;
  readonly outcomes: readonly OutcomeSpec[];
  readonly outcomeOf: (world: WorldView, level: number) => string;
}
