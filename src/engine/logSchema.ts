import '../scenario/zodSetup.ts';
import { z } from 'zod';
import { postureSchema } from '../scenario/schema.ts';

/** The shape of a transition log as read back from a file (format version 1). */
const loggedState = z.object({ postures: z.record(z.string(), postureSchema), ladder: z.number(), outcome: z.string() });

export const transitionRecordSchema = z.object({
  step: z.number().int(),
  seq: z.number().int(),
  event: z.string(),
  cause: z.enum(['input', 'reaction', 'doctrine']),
  actor: z.string(),
  region: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  guard: z.string().nullable(),
  reason: z.string(),
  description: z.string(),
  basis: z.array(z.string()),
  abandons: z.string().nullable(),
  ladder: z.number(),
  outcome: z.string(),
});

export const logHeaderSchema = z.object({
  format: z.literal('escalation-lab/transition-log'),
  version: z.literal(1),
  scenario: z.object({ id: z.string(), title: z.string(), fingerprint: z.string() }),
  model: z.object({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  engine: z.object({ version: z.string() }),
  seed: z.number().int().min(0),
  played: z.array(z.string()),
  createdAt: z.string().optional(),
  start: loggedState,
  inputs: z.array(z.string()),
});

/** A scored prediction (optional in a log; replay ignores it). */
export const predictionRecordSchema = z.object({
  step: z.number().int().min(1),
  party: z.string(),
  region: z.string().nullable(),
  predicted: z.string().nullable(),
  actual: z.string().nullable(),
  correct: z.boolean(),
  by: z.string().nullable(),
});

export const transitionLogSchema = logHeaderSchema.extend({
  transitions: z.array(transitionRecordSchema),
  final: loggedState,
  predictions: z.array(predictionRecordSchema).optional(),
});
