import '../../machines/zodSetup.ts';
import { z } from 'zod';
import { TABLING_EVENT } from '../../machines/terms.ts';
import type { WorldView } from '../../machines/types.ts';
import type { StepResult } from '../engine/types.ts';
import { proposalSchema, type ScenarioProposal } from '../scenario/schema.ts';
import { verdicts } from './assess.ts';
import { draftedProposal } from './draft.ts';

/** The event that tables a proposal: every author's plan goes through the US mediation track. */
export const TABLE_EVENT = TABLING_EVENT;

/** One party's recorded answer to a tabled proposal, by condition name. */
export const tabledVerdictSchema = z.object({
  party: z.string(),
  decision: z.enum(['accept', 'reject']),
  deciding: z.array(z.string()),
});

/**
 * A proposal tabled in a run, as exported in a transition log's optional top-level
 * `proposals` array: the step that tabled it (1-based, as in transition records), its
 * terms, and each party's verdict on the terms in the world of that step.
 */
export const tabledProposalSchema = z.object({
  step: z.number().int().min(1),
  event: z.string(),
  proposal: proposalSchema,
  verdicts: z.array(tabledVerdictSchema),
});

export type TabledProposal = z.infer<typeof tabledProposalSchema>;

/** The world a step leaves behind, as the term conditions read it. */
export function worldAt(step: StepResult): WorldView {
  return { postures: step.postures };
}

/** The record of a proposal tabled at `step` (the step whose input tabled it). */
export function tabledRecord(proposal: ScenarioProposal, step: StepResult): TabledProposal {
  return {
    step: step.index,
    event: TABLE_EVENT,
    proposal,
    verdicts: verdicts(proposal.terms, worldAt(step)).map((v) => ({
      party: v.party,
      decision: v.decision,
      deciding: v.deciding.map((c) => c.name),
    })),
  };
}

/**
 * The tabled proposals of a log file's text: the whole JSON's `proposals`, or, for
 * JSON Lines, those of the header line (where a JSON Lines export puts them).
 */
export function tabledProposalsInText(
  text: string,
): { ok: true; tabled: TabledProposal[] } | { ok: false; message: string } {
  let raw: unknown = null;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    const first = text.split('\n').find((l) => l.trim());
    try {
      raw = first ? (JSON.parse(first) as unknown) : null;
    } catch {
      raw = null;
    }
  }
  return tabledProposalsOf(raw);
}

/** The tabled proposals of a log file's raw JSON (none when it has no `proposals`), or why not. */
export function tabledProposalsOf(
  raw: unknown,
): { ok: true; tabled: TabledProposal[] } | { ok: false; message: string } {
  const list = (raw as { proposals?: unknown } | null)?.proposals;
  if (list === undefined) return { ok: true, tabled: [] };
  const parsed = z.array(tabledProposalSchema).safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `/proposals/${issue.path.join('/')}: ${issue.message}` };
  }
  return { ok: true, tabled: parsed.data };
}

/**
 * The proposals a log's tabling records put on the table, by step number, for
 * `replayLog` and `playInputs`: each tabling step replays with its recorded terms.
 */
export function tablingsOf(tabled: readonly TabledProposal[]): Map<number, ScenarioProposal> {
  return new Map(tabled.map((record) => [record.step, record.proposal]));
}

/** The tabling records of a line of steps: one per step that tabled a proposal with its own terms. */
export function tabledRecords(steps: readonly StepResult[]): TabledProposal[] {
  return steps.flatMap((step) => {
    if (!step.tabled) return [];
    // Faces table whole proposals; bare terms are recorded as a team's draft so the record validates.
    const whole = proposalSchema.safeParse(step.tabled);
    return [tabledRecord(whole.success ? whole.data : draftedProposal(step.tabled.terms), step)];
  });
}

/**
 * Checks tabled proposals against a replayed run: each must sit on a step whose
 * input tabled it, and its verdicts must be what the conditions give in that
 * step's world. Returns the first divergence, or null.
 */
export function checkTabled(
  tabled: readonly TabledProposal[],
  steps: readonly StepResult[],
): string | null {
  for (const [i, record] of tabled.entries()) {
    const step = steps[record.step];
    if (!step || step.input !== record.event) {
      return `proposal ${i + 1}: step ${record.step} did not table a proposal (its input is ${JSON.stringify(step?.input ?? null)})`;
    }
    const again = tabledRecord(record.proposal, step);
    if (JSON.stringify(again.verdicts) !== JSON.stringify(record.verdicts)) {
      return `proposal ${i + 1} ("${record.proposal.title}"): recorded verdicts ${JSON.stringify(record.verdicts)}, the conditions now give ${JSON.stringify(again.verdicts)}`;
    }
  }
  return null;
}
