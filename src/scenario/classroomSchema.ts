import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { isoDate, text } from '../../machines/sourceSchema.ts';

/**
 * The classroom kit's part of a scenario file (issue 15): role sheets, phases with work
 * for every team, worksheet questions with their expected answers, an alignment table
 * and timed plans. All optional at the top level, so older files stay valid; kept in
 * its own file so the teaching fields can grow without crowding the model's schema.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');

/** A named, dated statement, attributed to the person who made it and cited. */
export const statementSchema = z.strictObject({
  who: text,
  date: isoDate,
  said: text,
  /** A source id of the scenario or the model. */
  source: z.string(),
});

/** One course of action a team may argue for, with what it would cost. */
export const optionSchema = z.strictObject({
  option: text,
  costs: text,
  /** The move it plays in this scenario: one of the party's events, or "pass" (no move). */
  move: z.string(),
});

/** About one printed page per party: statements, constraints, debates, options. */
export const roleSheetSchema = z.strictObject({
  party: z.string(),
  statements: z.array(statementSchema).min(1),
  constraints: z.array(text).min(1),
  debates: z.array(text).min(1),
  options: z.array(optionSchema).min(2).max(3),
});

/** Work for one team (a party id, or "all" for every team) in one phase. */
export const taskSchema = z.strictObject({
  team: z.string(),
  kind: z.enum(['decision', 'written']),
  task: text,
  /** What the team hands in or says: the product the teacher can see. */
  product: text,
});

/** A phase of the lesson; a negotiation round sits after a scripted step. */
export const phaseSchema = z.strictObject({
  id,
  title: text,
  kind: z.enum(['briefing', 'play', 'negotiation', 'debrief']),
  /** For a negotiation round: the scripted step after which play pauses (1-based). */
  afterStep: z.number().int().min(1).optional(),
  work: z.array(taskSchema).min(1),
});

/** A worksheet question for after the run, with the answer the teacher's copy shows. */
export const questionSchema = z.strictObject({
  id,
  text,
  answer: text,
  /** For a shortest-path task: the outcome whose shortest path the answer key computes. */
  shortestPathTo: z.string().optional(),
  /** Where that search starts: the scenario's start (the default) or the end of its script. */
  shortestPathFrom: z.enum(['start', 'end']).optional(),
});

/** One row of the alignment table: objective → activity → worksheet question → rubric row. */
export const alignmentSchema = z.strictObject({
  /** 1-based number of an entry in `learningObjectives`. */
  objective: z.number().int().min(1),
  /** A phase id. */
  activity: z.string(),
  /** A question id, or a reflection question id (`reflection-1`…). */
  question: z.string(),
  /** A rubric row id (see docs/teacher-guide.md). */
  rubric: z.string(),
});

/** One row of a timed plan: minutes from–to, the phase it runs, the steps it covers. */
export const planRowSchema = z.strictObject({
  from: z.number().int().min(0),
  to: z.number().int().min(1),
  phase: z.string(),
  activity: text,
  /** Scripted steps predicted and discussed in this row (1-based). */
  steps: z.array(z.number().int().min(1)).optional(),
  /** Scripted steps only played through in this row (the teacher reads the narration). */
  passSteps: z.array(z.number().int().min(1)).optional(),
});

/** A lesson plan timed to the minute, at a stated pace. */
export const planSchema = z.strictObject({
  id,
  title: text,
  minutes: z.number().int().positive(),
  /** Minutes one predicted step takes (read, predict, step, compare). */
  minutesPerStep: z.number().positive(),
  /** Minutes one played-through step takes (the teacher reads it aloud). */
  minutesPerPassStep: z.number().positive().optional(),
  rows: z.array(planRowSchema).min(1),
  homework: z.array(text).min(1),
});

/**
 * A pair of parties that, by their stated conditions, do not talk to each other
 * directly: a message between them goes through `via` (which may itself need a
 * go-between to reach either end). Sourced, so the app can say why.
 */
export const indirectChannelSchema = z.strictObject({
  between: z.tuple([z.string(), z.string()]),
  via: z.string(),
  /** Why they do not talk directly, attributed (shown to the teams). */
  reason: text,
  /** A source id of the scenario, the kit or the model. */
  source: z.string(),
});

/** Who may talk to whom in the negotiation round: the mediator, and the pairs that may not talk directly. */
export const channelsSchema = z.strictObject({
  /** The party that mediates the round (played by the teacher when no team plays it). */
  mediator: z.string(),
  indirect: z.array(indirectChannelSchema),
});

/** The classroom kit of one scenario. */
export const classroomSchema = z.strictObject({
  roleSheets: z.array(roleSheetSchema),
  phases: z.array(phaseSchema).min(1),
  questions: z.array(questionSchema),
  alignment: z.array(alignmentSchema).min(1),
  plans: z.array(planSchema).min(1),
  /** Who may talk to whom directly in the negotiation round. */
  channels: channelsSchema.optional(),
  /** Transfer questions for the debrief's last phase (2006, resolution 1701, 2022). */
  transfer: z.array(text).min(1),
  /** Sources the kit cites beyond the scenario's and the model's. */
  sources: z
    .array(
      z.strictObject({
        id,
        publisher: text,
        title: text,
        date: isoDate,
        url: z.url({ protocol: /^https?$/ }).optional(),
        note: text.optional(),
      }),
    )
    .optional(),
});
