import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { isoDate, sourceSchema, text } from '../../machines/sourceSchema.ts';
import { postureSchema } from '../engine/logSchema.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../engine/formats.ts';
import {
  DISPUTED_POINTS,
  MONITORING,
  PULLBACK_DEPTHS,
  STRIKE_HALTS,
} from '../../machines/terms.ts';
import { classroomSchema } from './classroomSchema.ts';

/**
 * The scenario file format, in one place. Objects are strict: an unknown field is
 * an error, so a typo never passes silently. The JSON Schema for editors
 * (scenarios/scenario.schema.json) is generated from this (`npm run schema`).
 */

export const scriptStepSchema = z.strictObject({
  event: text,
  narration: text,
  contentNote: z
    .string()
    .min(1)
    .optional()
    .describe('A content note read before this step, for steps that report deaths or injuries.'),
  proposal: z
    .string()
    .optional()
    .describe('The id of the proposal (in `proposals`) this step tables or answers.'),
  question: text.optional(),
  kind: z.enum(['historical', 'hypothetical']),
  date: isoDate.optional(),
  sources: z.array(z.string()).optional(),
});

/** A proposal's terms: every term is required, so a draft says what it leaves out. */
export const termsSchema = z.strictObject({
  pullbackDepth: z.enum(PULLBACK_DEPTHS),
  lafDeployment: z.boolean(),
  monitoring: z.enum(MONITORING),
  israeliWithdrawal: z.boolean(),
  withdrawalDeadlineDays: z.number().int().min(1).max(365).nullable(),
  haltToStrikes: z.enum(STRIKE_HALTS),
  borderTalks: z
    .array(z.enum(DISPUTED_POINTS))
    .refine((a) => new Set(a).size === a.length, 'each disputed point once'),
  economicIncentives: z.boolean(),
  tiedToGazaCeasefire: z.boolean(),
});

/** A proposal with its author, date, sources and terms (historical, hypothetical or drafted by a team). */
export const proposalSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes'),
  title: text,
  author: z.enum(['us', 'france', 'team']),
  /** The team's name when a team drafted it. */
  by: text.optional(),
  kind: z.enum(['historical', 'hypothetical', 'draft']),
  date: isoDate.optional(),
  summary: text,
  sources: z.array(z.string()).optional(),
  terms: termsSchema,
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
  world: z
    .record(
      z.string().regex(/^world\./, 'a world event type (world.…)'),
      z.number().min(0).max(1000),
    )
    .optional(),
  decisions: z
    .record(
      z.string().regex(/^[a-zA-Z]+\./, 'an event type (party.…)'),
      z.number().min(0).max(1000),
    )
    .optional(),
});

export { classroomSchema };

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
  proposals: z.array(proposalSchema).optional(),
  /** Discussion prompts the debrief ends with (docs/debrief.md); text, not code, so teachers edit them. */
  debriefPrompts: z.array(text).optional(),
  classroom: classroomSchema.optional(),
});

/** A scenario as the schema admits it (before the checks against the model). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScriptStep = z.infer<typeof scriptStepSchema>;
export type ScenarioSource = z.infer<typeof sourceSchema>;
export type ScenarioWeights = z.infer<typeof weightsSchema>;
export type ScenarioProposal = z.infer<typeof proposalSchema>;
export type Classroom = z.infer<typeof classroomSchema>;

/** The JSON Schema for editors, generated from the zod schema. */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' }),
    $id: 'https://escalation-lab.invalid/scenario.schema.json',
    title: 'Escalation Lab scenario',
  };
}
