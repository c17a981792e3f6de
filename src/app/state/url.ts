/**
 * The shareable part of a session in the URL fragment:
 * `#scenario=<id>&steps=<type>,<type>&at=<cursor>&role=<party>`.
 * Parsing never throws: anything malformed is dropped and named in `problems`,
 * so a bad link opens the default scenario with a message instead of a blank page.
 */

/** What a link can carry. Every field is optional. */
export interface UrlState {
  readonly scenario?: string;
  readonly steps?: readonly string[];
  readonly at?: number;
  readonly role?: string;
}

/** A parsed fragment and what was wrong with it. */
export interface ParsedUrl {
  readonly state: UrlState;
  readonly problems: readonly string[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const EVENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A link longer than this is not a classroom session; refusing it keeps replay cheap. */
export const MAX_URL_STEPS = 2000;

/** Reads a location hash ("#scenario=…" or "scenario=…"). */
export function parseHash(hash: string): ParsedUrl {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const problems: string[] = [];
  const state: { scenario?: string; steps?: string[]; at?: number; role?: string } = {};
  if (text.trim() === '') return { state, problems };
  const params = new URLSearchParams(text);
  const KNOWN = ['scenario', 'steps', 'at', 'role'];
  if (![...params.keys()].some((k) => KNOWN.includes(k))) {
    return {
      state,
      problems: [
        'The link could not be read: it names no scenario, steps or step, so the default scenario opened.',
      ],
    };
  }
  const scenario = params.get('scenario');
  if (scenario !== null) {
    if (ID.test(scenario)) state.scenario = scenario;
    else
      problems.push(`The link names a scenario id that is not valid: "${scenario.slice(0, 60)}".`);
  }
  const steps = params.get('steps');
  if (steps !== null && steps !== '') {
    const list = steps.split(',');
    if (list.length > MAX_URL_STEPS)
      problems.push(`The link has more than ${MAX_URL_STEPS} steps.`);
    else if (!list.every((s) => EVENT.test(s)))
      problems.push('The link has steps that are not event types.');
    else state.steps = list;
  }
  const at = params.get('at');
  if (at !== null) {
    if (/^\d{1,6}$/.test(at)) state.at = Number(at);
    else problems.push(`The link's step number is not a whole number: "${at.slice(0, 20)}".`);
  }
  const role = params.get('role');
  if (role !== null) {
    if (ID.test(role)) state.role = role;
    else problems.push(`The link names a role that is not valid: "${role.slice(0, 40)}".`);
  }
  return { state, problems };
}

/**
 * Writes the fragment (with its "#"). Commas stay readable: event types never contain one.
 * A line longer than a link may hold is left out (a reload restores it from storage), so
 * the address never carries what opening it would refuse.
 */
export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.scenario) parts.push(`scenario=${encodeURIComponent(state.scenario)}`);
  if (state.steps?.length && state.steps.length <= MAX_URL_STEPS)
    parts.push(`steps=${state.steps.map(encodeURIComponent).join(',')}`);
  if (state.at !== undefined) parts.push(`at=${state.at}`);
  if (state.role) parts.push(`role=${encodeURIComponent(state.role)}`);
  return `#${parts.join('&')}`;
}
