/**
 * The process's own sqlite file (better-sqlite3, WAL mode) and the Yjs documents it
 * stores there: every document this process has had open, written on every change.
 * Without Redis the same file also holds the registry (sqliteRegistry.ts).
 */
import Database from 'better-sqlite3';

/** Opens (or creates) a data file; ':memory:' keeps nothing. */
export function openDataFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Processes on one machine may share a file: wait for each other's writes, never fail.
  db.pragma('busy_timeout = 5000');
  return db;
}

/** `code/%` for LIKE, with LIKE's own wildcards in a code escaped (codes have none today). */
function sessionPattern(code: string): string {
  return `${code.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
}

/** The documents table of one data file. */
export class LocalDocuments {
  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
  }

  /** A document's stored Yjs state, or null. */
  fetch(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as
      | { data: Buffer }
      | undefined;
    return row ? new Uint8Array(row.data) : null;
  }

  /** Stores a document's whole Yjs state. */
  store(name: string, state: Uint8Array): void {
    this.db
      .prepare(
        'INSERT INTO documents VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
      )
      .run(name, Buffer.from(state));
  }

  /** Deletes every document of a session. */
  deleteSession(code: string): void {
    this.db
      .prepare("DELETE FROM documents WHERE name LIKE ? ESCAPE '\\'")
      .run(sessionPattern(code));
  }

  /** The session codes this file holds documents of (the sweep checks each is still live). */
  sessionCodes(): string[] {
    const rows = this.db.prepare('SELECT name FROM documents').all() as { name: string }[];
    return [...new Set(rows.map((r) => r.name.split('/')[0]!))];
  }

  /** Bytes stored for one session's documents. */
  storedBytes(code: string): number {
    const row = this.db
      .prepare(
        "SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM documents WHERE name LIKE ? ESCAPE '\\'",
      )
      .get(sessionPattern(code)) as { n: number };
    return row.n;
  }
}
