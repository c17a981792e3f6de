/**
 * The class session's shared vocabulary (issue 12): document names, the join code's
 * form, and what teams and the teacher write into their documents. Pure and
 * framework-free, so the server, the app, the bench and the tests agree on one shape.
 */

/** The join code's alphabet: Crockford base32 (no I, L, O, U: nothing to misread aloud). */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Join-code length: 10 symbols of 5 bits each is 50 bits of entropy (the brief asks ≥ 40). */
export const CODE_LENGTH = 10;

/** The path under which the session server listens, on the app's own origin. */
export const SESSION_PATH = '/session';

/** The path of the session's small JSON API (create, join, remove, end). */
export const API_PATH = `${SESSION_PATH}/api`;

/** A team's answer to "no move this round". */
export const PASS = 'pass';

/** Normalises what a person typed as a join code (case, spaces, dashes); null when invalid. */
export function normaliseCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** The document the teacher's engine writes: the line, the rounds and the verdicts. */
export function lineDoc(code: string): string {
  return `${code}/line`;
}

/** The document a team writes: its submission, keyed by the party it plays. */
export function teamDoc(code: string, party: string): string {
  return `${code}/team/${party}`;
}

/** The teacher's private document (notes, the admitted roster): no team may open it. */
export function teacherDoc(code: string): string {
  return `${code}/teacher`;
}

/** What a document name refers to, or null when it is not one of a session's documents. */
export type DocRef =
  | { readonly kind: 'line'; readonly code: string }
  | { readonly kind: 'team'; readonly code: string; readonly party: string }
  | { readonly kind: 'teacher'; readonly code: string };

/** Parses a document name made by `lineDoc`, `teamDoc` or `teacherDoc`. */
export function parseDocName(name: string): DocRef | null {
  const parts = name.split('/');
  const code = normaliseCode(parts[0] ?? '');
  if (code === null || code !== parts[0]) return null;
  if (parts.length === 2 && parts[1] === 'line') return { kind: 'line', code };
  if (parts.length === 2 && parts[1] === 'teacher') return { kind: 'teacher', code };
  if (parts.length === 3 && parts[1] === 'team' && /^[a-z][A-Za-z0-9]{0,39}$/.test(parts[2]!)) {
    return { kind: 'team', code, party: parts[2]! };
  }
  return null;
}

/** A team's prediction: the state one party's region will be in after the round. */
export interface Prediction {
  readonly party: string;
  readonly region: string | null;
  /** A state id, or null for "no change". */
  readonly predicted: string | null;
}

/**
 * What a team writes into its document (`submission` key of its `team` map). When the
 * team leaves the party (removed, or moved by the teacher), the server deletes it and
 * keeps its id under `floor`; the next team's ids continue above that.
 */
export interface Submission {
  /** Increases with every submission of this team, so the teacher handles each once. */
  readonly id: number;
  /** The round it is for (ignored in free play). */
  readonly round: number;
  /** An event type the team's party controls, or `PASS`. */
  readonly move: string;
  readonly rationale: string;
  readonly prediction: Prediction | null;
}

/** The teacher's answer to one submission, written into the line document. */
export interface Verdict {
  readonly id: number;
  readonly round: number;
  readonly status: 'applied' | 'refused' | 'pass';
  /** The engine's reason when refused. */
  readonly reason: string | null;
}

/** One team's part of a revealed round (exported in the log's `rounds` array). */
export interface RoundEntry {
  readonly party: string;
  readonly team: string;
  readonly move: string;
  readonly rationale: string;
  readonly prediction: Prediction | null;
  readonly status: Verdict['status'];
  readonly reason: string | null;
  /** The step the move became, or null when refused or a pass. */
  readonly step: number | null;
  /** Whether the team's prediction came true after the round; null without one. */
  readonly correct: boolean | null;
}

/** A revealed round (or, in free play, one applied submission). */
export interface RoundRecord {
  readonly round: number;
  /** The step the round started from (0 = the start). */
  readonly fromStep: number;
  readonly entries: readonly RoundEntry[];
}

/** Whether a value read from a team document has the shape of a submission. */
export function isSubmission(value: unknown): value is Submission {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const p = v.prediction as Record<string, unknown> | null | undefined;
  const predictionOk =
    p === null ||
    p === undefined ||
    (typeof p === 'object' &&
      typeof p.party === 'string' &&
      (p.region === null || typeof p.region === 'string') &&
      (p.predicted === null || typeof p.predicted === 'string'));
  return (
    Number.isInteger(v.id) &&
    Number.isInteger(v.round) &&
    typeof v.move === 'string' &&
    v.move.length <= 100 &&
    typeof v.rationale === 'string' &&
    v.rationale.length <= 300 &&
    predictionOk
  );
}
