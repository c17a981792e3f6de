/**
 * The saved session in browser storage: every line as its list of inputs (enough to
 * rebuild it with the engine; a branch stores only the inputs after its fork, so a
 * long history with many branches stays small), the current line and the cursor. Keys share one
 * prefix so "Clear saved data" can remove exactly what the app wrote.
 */
import { currentLine, inputsOf, type Line, type TabledTerms } from '../../engine/index.ts';
import { termsSchema } from '../../scenario/schema.ts';
import type { Session } from './session.ts';

/** Every key the app writes starts with this. */
export const STORAGE_PREFIX = 'escalation-lab:';
/** The id of the scenario open last, to reopen on a plain reload. */
export const LAST_SCENARIO_KEY = `${STORAGE_PREFIX}last-scenario`;

/** The storage key of one scenario's session. */
export function sessionKey(scenarioId: string): string {
  return `${STORAGE_PREFIX}session:${scenarioId}`;
}

/** One line as stored: where it forked and its inputs (after the fork, for a branch). */
export interface SavedLine {
  readonly id: string;
  readonly parent: { readonly line: string; readonly step: number } | null;
  readonly inputs: readonly string[];
  /** Proposals tabled with their own terms, by step number (absent when there are none). */
  readonly tablings?: Readonly<Record<string, TabledTerms>>;
}

/** The stored format's version: 2 stores branches from their fork (1 repeated every prefix). */
export const SAVED_VERSION = 2;

/** A session as stored (format version 2). */
export interface SavedSession {
  readonly version: typeof SAVED_VERSION;
  readonly scenario: string;
  /** The scenario's fingerprint: a session made with another version is not restored. */
  readonly fingerprint: string;
  readonly lines: readonly SavedLine[];
  readonly line: string;
  readonly cursor: number;
}

/** The minimal storage interface, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** The proposals a line's own steps (after its fork) tabled with terms, by step number; null for none. */
function tablingsOfLine(line: Line): Record<string, TabledTerms> | null {
  const from = line.parent ? line.parent.step + 1 : 1;
  const found = line.steps
    .slice(from)
    .filter((s) => s.tabled)
    .map((s) => [String(s.index), s.tabled!] as const);
  return found.length ? Object.fromEntries(found) : null;
}

/** Stored tablings: step numbers for keys, each with terms the schema admits. */
function isTablings(v: unknown): boolean {
  if (v === undefined) return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  return Object.entries(v).every(
    ([step, t]) =>
      /^[1-9][0-9]*$/.test(step) &&
      !!t &&
      typeof t === 'object' &&
      termsSchema.safeParse((t as { terms?: unknown }).terms).success,
  );
}

/** A session in its stored form. */
export function encodeSession(session: Session): SavedSession {
  const { history, scenario } = session;
  return {
    version: SAVED_VERSION,
    scenario: scenario.scenario.id,
    fingerprint: scenario.fingerprint,
    lines: history.lines.map((l) => {
      const tablings = tablingsOfLine(l);
      return {
        id: l.id,
        parent: l.parent,
        inputs: inputsOf(l).slice(l.parent ? l.parent.step : 0),
        ...(tablings ? { tablings } : {}),
      };
    }),
    line: currentLine(history).id,
    cursor: history.cursor,
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function isSavedLine(v: unknown): v is SavedLine {
  if (!v || typeof v !== 'object') return false;
  const l = v as Record<string, unknown>;
  const parent = l.parent as Record<string, unknown> | null;
  const parentOk =
    parent === null ||
    (typeof parent === 'object' && isString(parent.line) && isIndex(parent.step));
  return (
    isString(l.id) &&
    parentOk &&
    Array.isArray(l.inputs) &&
    l.inputs.every(isString) &&
    isTablings(l.tablings)
  );
}

/** Reads a stored session; null for anything that is not one (corrupt, old, hand-edited). */
export function decodeSession(text: string | null): SavedSession | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const s = data as Record<string, unknown>;
  const ok =
    s.version === SAVED_VERSION &&
    isString(s.scenario) &&
    isString(s.fingerprint) &&
    Array.isArray(s.lines) &&
    s.lines.length > 0 &&
    s.lines.every(isSavedLine) &&
    isString(s.line) &&
    isIndex(s.cursor);
  return ok ? (data as SavedSession) : null;
}

/**
 * Saves a session. Returns false when the storage refused (full or blocked): the
 * session then lives in memory and in the URL only, and the app says so.
 */
export function saveSession(store: KeyValueStore, session: Session): boolean {
  try {
    store.setItem(sessionKey(session.scenario.scenario.id), JSON.stringify(encodeSession(session)));
    store.setItem(LAST_SCENARIO_KEY, session.scenario.scenario.id);
    return true;
  } catch {
    return false;
  }
}

/** What the app says when the browser storage refuses to save. */
export const STORAGE_REFUSED =
  'Browser storage is full or blocked, so this session is not saved: it stays in this page and in its link until you close it.';

/** Reads a string; a blocked storage reads as empty. */
export function readItem(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** Removes every key the app wrote (and only those). Returns how many were removed. */
export function clearSavedData(store: KeyValueStore): number {
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    return 0;
  }
  return keys.length;
}
