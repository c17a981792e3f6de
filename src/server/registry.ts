/**
 * The session server's one data file (better-sqlite3): sessions, their teams (hashed
 * tokens only) and every Yjs document's state. Several processes may share one file
 * (WAL mode), which is how Redis-linked servers on one machine agree on who may join.
 */
import Database from 'better-sqlite3';
import { newJoinCode, newToken, tokenHash } from './tokens.ts';

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

/** The registry over one sqlite file (or ':memory:'). */
export class Registry {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // One transaction, taken at once: linked processes may open the same file together.
    this.db
      .transaction(() => {
        this.db.exec(`
          CREATE TABLE IF NOT EXISTS sessions (
            code TEXT PRIMARY KEY, teacher TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL,
            parties TEXT NOT NULL, expires INTEGER NOT NULL, autoAdmit INTEGER NOT NULL DEFAULT 0);
          CREATE TABLE IF NOT EXISTS teams (
            code TEXT NOT NULL, party TEXT NOT NULL, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE,
            admitted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, party));
          CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);`);
        // A file from before admission: its sessions let every team in, and keep doing so.
        this.addColumn('sessions', 'autoAdmit INTEGER NOT NULL DEFAULT 1');
        this.addColumn('teams', 'admitted INTEGER NOT NULL DEFAULT 1');
      })
      .immediate();
  }

  private addColumn(table: string, definition: string): void {
    const name = definition.split(' ')[0]!;
    const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((c) => c.name === name))
      this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
  }

  /**
   * Opens a session for a scenario and the parties teams may take; with `autoAdmit` a
   * team that joins is let in at once, otherwise it waits for the teacher.
   */
  create(
    scenario: string,
    parties: readonly string[],
    autoAdmit = false,
  ): { code: string; teacherToken: string } {
    const teacherToken = newToken();
    // A clash in 2^50 codes is unlikely; the primary key makes it a retry, never a merge.
    for (;;) {
      const code = newJoinCode();
      const done = this.db
        .prepare(
          'INSERT OR IGNORE INTO sessions (code, teacher, scenario, parties, expires, autoAdmit)' +
            ' VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          code,
          tokenHash(teacherToken),
          scenario,
          JSON.stringify(parties),
          this.now() + this.lifetimeMs,
          autoAdmit ? 1 : 0,
        );
      if (done.changes === 1) return { code, teacherToken };
    }
  }

  /** A live session's public facts, or null for an unknown or expired code. */
  info(code: string): SessionInfo | null {
    const row = this.db
      .prepare('SELECT * FROM sessions WHERE code = ? AND expires > ?')
      .get(code, this.now()) as { code: string; scenario: string; parties: string } | undefined;
    if (!row) return null;
    const taken = this.db.prepare('SELECT party FROM teams WHERE code = ?').all(code) as {
      party: string;
    }[];
    return {
      code,
      scenario: row.scenario,
      parties: JSON.parse(row.parties),
      taken: taken.map((t) => t.party),
    };
  }

  /**
   * A team takes a free party of a live session; returns the team's token and whether
   * it is admitted already (the session admits automatically) or waits for the teacher.
   */
  join(code: string, party: string, name: string): { token: string; admitted: boolean } {
    const info = this.info(code);
    if (!info) throw new RegistryError(404, 'No class session has that code (or it has ended).');
    this.checkFree(info, party);
    const token = newToken();
    const admitted = this.autoAdmit(code);
    this.db
      .prepare('INSERT INTO teams (code, party, name, token, admitted) VALUES (?, ?, ?, ?, ?)')
      .run(code, party, name, tokenHash(token), admitted ? 1 : 0);
    return { token, admitted };
  }

  private checkFree(info: SessionInfo, party: string): void {
    if (!info.parties.includes(party))
      throw new RegistryError(400, 'That party is not played by a team in this session.');
    if (info.taken.includes(party))
      throw new RegistryError(409, 'Another team already plays that party: pick another.');
  }

  /** Whether a session lets joining teams in without the teacher. */
  autoAdmit(code: string): boolean {
    const row = this.db.prepare('SELECT autoAdmit FROM sessions WHERE code = ?').get(code) as
      | { autoAdmit: number }
      | undefined;
    return row?.autoAdmit === 1;
  }

  /** Turns automatic admission on or off; turning it on also admits every waiting team. */
  setAutoAdmit(code: string, on: boolean): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE sessions SET autoAdmit = ? WHERE code = ?').run(on ? 1 : 0, code);
      if (on) this.db.prepare('UPDATE teams SET admitted = 1 WHERE code = ?').run(code);
    })();
  }

  /** Lets a waiting team in. */
  admit(code: string, party: string): void {
    const done = this.db
      .prepare('UPDATE teams SET admitted = 1 WHERE code = ? AND party = ?')
      .run(code, party);
    if (done.changes !== 1) throw new RegistryError(404, 'No team plays that party.');
  }

  /** Moves a team to another free party of its session (the teacher assigns parties). */
  assign(code: string, from: string, to: string): void {
    const info = this.info(code);
    if (!info) throw new RegistryError(404, 'No class session has that code (or it has ended).');
    if (from === to) return;
    this.checkFree(info, to);
    const done = this.db
      .prepare('UPDATE teams SET party = ? WHERE code = ? AND party = ?')
      .run(to, code, from);
    if (done.changes !== 1) throw new RegistryError(404, 'No team plays that party.');
  }

  /** Who a token is, or null when it is unknown, removed or its session has expired. */
  identify(token: string): Identity | null {
    const hash = tokenHash(token);
    const now = this.now();
    const teacher = this.db
      .prepare('SELECT code FROM sessions WHERE teacher = ? AND expires > ?')
      .get(hash, now) as { code: string } | undefined;
    if (teacher) return { role: 'teacher', code: teacher.code };
    const team = this.db
      .prepare(
        'SELECT t.code, t.party, t.name, t.admitted FROM teams t' +
          ' JOIN sessions s ON s.code = t.code WHERE t.token = ? AND s.expires > ?',
      )
      .get(hash, now) as
      | { code: string; party: string; name: string; admitted: number }
      | undefined;
    return team ? { role: 'team', ...team, admitted: team.admitted === 1 } : null;
  }

  /** The teams of a session, in the order they joined. */
  teams(code: string): TeamRow[] {
    const rows = this.db
      .prepare('SELECT party, name, admitted FROM teams WHERE code = ? ORDER BY rowid')
      .all(code) as { party: string; name: string; admitted: number }[];
    return rows.map((r) => ({ party: r.party, name: r.name, admitted: r.admitted === 1 }));
  }

  /** Removes a team (its token stops working); the party is free again. */
  removeTeam(code: string, party: string): void {
    this.db.prepare('DELETE FROM teams WHERE code = ? AND party = ?').run(code, party);
  }

  /** Deletes a session and every document of it. */
  end(code: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM teams WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM sessions WHERE code = ?').run(code);
      this.db.prepare("DELETE FROM documents WHERE name LIKE ? ESCAPE '\\'").run(`${code}/%`);
    })();
  }

  /** Ends every expired session; returns their codes (to close their connections). */
  expire(): string[] {
    const rows = this.db
      .prepare('SELECT code FROM sessions WHERE expires <= ?')
      .all(this.now()) as { code: string }[];
    for (const { code } of rows) this.end(code);
    return rows.map((r) => r.code);
  }

  /** A document's stored Yjs state, or null. */
  fetchDocument(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as
      | { data: Buffer }
      | undefined;
    return row ? new Uint8Array(row.data) : null;
  }

  /** Stores a document's whole Yjs state. */
  storeDocument(name: string, state: Uint8Array): void {
    this.db
      .prepare(
        'INSERT INTO documents VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
      )
      .run(name, Buffer.from(state));
  }

  /** Bytes stored for one session's documents (the bench reports it). */
  storedBytes(code: string): number {
    const row = this.db
      .prepare(
        "SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM documents WHERE name LIKE ? ESCAPE '\\'",
      )
      .get(`${code}/%`) as { n: number };
    return row.n;
  }

  /** Closes the file. */
  close(): void {
    this.db.close();
  }
}
