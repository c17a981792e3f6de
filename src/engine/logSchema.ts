import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { LOG_FORMAT, LOG_VERSION } from './formats.ts';

/**
 * The transition log format (documented in docs/log-format.md), in one place: the
 * reader checks files with these schemas and the log's TypeScript types are inferred
 * from them (src/engine/log.ts, src/engine/types.ts).
 */

/** A posture: a state name for a flat party, one state per region otherwise. */
export const postureSchema = z.union([z.string(), z.record(z.string(), z.string())]);

/** The state of the world at one point, as logs record it. */
export const loggedStateSchema = z.object({
  postures: z.record(z.string(), postureSchema),
  ladder: z.number(),
  outcome: z.string(),
});

/** One transition of one party (in one region), with everything needed to explain it. */
export const transitionRecordSchema = z.object({
  /** The step this happened in (1 for the first input). */
  step: z.number().int(),
  /** Order within the step, from 1. */
  seq: z.number().int(),
  event: z.string(),
  /** A person's (or the script's) input, a reaction to it, or automatic play. */
  cause: z.enum(['input', 'reaction', 'doctrine']),
  /** The party whose machine moved. */
  actor: z.string(),
  /** The region that moved, or null for a flat machine. */
  region: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  /** The guard that allowed it, by name, or null when none was needed. */
  guard: z.string().nullable(),
  /** Why it happened, in a sentence. */
  reason: z.string(),
  /** What the transition means (from the machine). */
  description: z.string(),
  /** Source ids the transition rests on. */
  basis: z.array(z.string()),
  /** The stated condition this transition abandons, if any. */
  abandons: z.string().nullable(),
  /** The ladder level and outcome right after this transition. */
  ladder: z.number(),
  outcome: z.string(),
});

/** The scenario a log belongs to. */
export const logScenarioSchema = z.object({
  id: z.string(),
  title: z.string(),
  fingerprint: z.string(),
});

/** Everything in a log before its transitions (the JSON Lines header line). */
export const logHeaderSchema = z.object({
  format: z.literal(LOG_FORMAT),
  version: z.literal(LOG_VERSION),
  scenario: logScenarioSchema,
  model: z.object({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  engine: z.object({ version: z.string() }),
  seed: z.number().int().min(0),
  played: z.array(z.string()),
  /** Only when asked for: the log is otherwise free of wall-clock time. */
  createdAt: z.string().optional(),
  start: loggedStateSchema,
  inputs: z.array(z.string()),
});

/** A scored prediction (optional in a log; replay ignores it). */
export const predictionRecordSchema = z.object({
  step: z.number().int().min(1),
  /** The line (branch) it was scored on; absent in older logs, which mean the main line. */
  line: z.string().optional(),
  party: z.string(),
  region: z.string().nullable(),
  predicted: z.string().nullable(),
  actual: z.string().nullable(),
  correct: z.boolean(),
  by: z.string().nullable(),
});

/**
 * A message sent in a negotiation round (optional in a log; replay ignores it): who
 * sent it to whom, every party it passed through, after which step, and its words.
 */
export const messageRecordSchema = z.object({
  /** The step after which the round was held (0 before the first step). */
  step: z.number().int().min(0),
  from: z.string(),
  to: z.string(),
  /** The sender, each go-between in order, the recipient. */
  route: z.array(z.string()).min(2),
  text: z.string().min(1),
});

/**
 * A move the class tried that the engine refused (optional in a log; replay ignores it):
 * the event, who decides it, and the engine's reason, at the step the class stood at.
 */
export const attemptRecordSchema = z.object({
  /** The step the class stood at when it tried (0 = the start): the world the refusal read. */
  step: z.number().int().min(0),
  /** The line (branch) it was tried on; absent means the main line. */
  line: z.string().optional(),
  event: z.string(),
  /** The party that decides the event, or "world" for the teacher's (or the script's) events. */
  party: z.string(),
  /** The engine's reason, as the disabled event showed it. */
  reason: z.string(),
  /** The team that tried, or null for the whole class. */
  by: z.string().nullable(),
});

/** A whole transition log, format version 1. */
export const transitionLogSchema = logHeaderSchema.extend({
  transitions: z.array(transitionRecordSchema),
  final: loggedStateSchema,
  predictions: z.array(predictionRecordSchema).optional(),
  messages: z.array(messageRecordSchema).optional(),
  attempts: z.array(attemptRecordSchema).optional(),
});

/** A parsed value that its holder may read but not change, all the way down. */
export type Immutable<T> = T extends readonly (infer U)[]
  ? readonly Immutable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Immutable<T[K]> }
    : T;
