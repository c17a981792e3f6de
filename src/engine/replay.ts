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
import { TABLING_EVENT } from '../../machines/terms.ts';
import type { StepResult, TabledTerms, TransitionRecord } from './types.ts';

/**
 * What replay needs of a scenario: its id, its content fingerprint and its start. The
 * scenario layer's ValidScenario has this shape; the engine names only what it reads.
 */
export interface ReplayScenario {
  readonly scenario: {
    readonly id: string;
    readonly start: { readonly postures: Postures };
    readonly played?: readonly string[];
    readonly seed?: number;
  };
  /** The run fingerprint: what a run depends on (src/engine/fingerprint.ts runFingerprint). */
  readonly fingerprint: string;
  /** The whole file's fingerprint, which logs made before model 2.1.0 carry instead. */
  readonly contentFingerprint?: string;
}

/** A log read from text, or what was wrong with the text. */
export type LogRead =
  | { readonly ok: true; readonly log: TransitionLog }
  | { readonly ok: false; readonly problems: readonly Problem[] };

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
      data = fromJsonLines(
        text
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as unknown),
      );
    } catch {
      return {
        ok: false,
        problems: [
          {
            file,
            pointer: '',
            message: 'not a log: neither JSON nor JSON Lines (a CSV export cannot be replayed)',
            expected: 'a JSON or JSON Lines transition log',
          },
        ],
      };
    }
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== LOG_FORMAT) {
    // One line for a file that is not a log at all, rather than a problem per missing field.
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: '/format',
          message: 'not a transition log',
          expected: `"${LOG_FORMAT}"`,
          found: describeValue(head && typeof head === 'object' ? head.format : head),
        },
      ],
    };
  }
  const deep = tooDeepAt(data);
  if (deep !== null)
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: deep,
          message: 'nested too deeply',
          expected: `at most ${MAX_NESTING} levels`,
          found: 'more',
        },
      ],
    };
  if (typeof head.version === 'number' && head.version > LOG_VERSION) {
    return {
      ok: false,
      problems: [
        {
          file,
          pointer: '/version',
          message: 'this log was written by a newer Escalation Lab',
          expected: `format version ${LOG_VERSION}`,
          found: String(head.version),
        },
      ],
    };
  }
  const parsed = transitionLogSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(file, parsed.error.issues) };
  return { ok: true, log: parsed.data };
}

/** The outcome of a replay; `note` says when a log made with another model version still replays. */
export type ReplayResult =
  | {
      readonly ok: true;
      readonly transitions: number;
      readonly steps: readonly StepResult[];
      readonly note?: string;
    }
  | { readonly ok: false; readonly message: string };

/** Fields compared between a recorded and a replayed transition, in the order they are reported. */
const COMPARED: readonly (keyof TransitionRecord)[] = [
  'step',
  'seq',
  'event',
  'cause',
  'actor',
  'region',
  'from',
  'to',
  'guard',
  'ladder',
  'outcome',
  'abandons',
  'basis',
  'description',
  'reason',
];

/**
 * The fields that make up behaviour. A log from an earlier model version is held only
 * to these: its texts and sources were rewritten on purpose, its moves were not.
 */
const BEHAVIOUR: readonly (keyof TransitionRecord)[] = [
  'step',
  'seq',
  'event',
  'cause',
  'actor',
  'region',
  'from',
  'to',
  'ladder',
  'outcome',
];

function show(value: unknown): string {
  return JSON.stringify(value);
}

/** The first difference between a recorded and a replayed transition, if any. */
function firstDifference(
  expected: TransitionRecord,
  actual: TransitionRecord,
  fields = COMPARED,
): string | null {
  for (const field of fields) {
    if (canonicalJson(expected[field]) !== canonicalJson(actual[field])) {
      return `step ${expected.step}: transition ${expected.seq} (${expected.actor}) ${field}: expected ${show(expected[field])}, got ${show(actual[field])}`;
    }
  }
  return null;
}

/** Compares dotted version numbers: negative when `a` is earlier than `b`. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Number.isNaN(d) ? 0 : d;
  }
  return 0;
}

/** Whether a log ran from this scenario's starting world, played parties and seed. */
function sameSetup(scenario: ReplayScenario, log: TransitionLog): boolean {
  const s = scenario.scenario;
  return (
    canonicalJson(log.start.postures) === canonicalJson(s.start.postures) &&
    (s.played === undefined ||
      canonicalJson([...log.played].sort()) === canonicalJson([...s.played].sort())) &&
    (s.seed === undefined || log.seed === s.seed)
  );
}

/** The first model version whose logs carry the run fingerprint rather than the whole file's. */
const RUN_FINGERPRINT_SINCE = '2.1.0';

/** Where a log stands against this model and scenario: refused, or replayable (perhaps leniently). */
type Provenance =
  | { readonly refusal: string }
  | {
      readonly refusal: null;
      readonly olderModel: string | null;
      /** Set when the log carries the whole-file fingerprint of an unchanged file. */
      readonly wholeFile: string | null;
    };

