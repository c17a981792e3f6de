/**
 * The app's calls to the session server's JSON API (same origin, `/session/api`). Each
 * answer is the body, or a thrown `SessionError` with a sentence to show the person.
 */
import { API_PATH } from '../../classroom/protocol.ts';

/** A refusal or failure to show as it is. */
export class SessionError extends Error {
  constructor(
    message: string,
    /** The server's status code, or null when the server was not reached. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** Public facts of a session, for the join form. */
export interface SessionInfo {
  readonly code: string;
  readonly scenario: string;
  readonly parties: readonly string[];
  readonly taken: readonly string[];
}

/** Who a token is. */
export type WhoAmI =
  | { readonly role: 'teacher'; readonly code: string; readonly scenario: string }
  | {
      readonly role: 'team';
      readonly code: string;
      readonly party: string;
      readonly name: string;
      /** False while the team waits for the teacher to admit it. */
      readonly admitted: boolean;
      readonly scenario: string;
    };

/** A team on the teacher's roster. */
export interface RosterTeam {
  readonly party: string;
  readonly name: string;
  readonly admitted: boolean;
}

async function call<T>(action: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_PATH}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new SessionError('The class session server cannot be reached from this page.');
  }
  const data = (await response.json().catch(() => null)) as { error?: string } | null;
  if (response.status === 404 && data === null) {
    throw new SessionError(
      'This copy of the app runs without a session server: ' +
        'start it with npm start or escalation-lab serve.',
      404,
    );
  }
  if (!response.ok)
    throw new SessionError(
      data?.error ?? `The session server refused (${response.status}).`,
      response.status,
    );
  return data as T;
}

/** Starts a session (teacher); teams wait to be admitted unless `autoAdmit`. */
export const createSession = (scenario: string, parties: readonly string[], autoAdmit = false) =>
  call<{ code: string; teacherToken: string }>('create', { scenario, parties, autoAdmit });
/** Looks a join code up (student). */
export const sessionInfo = (code: string) => call<SessionInfo>('info', { code });
/** Takes a party as a team (student); returns the team's token. */
export const joinSession = (code: string, party: string, name: string) =>
  call<{ token: string; code: string; admitted: boolean }>('join', { code, party, name });
/** Who a stored token is (after a reload). */
export const whoAmI = (token: string) => call<WhoAmI>('whoami', { token });
/** Lists the teams that joined, admitted or waiting, and the admission setting (teacher). */
export const roster = (token: string) =>
  call<{ teams: RosterTeam[]; autoAdmit: boolean }>('roster', { token });
/** Lets a waiting team in (teacher). */
export const admitTeam = (token: string, party: string) =>
  call<{ ok: true }>('admit', { token, party });
/** Moves a team to another free party (teacher). */
export const assignParty = (token: string, party: string, to: string) =>
  call<{ ok: true }>('assign', { token, party, to });
/** Turns automatic admission on or off (teacher). */
export const setAutoAdmit = (token: string, autoAdmit: boolean) =>
  call<{ ok: true }>('settings', { token, autoAdmit });
/** Removes a team (teacher). */
export const removeTeam = (token: string, party: string) =>
  call<{ ok: true }>('remove', { token, party });
/** Ends the session and deletes its data on the server (teacher). */
export const endSession = (token: string) => call<{ ok: true }>('end', { token });
