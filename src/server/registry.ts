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
  | { readonly role: 'team'; readonly code: string; readonly party: string; readonly name: string };

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
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sessions (
        code TEXT PRIMARY KEY, teacher TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL,
        parties TEXT NOT NULL, expires INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS teams (
        code TEXT NOT NULL, party TEXT NOT NULL, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE,
        PRIMARY KEY (code, party));
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);`);
  }

  /** Opens a session for a scenario and the parties teams may take. */
  create(scenario: string, parties: readonly string[]): { code: string; teacherToken: string } {
    const teacherToken = newToken();
    // A clash in 2^50 codes is unlikely; the primary key makes it a retry, never a merge.
    for (;;) {
      const code = newJoinCode();
      const done = this.db
        .prepare('INSERT OR IGNORE INTO sessions VALUES (?, ?, ?, ?, ?)')
        .run(
          code,
          tokenHash(teacherToken),
          scenario,
          JSON.stringify(parties),
          this.now() + this.lifetimeMs,
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

  /** A team takes a free party of a live session; returns the team's token. */
  join(code: string, party: string, name: string): string {
    const info = this.info(code);
    if (!info) throw new RegistryError(404, 'No class session has that code (or it has ended).');
    if (!info.parties.includes(party))
      throw new RegistryError(400, 'That party is not played by a team in this session.');
    if (info.taken.includes(party))
      throw new RegistryError(409, 'Another team already plays that party: pick another.');
    const token = newToken();
    this.db
      .prepare('INSERT INTO teams VALUES (?, ?, ?, ?)')
      .run(code, party, name, tokenHash(token));
    return token;
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
        'SELECT t.code, t.party, t.name FROM teams t JOIN sessions s ON s.code = t.code' +
          ' WHERE t.token = ? AND s.expires > ?',
      )
      .get(hash, now) as { code: string; party: string; name: string } | undefined;
    return team ? { role: 'team', ...team } : null;
  }

  /** The teams of a session, in the order they joined. */
  teams(code: string): { party: string; name: string }[] {
    return this.db
      .prepare('SELECT party, name FROM teams WHERE code = ? ORDER BY rowid')
      .all(code) as {
      party: string;
      name: string;
    }[];
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
