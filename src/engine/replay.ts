import type { ConflictModel, Postures } from '../../machines/types.ts';
import { MAX_NESTING, tooDeepAt } from './depth.ts';
import { canonicalJson } from './fingerprint.ts';
import { LOG_FORMAT, LOG_VERSION } from './formats.ts';
import { buildLog, type TransitionLog } from './log.ts';
import { transitionLogSchema } from './logSchema.ts';
import { modelFingerprint } from './modelFingerprint.ts';
import { playInputs } from './play.ts';
import { describeValue, problemsFromZod, type Problem } from './problems.ts';
import { createSimulation, initialStep } from './simulation.ts';
import type { StepResult, TransitionRecord } from './types.ts';

/**
 * What replay needs of a scenario: its id, its content fingerprint and its start. The
 * scenario layer's ValidScenario has this shape; the engine names only what it reads.
 */
export interface ReplayScenario {
  readonly scenario: { readonly id: string; readonly start: { readonly postures: Postures } };
  readonly fingerprint: string;
}

/** A log read from text, or what was wrong with the text. */
export type LogRead = { readonly ok: true; readonly log: TransitionLog } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Turns JSON Lines (header, transitions, final) back into one log object. */
function fromJsonLines(lines: unknown[]): unknown {
  const [header, ...rest] = lines as Record<string, unknown>[];
  const final = rest[rest.length - 1];
  const { type: _h, ...head } = header ?? {};
  const { type: _f, ...tail } = final ?? {};
  return { ...head, transitions: rest.slice(0, -1).map(({ type: _t, ...t }) => t), final: tail };
}

/** Reads a log from JSON or JSON Lines text. A newer format version is named as such. */
export function readLog(file: string, text: string): LogRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    try {
      data = fromJsonLines(text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown));
    } catch {
      return { ok: false, problems: [{ file, pointer: '', message: 'not a log: neither JSON nor JSON Lines (a CSV export cannot be replayed)', expected: 'a JSON or JSON Lines transition log' }] };
    }
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== LOG_FORMAT) {
    // One line for a file that is not a log at all, rather than a problem per missing field.
    return { ok: false, problems: [{ file, pointer: '/format', message: 'not a transition log', expected: `"${LOG_FORMAT}"`, found: describeValue(head && typeof head === 'object' ? head.format : head) }] };
  }
  const deep = tooDeepAt(data);
  if (deep !== null) return { ok: false, problems: [{ file, pointer: deep, message: 'nested too deeply', expected: `at most ${MAX_NESTING} levels`, found: 'more' }] };
  if (typeof head.version === 'number' && head.version > LOG_VERSION) {
    return { ok: false, problems: [{ file, pointer: '/version', message: 'this log was written by a newer Escalation Lab', expected: `format version ${LOG_VERSION}`, found: String(head.version) }] };
  }
  const parsed = transitionLogSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(file, parsed.error.issues) };
  return { ok: true, log: parsed.data };
}

/** The outcome of a replay. */
export type ReplayResult =
  | { readonly ok: true; readonly transitions: number; readonly steps: readonly StepResult[] }
  | { readonly ok: false; readonly message: string };

/** Fields compared between a recorded and a replayed transition, in the order they are reported. */
const COMPARED: readonly (keyof TransitionRecord)[] = ['step', 'seq', 'event', 'cause', 'actor', 'region', 'from', 'to', 'guard', 'ladder', 'outcome', 'abandons', 'basis', 'description', 'reason'];

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** The first difference between a recorded and a replayed transition, if any. */
function firstDifference(expected: TransitionRecord, actual: TransitionRecord): string | null {
  for (const field of COMPARED) {
    if (canonicalJson(expected[field]) !== canonicalJson(actual[field])) {
      return `step ${expected.step}: transition ${expected.seq} (${expected.actor}) ${field}: expected ${show(expected[field])}, got ${show(actual[field])}`;
    }
  }
  return null;
}

/** Checks that the log belongs to this scenario version and this model. */
function checkProvenance(model: ConflictModel, scenario: ReplayScenario, log: TransitionLog): string | null {
  if (log.scenario.id !== scenario.scenario.id) {
    return `this log is for scenario "${log.scenario.id}", not "${scenario.scenario.id}"`;
  }
  if (log.scenario.fingerprint !== scenario.fingerprint) {
    return `this log was made with another version of scenario "${log.scenario.id}" (fingerprint ${log.scenario.fingerprint}; this version is ${scenario.fingerprint})`;
  }
  if (log.model.fingerprint !== modelFingerprint(model)) {
    return `this log was made with another version of the model (${log.model.id} ${log.model.version}, fingerprint ${log.model.fingerprint}; this one is ${model.version}, ${modelFingerprint(model)})`;
  }
  return null;
}

/**
 * Re-runs a log's inputs on its scenario and checks every recorded transition and
 * the final state. Reports the first divergence.
 */
export function replayLog(model: ConflictModel, scenario: ReplayScenario, log: TransitionLog): ReplayResult {
  const provenance = checkProvenance(model, scenario, log);
  if (provenance) return { ok: false, message: provenance };
  const sim = createSimulation(model, { postures: scenario.scenario.start.postures, played: log.played, seed: log.seed });
  const { steps, refused } = playInputs(sim, [initialStep(sim)], log.inputs);
  if (refused) {
    const why = refused.availability?.reason ?? 'no such event';
    return { ok: false, message: `step ${refused.step}: expected "${refused.input}" to be enabled, got: ${why}` };
  }
  const replayed = buildLog(sim, log.scenario, steps);
  const count = Math.max(log.transitions.length, replayed.transitions.length);
  for (let i = 0; i < count; i++) {
    const expected = log.transitions[i];
    const actual = replayed.transitions[i];
    if (!expected || !actual) {
      const at = (expected ?? actual)!;
      return { ok: false, message: `step ${at.step}: expected ${log.transitions.length} transitions in all, got ${replayed.transitions.length}` };
    }
    const difference = firstDifference(expected, actual);
    if (difference) return { ok: false, message: difference };
  }
  for (const point of ['start', 'final'] as const) {
    for (const key of ['postures', 'ladder', 'outcome'] as const) {
      if (canonicalJson(log[point][key]) !== canonicalJson(replayed[point][key])) {
        return { ok: false, message: `${point} ${key}: expected ${show(log[point][key])}, got ${show(replayed[point][key])}` };
      }
    }
  }
  return { ok: true, transitions: replayed.transitions.length, steps };
}
