/**
 * The session registry's contract: sessions, their teams, hashed tokens and admission.
 * Two implementations keep it: the process's own sqlite file (sqliteRegistry.ts, one
 * process or several on one machine) and a shared Redis (redisRegistry.ts, processes on
 * several machines). Every method is async so both fit; the API and the WebSocket
 * authentication await it.
 */

/** Who a token belongs to. */
export type Identity =
  | { readonly role: 'teacher'; readonly code: string }
  | {
      readonly role: 'team';
      readonly code: string;
      readonly party: string;
      readonly name: string;
      /** Whether the teacher has let the team in; a waiting team opens no document. */
      readonly admitted: boolean;
    };

/** A team as the teacher's roster lists it. */
export interface TeamRow {
  readonly party: string;
  readonly name: string;
  readonly admitted: boolean;
}

/** A session as the API describes it to a joining student. */
export interface SessionInfo {
  readonly code: string;
  readonly scenario: string;
  readonly parties: readonly string[];
  readonly taken: readonly string[];
}

/** A refusal the API turns into a status code and one sentence. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The refusals both implementations give, worded once. */
export const REFUSALS = {
  noSession: () => new RegistryError(404, 'No class session has that code (or it has ended).'),
  notPlayed: () => new RegistryError(400, 'That party is not played by a team in this session.'),
  taken: () => new RegistryError(409, 'Another team already plays that party: pick another.'),
  noTeam: () => new RegistryError(404, 'No team plays that party.'),
} as const;

/** Sessions, teams and tokens, wherever they are kept. */
export interface Registry {
  /**
   * Opens a session for a scenario and the parties teams may take; with `autoAdmit` a
   * team that joins is let in at once, otherwise it waits for the teacher. The join code
   * is unique among live sessions.
   */
  create(
    scenario: string,
    parties: readonly string[],
    autoAdmit?: boolean,
  ): Promise<{ code: string; teacherToken: string }>;
  /** A live session's public facts, or null for an unknown or expired code. */
  info(code: string): Promise<SessionInfo | null>;
  /**
   * A team takes a free party of a live session (one team per party, atomically);
   * returns the team's token and whether it is admitted already.
   */
  join(code: string, party: string, name: string): Promise<{ token: string; admitted: boolean }>;
  /** Whether a session lets joining teams in without the teacher. */
  autoAdmit(code: string): Promise<boolean>;
  /** Turns automatic admission on or off; turning it on also admits every waiting team. */
  setAutoAdmit(code: string, on: boolean): Promise<void>;
  /** Lets a waiting team in. */
  admit(code: string, party: string): Promise<void>;
  /** Moves a team to another free party of its session (the teacher assigns parties). */
  assign(code: string, from: string, to: string): Promise<void>;
  /** Who a token is, or null when it is unknown, removed or its session has expired. */
  identify(token: string): Promise<Identity | null>;
  /** The teams of a session, in the order they joined. */
  teams(code: string): Promise<TeamRow[]>;
  /** Removes a team (its token stops working); the party is free again. */
  removeTeam(code: string, party: string): Promise<void>;
  /** Deletes a session, its teams and its tokens. */
  end(code: string): Promise<void>;
  /** Ends every expired session the registry does not expire on its own; returns their codes. */
  expire(): Promise<string[]>;
  /** Lets go of the store (file or connection). */
  close(): Promise<void>;
}
