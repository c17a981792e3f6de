/**
 * The shape of a debrief: everything a teacher reads back to a class about one line
 * of play, as plain data. Built by build.ts, compared by compare.ts, rendered by
 * markdown.ts and html.ts, and exported as xAPI by xapi.ts. JSON-serialisable.
 */

/** A dated public source, as the debrief cites it. */
export interface CitedSource {
  readonly id: string;
  readonly publisher: string;
  readonly title: string;
  readonly date: string;
  readonly url: string | null;
}

/** One party's (or region's) move in a step, with the labels students saw. */
export interface DebriefMove {
  readonly party: string;
  readonly partyName: string;
  readonly region: string | null;
  readonly from: string;
  readonly fromLabel: string;
  readonly to: string;
  readonly toLabel: string;
  readonly cause: 'input' | 'reaction' | 'doctrine';
  readonly reason: string;
  readonly abandons: string | null;
}

/** An event that was refused at a step, and the condition (or state) that refused it. */
export interface RefusedEvent {
  readonly event: string;
  readonly label: string;
  /** Who would have decided it: a party name, or "the world" (the teacher or the script). */
  readonly decider: string;
  readonly reason: string;
  /** The named guard (a stated condition) that refused it, when one did. */
  readonly guard: string | null;
}

/** What the script (history, for a historical step) did at this step. */
export interface ScriptedStep {
  readonly event: string;
  readonly label: string;
  readonly kind: 'historical' | 'hypothetical';
  readonly narration: string;
  readonly date: string | null;
  readonly sources: readonly CitedSource[];
}

/** A party's posture as a label: "Support front · Open to talks". */
export interface PostureLabel {
  readonly party: string;
  readonly partyName: string;
  readonly label: string;
}

/** One step of the line. */
export interface DebriefStep {
  readonly step: number;
  readonly event: string;
  readonly label: string;
  /** The party id that decided the event, or "world". */
  readonly decidedBy: string;
  readonly deciderName: string;
  readonly moves: readonly DebriefMove[];
  readonly ladderBefore: number;
  readonly ladder: number;
  readonly ladderName: string;
  readonly outcomeBefore: string;
  readonly outcome: string;
  readonly outcomeLabel: string;
  /** The script's step at this number, when the script is that long. */
  readonly scripted: ScriptedStep | null;
  /** Whether the line has followed the script up to and including this step. */
  readonly onScript: boolean;
  /** Every party's posture after this step, as the labels students saw. */
  readonly postures: readonly PostureLabel[];
  /** Events of played parties refused before this step by a stated condition (a named guard). */
  readonly refused: readonly RefusedEvent[];
}

/** Why a step is a turning point. */
export type TurningKind = 'ladder' | 'abandoned' | 'leftScript' | 'outcome';

/** A step where the line turned, with one sentence per reason. */
export interface TurningPoint {
  readonly step: number;
  readonly kinds: readonly TurningKind[];
  readonly sentences: readonly string[];
}

/** A condition the model marks as abandoned by a transition. */
export interface AbandonedCondition {
  readonly condition: string;
  readonly step: number;
  readonly reason: string;
}

/** A party's stated conditions (from the scenario's roles) and whether they held. */
export interface PartyConditions {
  readonly party: string;
  readonly partyName: string;
  /** The conditions as the scenario's role states them. */
  readonly stated: readonly string[];
  /** Conditions the model marked as abandoned on this line: which, at which step, and why. */
  readonly abandoned: readonly AbandonedCondition[];
  /** True when no transition of this party abandoned a stated condition on this line. */
  readonly held: boolean;
}

/** A prediction record as the transition-log JSON exports it (see docs/log-format.md). */
export interface Prediction {
  readonly step: number;
  /** The line (branch) it was scored on; absent in older logs (the main line). */
  readonly line?: string | undefined;
  readonly party: string;
  readonly region: string | null;
  readonly predicted: string | null;
  readonly actual: string | null;
  readonly correct: boolean;
  readonly by: string | null;
}

/** A prediction with the labels students saw. */
export interface PredictionRow extends Prediction {
  readonly partyName: string;
  readonly predictedLabel: string;
  readonly actualLabel: string;
}

/** How many of a team's predictions were right ("the whole class" for by = null). */
export interface TeamScore {
  readonly by: string;
  readonly correct: number;
  readonly total: number;
}

/** Predictions against results: every record, and how many were right, per team. */
export interface PredictionSummary {
  readonly rows: readonly PredictionRow[];
  readonly correct: number;
  readonly total: number;
  readonly byTeam: readonly TeamScore[];
}

/** One message of a negotiation round, with the names the class saw. */
export interface MessageRow {
  /** The step after which the round was held. */
  readonly step: number;
  readonly fromName: string;
  readonly toName: string;
  /** Every party it passed, sender to recipient, by name. */
  readonly routeNames: readonly string[];
  readonly text: string;
}

/** A move the class tried that the engine refused, as the transition-log JSON exports it. */
export interface Attempt {
  /** The step the class stood at (0 = the start). */
  readonly step: number;
  /** The line it was tried on; absent in older logs (the main line). */
  readonly line?: string | undefined;
  readonly event: string;
  /** The party that decides the event, or "world". */
  readonly party: string;
  /** The engine's reason, as the disabled event showed it. */
  readonly reason: string;
  /** The team that tried, or null for the whole class. */
  readonly by: string | null;
}

/** A refused try with the labels students saw. */
export interface TriedRow extends Attempt {
  readonly label: string;
  readonly deciderName: string;
  /** Who tried: the team's name, or "the whole class". */
  readonly tryer: string;
}

/** "What your class did" beside "what happened", for one historical script step. */
export interface HistoryRow {
  readonly step: number;
  readonly happened: ScriptedStep;
  /** The class's event at this step, or null when the line ended earlier. */
  readonly classEvent: string | null;
  readonly classLabel: string | null;
  readonly same: boolean;
}

/** Where the line stands: the ladder and the outcome, with their names. */
export interface Standing {
  readonly ladder: number;
  readonly ladderName: string;
  readonly outcome: string;
  readonly outcomeLabel: string;
}

/** The whole debrief of one line. */
export interface Debrief {
  readonly scenario: { readonly id: string; readonly title: string };
  /** The line's id in the session, or the log's file name. */
  readonly line: string;
  readonly start: Standing;
  /** Every party's posture at the start. */
  readonly startPostures: readonly PostureLabel[];
  readonly end: Standing;
  readonly steps: readonly DebriefStep[];
  readonly turningPoints: readonly TurningPoint[];
  readonly conditions: readonly PartyConditions[];
  readonly predictions: PredictionSummary | null;
  /** The negotiation rounds' messages, when the line had any. */
  readonly messages: readonly MessageRow[] | null;
  /** The moves the class tried and the engine refused, when the log (or the app) keeps them. */
  readonly tried: readonly TriedRow[] | null;
  /** Present for a scenario with historical steps. */
  readonly history: readonly HistoryRow[] | null;
  /** Discussion prompts from the scenario file (`debriefPrompts`). */
  readonly prompts: readonly string[];
  /** The scenario's "what happened", when it has one. */
  readonly whatHappened: string | null;
}
