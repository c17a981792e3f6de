import type { z } from 'zod';
import { LOG_FORMAT, LOG_VERSION } from './formats.ts';
import type {
  attemptRecordSchema,
  Immutable,
  loggedStateSchema,
  logScenarioSchema,
  messageRecordSchema,
  predictionRecordSchema,
  transitionLogSchema,
} from './logSchema.ts';
import { modelFingerprint } from './modelFingerprint.ts';
import type { ModelIndex } from './modelIndex.ts';
import type { Simulation } from './simulation.ts';
import type { StepResult, TransitionRecord } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

/** The scenario a log belongs to. */
export type LogScenario = Immutable<z.infer<typeof logScenarioSchema>>;

/** The state of the world at one point, as logs record it. */
export type LoggedState = Immutable<z.infer<typeof loggedStateSchema>>;

/**
 * A class's prediction for one party at one step, scored against what the step did
 * (docs/log-format.md, "Predictions"). Not replayed: replay reads only the inputs.
 */
export type PredictionRecord = Immutable<z.infer<typeof predictionRecordSchema>>;

/**
 * A message of a negotiation round, as the log keeps it (docs/log-format.md,
 * "Messages"). Not replayed: replay reads only the inputs.
 */
export type MessageRecord = Immutable<z.infer<typeof messageRecordSchema>>;

/**
 * A move the class tried and the engine refused, with the engine's reason
 * (docs/log-format.md, "Refused tries"). Not replayed.
 */
export type AttemptRecord = Immutable<z.infer<typeof attemptRecordSchema>>;

/** A transition log, format version 1 (documented in docs/log-format.md). */
export type TransitionLog = Immutable<z.infer<typeof transitionLogSchema>>;

export { LOG_FORMAT, LOG_VERSION };

const stateOf = (step: StepResult): LoggedState => ({
  postures: step.postures,
  ladder: step.ladder,
  outcome: step.outcome,
});

/** Builds the log of a line of steps (steps[0] is the start). */
export function buildLog(
  sim: Simulation,
  scenario: LogScenario,
  steps: readonly StepResult[],
  options: { createdAt?: string } = {},
): TransitionLog {
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    scenario: { id: scenario.id, title: scenario.title, fingerprint: scenario.fingerprint },
    model: {
      id: sim.model.id,
      version: sim.model.version,
      fingerprint: modelFingerprint(sim.model),
    },
    engine: { version: ENGINE_VERSION },
    seed: sim.setup.seed,
    played: [...sim.setup.played],
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    start: stateOf(first),
    inputs: steps.slice(1).map((s) => s.input!),
    transitions: steps.flatMap((s) => s.transitions),
    final: stateOf(last),
  };
}

/** The log as pretty JSON, ending in a newline. */
export function logToJson(log: TransitionLog): string {
  return JSON.stringify(log, null, 2) + '\n';
}

/** The CSV columns, in order; the first six are fixed by the format. */
export const CSV_COLUMNS = [
  'step',
  'event',
  'cause',
  'actor',
  'from',
  'to',
  'region',
  'seq',
  'guard',
  'ladder',
  'outcome',
  'abandons',
  'basis',
  'description',
  'reason',
] as const;

/**
 * One CSV cell: quoted when needed, and with a leading apostrophe where a
 * spreadsheet would otherwise read the text as a formula.
 */
function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join(';')
        : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Label columns, after the fixed ones: the words students saw beside each id. */
export const CSV_LABEL_COLUMNS = [
  'event_label',
  'actor_label',
  'from_label',
  'to_label',
  'ladder_label',
  'outcome_label',
] as const;

/** The label cells of one transition, looked up in the model (the id when a label is missing). */
function labelCells(index: ModelIndex, t: TransitionRecord): string[] {
  const state = (name: string) => index.state(t.actor, t.region, name)?.label ?? name;
  const model = index.model;
  return [
    index.event(t.event)?.label ?? t.event,
    model.parties.find((p) => p.id === t.actor)?.name ?? t.actor,
    state(t.from),
    state(t.to),
    model.ladder.find((r) => r.level === t.ladder)?.name ?? String(t.ladder),
    model.outcomes.find((o) => o.id === t.outcome)?.label ?? t.outcome,
  ];
}

/**
 * The log as CSV: one row per transition (for spreadsheets; replay reads JSON and
 * JSON Lines). Given the model's index, the label columns follow the fixed ones, so
 * a spreadsheet that reads columns by position keeps working.
 */
export function logToCsv(log: TransitionLog, index?: ModelIndex): string {
  const header: string[] = [...CSV_COLUMNS, ...(index ? CSV_LABEL_COLUMNS : [])];
  const rows = log.transitions.map((t) =>
    [...CSV_COLUMNS.map((c) => t[c]), ...(index ? labelCells(index, t) : [])]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** The log as JSON Lines: a header line, one line per transition, a final line. */
export function logToJsonl(log: TransitionLog): string {
  const { transitions, final, ...header } = log;
  const lines = [
    JSON.stringify({ type: 'header', ...header }),
    ...transitions.map((t) => JSON.stringify({ type: 'transition', ...t })),
    JSON.stringify({ type: 'final', ...final }),
  ];
  return lines.join('\n') + '\n';
}
