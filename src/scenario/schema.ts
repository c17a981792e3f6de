import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { isoDate, sourceSchema, text } from '../../machines/sourceSchema.ts';
import { postureSchema } from '../engine/logSchema.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../engine/formats.ts';

/**
 * The scenario file format, in one place. Objects are strict: an unknown field is
 * an error, so a typo never passes silently. The JSON Schema for editors
 * (scenarios/scenario.schema.json) is generated from this (`npm run schema`).
 */

export const scriptStepSchema = z.strictObject({
  event: text,
  narration: text,
  question: text.optional(),
  kind: z.enum(['historical', 'hypothetical']),
  date: isoDate.optional(),
  sources: z.array(z.string()).optional(),
});

export const roleSchema = z.strictObject({
  party: text,
  wants: text,
  statedConditions: z.array(text),
  canDo: text,
});

export const briefSchema = z.strictObject({
  whatIsIt: text,
  howItWorks: text,
  howToUseIt: text,
  thingsToNotice: z.array(text),
  thingsToTry: z.array(text),
  extendingTheModel: text.optional(),
  whatHappened: text.optional(),
});

export const expectSchema = z.strictObject({
  outcome: text,
  ladder: z.number().int().min(0).max(10).optional(),
  postures: z.record(z.string(), postureSchema).optional(),
});

/**
 * Optional Monte Carlo weights (see docs/analysis.md): how likely each world event
 * is at a step, and how played parties' decisions are drawn in a simulation. An
 * event left out weighs 1; 0 switches it off. Keys are event types.
 */
export const weightsSchema = z.strictObject({
  world: z.record(z.string().regex(/^world\./, 'a world event type (world.…)'), z.number().min(0).max(1000)).optional(),
  decisions: z.record(z.string().regex(/^[a-zA-Z]+\./, 'an event type (party.…)'), z.number().min(0).max(1000)).optional(),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes'),
  title: text,
  summary: text,
  level: z.enum(['introductory', 'intermediate', 'advanced']),
  minutes: z.number().int().positive(),
  learningObjectives: z.array(text).min(1),
  brief: briefSchema,
  roles: z.array(roleSchema),
  sources: z.array(sourceSchema),
  start: z.strictObject({
    postures: z.record(z.string(), postureSchema),
    ladder: z.number().int().min(0).max(10),
  }),
  played: z.array(z.string()),
  seed: z.number().int().min(0).max(4294967295),
  script: z.array(scriptStepSchema),
  expect: expectSchema,
  weights: weightsSchema.optional(),
});

/** A scenario as the schema admits it (before the checks against the model). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScriptStep = z.infer<typeof scriptStepSchema>;
export type ScenarioSource = z.infer<typeof sourceSchema>;
export type ScenarioWeights = z.infer<typeof weightsSchema>;

/** The JSON Schema for editors, generated from the zod schema. */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' }),
    $id: 'https://escalation-lab.invalid/scenario.schema.json',
    title: 'Escalation Lab scenario',
  };
}
