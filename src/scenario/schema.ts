import './zodSetup.ts';
import { z } from 'zod';
import { classroomSchema } from './classroomSchema.ts';

/**
 * The scenario file format, in one place. Objects are strict: an unknown field is
 * an error, so a typo never passes silently. The JSON Schema for editors
 * (scenarios/scenario.schema.json) is generated from this (`npm run schema`).
 */

/** Text a person reads: not empty, and free of control characters (tabs and newlines aside). */
// eslint-disable-next-line no-control-regex
const text = z.string().trim().min(1).regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'text without control characters');
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM');

/** A posture: a state name for a flat party, one state per region otherwise. */
export const postureSchema = z.union([z.string(), z.record(z.string(), z.string())]);

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes'),
  publisher: text,
  title: text,
  date: isoDate,
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: text.optional(),
});

export const scriptStepSchema = z.strictObject({
  event: text,
  narration: text,
  question: text.optional(),
  kind: z.enum(['historical', 'hypothetical']),
  date: isoDate.optional(),
  sources: z.array(z.string()).optional(),
  /** A content note read before this step, for steps that report deaths or injuries. */
  contentNote: z.string().min(1).optional(),
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

export { classroomSchema };

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('escalation-lab/scenario'),
  version: z.literal(1),
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
  classroom: classroomSchema.optional(),
});

/** A scenario as the schema admits it (before the checks against the model). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScriptStep = z.infer<typeof scriptStepSchema>;
export type ScenarioSource = z.infer<typeof sourceSchema>;
export type ScenarioWeights = z.infer<typeof weightsSchema>;
export type Classroom = z.infer<typeof classroomSchema>;

/** The JSON Schema for editors, generated from the zod schema. */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' }),
    $id: 'https://escalation-lab.invalid/scenario.schema.json',
    title: 'Escalation Lab scenario',
  };
}
