/**
 * Where the app starts: the link first, then the saved session, then the default
 * scenario. Nothing here can throw for bad input: a broken link or a corrupt store
 * opens the default scenario and says what was wrong.
 */
import { conflictModel } from '../../../machines/index.ts';
import { DEFAULT_SCENARIO_ID } from '../../scenario/library.ts';
import type { ValidScenario } from '../../scenario/validate.ts';
import { TEACHER_ROLE } from './lab.ts';
import { lineHasInputs, sessionFromInputs, sessionFromSaved } from './restore.ts';
import { openSession, type Session } from './session.ts';
import {
  decodeSession,
  LAST_SCENARIO_KEY,
  readItem,
  sessionKey,
  type KeyValueStore,
} from './storage.ts';
import { parseHash } from './url.ts';

/** How the app opens. */
export interface Boot {
  readonly session: Session;
  readonly role: string;
  /** Everything that could not be honoured, as sentences; null when all went well. */
  readonly problem: string | null;
}

/** Whether a role id is the teacher or a party a team can play. */
export function isRole(role: string): boolean {
  return (
    role === TEACHER_ROLE || conflictModel.parties.some((p) => p.id === role && p.kind === 'party')
  );
}

/** The sentence for a link that asks for a step past the end of its line. */
function pastEnd(at: number | undefined, last: number): string | null {
  return at !== undefined && at > last
    ? `The link asks for step ${at}, but the line has ${last} step${last === 1 ? '' : 's'}, so it opened at step ${last}.`
    : null;
}

/** The session for one scenario from a link's steps (if any) and the saved session (if any). */
export function sessionFor(
  scenario: ValidScenario,
  store: KeyValueStore,
  steps?: readonly string[],
  at?: number,
): { session: Session; problem: string | null } {
  const text = readItem(store, sessionKey(scenario.scenario.id));
  const saved = decodeSession(text);
  const unreadable =
    text !== null && saved === null
      ? 'The saved session could not be read (it is damaged or from an older version), so the scenario starts afresh.'
      : null;
  const restored = saved ? sessionFromSaved(scenario, saved) : null;
  const withSaved = (problem: string | null) =>
    [unreadable, problem].filter(Boolean).join(' ') || null;
  if (steps) {
    // A reload keeps the same link: prefer the saved session when it has this line, so no branch is lost.
    const line =
      restored && !restored.problem
        ? restored.session.history.lines.find((l) => lineHasInputs(l, steps))
        : undefined;
    if (restored && line) {
      const cursor = Math.min(at ?? line.steps.length - 1, line.steps.length - 1);
      return {
        session: {
          ...restored.session,
          history: { ...restored.session.history, line: line.id, cursor },
        },
        problem: pastEnd(at, line.steps.length - 1),
      };
    }
    const fromLink = sessionFromInputs(scenario, steps, at);
    const last = fromLink.session.history.lines[0]!.steps.length - 1;
    return {
      ...fromLink,
      problem: withSaved([fromLink.problem, pastEnd(at, last)].filter(Boolean).join(' ') || null),
    };
  }
  const base = restored ?? { session: openSession(scenario), problem: null };
  if (at === undefined) return { ...base, problem: withSaved(base.problem) };
  const h = base.session.history;
  const last = h.lines.find((l) => l.id === h.line)!.steps.length - 1;
  const problem = withSaved([base.problem, pastEnd(at, last)].filter(Boolean).join(' ') || null);
  return { problem, session: { ...base.session, history: { ...h, cursor: Math.min(at, last) } } };
}

/**
 * Which scenario a page load opens, before any scenario file is fetched: the link's
 * scenario, else the one opened last, else the default, each only if it is `known`.
 * {@link boot} then decides everything else from the loaded scenario.
 */
export function bootScenarioId(
  known: readonly string[],
  hash: string,
  store: KeyValueStore,
): string {
  const { state } = parseHash(hash);
  if (state.scenario) return known.includes(state.scenario) ? state.scenario : DEFAULT_SCENARIO_ID;
  const last = readItem(store, LAST_SCENARIO_KEY);
  return last && known.includes(last) ? last : DEFAULT_SCENARIO_ID;
}

/** Decides what to open from the URL fragment and the store. */
export function boot(
  scenarios: readonly ValidScenario[],
  hash: string,
  store: KeyValueStore,
): Boot {
  const { state, problems } = parseHash(hash);
  const messages = [...problems];
  const byId = (id: string | null | undefined) =>
    id ? scenarios.find((s) => s.scenario.id === id) : undefined;
  let scenario = byId(state.scenario);
  if (state.scenario && !scenario)
    messages.push(`There is no scenario "${state.scenario}" here, so the default scenario opened.`);
  // A link's steps only make sense for the scenario it names.
  const fromLink = scenario !== undefined;
  scenario ??=
    (state.scenario ? undefined : byId(readItem(store, LAST_SCENARIO_KEY))) ??
    byId(DEFAULT_SCENARIO_ID) ??
    scenarios[0]!;
  const { session, problem } = fromLink
    ? sessionFor(scenario, store, state.steps, state.at)
    : sessionFor(scenario, store, undefined, undefined);
  if (problem) messages.push(problem);
  let role = state.role ?? TEACHER_ROLE;
  if (!isRole(role)) {
    messages.push(`There is no role "${role}", so the teacher's view opened.`);
    role = TEACHER_ROLE;
  }
  return { session, role, problem: messages.length ? messages.join(' ') : null };
}