/**
 * Checks that the log belongs to this scenario and this model. A log made with an
 * earlier (or later) model version is named as such, with both versions, before any
 * field is compared; it still replays when its scenario is unchanged.
 */
function checkProvenance(
  model: ConflictModel,
  scenario: ReplayScenario,
  log: TransitionLog,
): Provenance {
  if (log.scenario.id !== scenario.scenario.id) {
    return {
      refusal: `this log is for scenario "${log.scenario.id}", not "${scenario.scenario.id}"`,
    };
  }
  let olderModel: string | null = null;
  if (log.model.fingerprint !== modelFingerprint(model)) {
    const order = compareVersions(log.model.version, model.version);
    if (order === 0) {
      return {
        refusal: `this log was made with another version of the model (${log.model.id} ${log.model.version}, fingerprint ${log.model.fingerprint}; this one is ${model.version}, ${modelFingerprint(model)})`,
      };
    }
    const which = order < 0 ? 'an earlier' : 'a later';
    olderModel = `this log was made with ${which} model (${log.model.id} ${log.model.version}); this is ${model.id} ${model.version}`;
  }
  // Logs made before run fingerprints carry the whole file's: the file may since have had text-only edits.
  const sameRun = log.scenario.fingerprint === scenario.fingerprint;
  const sameFile = log.scenario.fingerprint === scenario.contentFingerprint;
  // Such a log still names the start, players and seed it ran from: those must be this scenario's.
  const wholeFileEra =
    compareVersions(log.model.version, RUN_FINGERPRINT_SINCE) < 0 && sameSetup(scenario, log);
  const wholeFile = sameRun
    ? null
    : sameFile
      ? 'its scenario fingerprint is of the whole file, which is unchanged'
      : wholeFileEra
        ? `its scenario fingerprint is of the whole file as it was then (logs before model ${RUN_FINGERPRINT_SINCE} fingerprinted every text too), and the file has changed since; its start, played parties and seed are this scenario's, and the replay vouches for the rest`
        : null;
  if (!sameRun && !wholeFile) {
    const scenarioChange = `another version of scenario "${log.scenario.id}": its starting world, played parties, seed, scripted inputs or proposals' terms differ (fingerprint ${log.scenario.fingerprint}; this version is ${scenario.fingerprint})`;
    return {
      refusal: olderModel
        ? `${olderModel}, and with ${scenarioChange}`
        : `this log was made with ${scenarioChange}`,
    };
  }
  return { refusal: null, olderModel, wholeFile };
}

/**
 * Re-runs a log's inputs on its scenario and checks every recorded transition and
 * the final state. Reports the first divergence.
 */
export function replayLog(
  model: ConflictModel,
  scenario: ReplayScenario,
  log: TransitionLog,
  tablings: ReadonlyMap<number, TabledTerms> = new Map(),
): ReplayResult {
  const provenance = checkProvenance(model, scenario, log);
  if (provenance.refusal !== null) return { ok: false, message: provenance.refusal };
  const older = provenance.olderModel;
  const fields = older ? BEHAVIOUR : COMPARED;
  const fail = (message: string): ReplayResult => ({
    ok: false,
    message: older ? `${older}; it no longer replays: ${message}` : message,
  });
  const sim = createSimulation(model, {
    postures: scenario.scenario.start.postures,
    played: log.played,
    seed: log.seed,
  });
  for (const step of tablings.keys()) {
    if (log.inputs[step - 1] !== TABLING_EVENT)
      return fail(
        `step ${step}: the log records a proposal tabled there, but its input is ${show(log.inputs[step - 1] ?? null)}, not "${TABLING_EVENT}"`,
      );
  }
  const { steps, refused } = playInputs(sim, [initialStep(sim)], log.inputs, tablings);
  if (refused) {
    const why = refused.availability?.reason ?? 'no such event';
    return fail(`step ${refused.step}: expected "${refused.input}" to be enabled, got: ${why}`);
  }
  const replayed = buildLog(sim, log.scenario, steps);
  const count = Math.max(log.transitions.length, replayed.transitions.length);
  for (let i = 0; i < count; i++) {
    const expected = log.transitions[i];
    const actual = replayed.transitions[i];
    if (!expected || !actual) {
      const at = (expected ?? actual)!;
      return fail(
        `step ${at.step}: expected ${log.transitions.length} transitions in all, got ${replayed.transitions.length}`,
      );
    }
    const difference = firstDifference(expected, actual, fields);
    if (difference) return fail(difference);
  }
  for (const point of ['start', 'final'] as const) {
    for (const key of ['postures', 'ladder', 'outcome'] as const) {
      if (canonicalJson(log[point][key]) !== canonicalJson(replayed[point][key])) {
        return fail(
          `${point} ${key}: expected ${show(log[point][key])}, got ${show(replayed[point][key])}`,
        );
      }
    }
  }
  const transitions = replayed.transitions.length;
  const notes = [
    ...(older ? [`${older}; its behaviour replays unchanged`] : []),
    ...(provenance.wholeFile ? [provenance.wholeFile] : []),
  ];
  return notes.length
    ? { ok: true, transitions, steps, note: notes.join('; ') }
    : { ok: true, transitions, steps };
}
