/**
 * The registry in the process's own sqlite file (better-sqlite3): sessions and their
 * teams (hashed tokens only). Several processes on one machine may share the file (WAL
 * mode); processes on several machines use the Redis registry instead.
 */
import type Database from 'better-sqlite3';
import {
  type Identity,
  REFUSALS,
  type Registry,
  type SessionInfo,
  type TeamRow,
} from './registry.ts';
import { newJoinCode, newToken, tokenHash } from './tokens.ts';

/** The registry over one open data file (see localDocuments.ts openDataFile). */
export class SqliteRegistry implements Registry {
  constructor(
    private readonly db: Database.Database,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {
    // One transaction, taken at once: linked processes may open the same file together.
    db.transaction(() => {
      db.exec(`
        CREATE TABLE IF NOT EXISTS sessions (
          code TEXT PRIMARY KEY, teacher TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL,
          parties TEXT NOT NULL, expires INTEGER NOT NULL, autoAdmit INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS teams (
          code TEXT NOT NULL, party TEXT NOT NULL, name TEXT NOT NULL, token TEXT NOT NULL UNIQUE,
          admitted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, party));`);
      // A file from before admission: its sessions let every team in, and keep doing so.
      this.addColumn('sessions', 'autoAdmit INTEGER NOT NULL DEFAULT 1');
      this.addColumn('teams', 'admitted INTEGER NOT NULL DEFAULT 1');
    }).immediate();
  }

  private addColumn(table: string, definition: string): void {
    const name = definition.split(' ')[0]!;
    const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((c) => c.name === name))
      this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
  }

  async create(
    scenario: string,
    parties: readonly string[],
    autoAdmit = false,
  ): Promise<{ code: string; teacherToken: string }> {
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

  async info(code: string): Promise<SessionInfo | null> {
    return this.infoNow(code);
  }

  private infoNow(code: string): SessionInfo | null {
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

  async join(
    code: string,
    party: string,
    name: string,
  ): Promise<{ token: string; admitted: boolean }> {
    // Synchronous from the check to the insert: no other request runs in between.
    const info = this.infoNow(code);
    if (!info) throw REFUSALS.noSession();
    checkFree(info, party);
    const token = newToken();
    const admitted = this.autoAdmitNow(code);
    this.db
      .prepare('INSERT INTO teams (code, party, name, token, admitted) VALUES (?, ?, ?, ?, ?)')
      .run(code, party, name, tokenHash(token), admitted ? 1 : 0);
    return { token, admitted };
  }

  async autoAdmit(code: string): Promise<boolean> {
    return this.autoAdmitNow(code);
  }

  private autoAdmitNow(code: string): boolean {
    const row = this.db.prepare('SELECT autoAdmit FROM sessions WHERE code = ?').get(code) as
      | { autoAdmit: number }
      | undefined;
    return row?.autoAdmit === 1;
  }

  async setAutoAdmit(code: string, on: boolean): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE sessions SET autoAdmit = ? WHERE code = ?').run(on ? 1 : 0, code);
      if (on) this.db.prepare('UPDATE teams SET admitted = 1 WHERE code = ?').run(code);
    })();
  }

  async admit(code: string, party: string): Promise<void> {
    const done = this.db
      .prepare('UPDATE teams SET admitted = 1 WHERE code = ? AND party = ?')
      .run(code, party);
    if (done.changes !== 1) throw REFUSALS.noTeam();
  }

  async assign(code: string, from: string, to: string): Promise<void> {
    const info = this.infoNow(code);
    if (!info) throw REFUSALS.noSession();
    if (from === to) return;
    checkFree(info, to);
    const done = this.db
      .prepare('UPDATE teams SET party = ? WHERE code = ? AND party = ?')
      .run(to, code, from);
    if (done.changes !== 1) throw REFUSALS.noTeam();
  }

  async identify(token: string): Promise<Identity | null> {
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

  async teams(code: string): Promise<TeamRow[]> {
    const rows = this.db
      .prepare('SELECT party, name, admitted FROM teams WHERE code = ? ORDER BY rowid')
      .all(code) as { party: string; name: string; admitted: number }[];
    return rows.map((r) => ({ party: r.party, name: r.name, admitted: r.admitted === 1 }));
  }

  async removeTeam(code: string, party: string): Promise<void> {
    this.db.prepare('DELETE FROM teams WHERE code = ? AND party = ?').run(code, party);
  }

  async end(code: string): Promise<void> {
    this.endNow(code);
  }

  private endNow(code: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM teams WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM sessions WHERE code = ?').run(code);
    })();
  }

  async expire(): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT code FROM sessions WHERE expires <= ?')
      .all(this.now()) as { code: string }[];
    for (const { code } of rows) this.endNow(code);
    return rows.map((r) => r.code);
  }

  async close(): Promise<void> {
    // The data file is the session server's: it closes it after the documents' last store.
  }
}

/** Refuses a party the session does not offer or a team already plays. */
function checkFree(info: SessionInfo, party: string): void {
  if (!info.parties.includes(party)) throw REFUSALS.notPlayed();
  if (info.taken.includes(party)) throw REFUSALS.taken();
}
