import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineDoc, teamDoc } from '../../src/classroom/protocol.ts';
import { openDataFile } from '../../src/server/localDocuments.ts';
import { SqliteRegistry } from '../../src/server/sqliteRegistry.ts';
import {
  api,
  connect,
  startSessionServer,
  until,
  type RunningSession,
} from '../helpers/session.ts';

/**
 * The teacher admits teams and assigns parties, and the real session server enforces it:
 * a waiting team opens no document, so it cannot write a submission.
 */
let server: RunningSession;
let code: string;
let teacher: string;

beforeAll(async () => {
  server = await startSessionServer({ dataFile: ':memory:' });
  ({ code, teacherToken: teacher } = (
    await api(server.origin, 'create', {
      scenario: 'baseline-2024-01',
      parties: ['israel', 'hezbollah', 'us'],
    })
  ).body);
});
afterAll(() => server.close());

const submission = { id: 1, round: 1, move: 'pass', rationale: 'wait', prediction: null };

describe('a team that joins', () => {
  it('waits for the teacher, and while it waits the server refuses its documents', async () => {
    const joined = await api(server.origin, 'join', { code, party: 'hezbollah', name: 'Cedars' });
    expect(joined.body.admitted).toBe(false);
    const token = joined.body.token as string;
    expect((await api(server.origin, 'whoami', { token })).body).toMatchObject({
      role: 'team',
      party: 'hezbollah',
      admitted: false,
    });
    // A forged submission: the waiting team writes its own document directly.
    const forged = connect(server.wsUrl, teamDoc(code, 'hezbollah'), token);
    forged.doc.getMap('team').set('submission', submission);
    await expect(forged.ready).rejects.toThrow(/permission-denied/);
    forged.close();
    const line = connect(server.wsUrl, lineDoc(code), token);
    await expect(line.ready).rejects.toThrow(/permission-denied/);
    line.close();
    // The teacher reads the team's document and finds nothing in it.
    const watcher = connect(server.wsUrl, teamDoc(code, 'hezbollah'), teacher);
    await watcher.ready;
    expect(watcher.doc.getMap('team').get('submission')).toBeUndefined();
    watcher.close();
    expect((await api(server.origin, 'roster', { token: teacher })).body).toEqual({
      teams: [{ party: 'hezbollah', name: 'Cedars', admitted: false }],
      autoAdmit: false,
    });
  });

  it('writes its submission once the teacher admits it, and stays admitted', async () => {
    const token = (await api(server.origin, 'join', { code, party: 'israel', name: 'Galilee' }))
      .body.token as string;
    expect((await api(server.origin, 'admit', { token, party: 'israel' })).status).toBe(403);
    expect((await api(server.origin, 'admit', { token: teacher, party: 'israel' })).status).toBe(
      200,
    );
    const team = connect(server.wsUrl, teamDoc(code, 'israel'), token);
    const watcher = connect(server.wsUrl, teamDoc(code, 'israel'), teacher);
    await Promise.all([team.ready, watcher.ready]);
    team.doc.getMap('team').set('submission', submission);
    await until(() => watcher.doc.getMap('team').get('submission') !== undefined);
    // What a reload asks: the team is still admitted.
    expect((await api(server.origin, 'whoami', { token })).body.admitted).toBe(true);
    for (const c of [team, watcher]) c.close();
  });

  it('is admitted at once when the teacher turns automatic admission on', async () => {
    const own = await startSessionServer({ dataFile: ':memory:' });
    const made = (await api(own.origin, 'create', { scenario: 'sandbox', parties: ['us', 'iran'] }))
      .body;
    const early = (await api(own.origin, 'join', { code: made.code, party: 'us', name: 'A' })).body;
    expect(early.admitted).toBe(false);
    expect(
      (await api(own.origin, 'settings', { token: early.token, autoAdmit: true })).status,
    ).toBe(403);
    await api(own.origin, 'settings', { token: made.teacherToken, autoAdmit: true });
    // Turning it on lets in the team that was waiting, and every team that joins later.
    expect((await api(own.origin, 'whoami', { token: early.token })).body.admitted).toBe(true);
    const late = (await api(own.origin, 'join', { code: made.code, party: 'iran', name: 'B' }))
      .body;
    expect(late.admitted).toBe(true);
    expect((await api(own.origin, 'roster', { token: made.teacherToken })).body.autoAdmit).toBe(
      true,
    );
    await own.close();
  });
});

describe('the teacher assigns parties', () => {
  it('moves a team to a free party only, and its token follows', async () => {
    const token = (await api(server.origin, 'join', { code, party: 'us', name: 'Envoys' })).body
      .token as string;
    await api(server.origin, 'admit', { token: teacher, party: 'us' });
    const taken = await api(server.origin, 'assign', { token: teacher, party: 'us', to: 'israel' });
    expect(taken.status).toBe(409);
    const unknown = await api(server.origin, 'assign', { token: teacher, party: 'us', to: 'iran' });
    expect(unknown.status).toBe(400);
    expect((await api(server.origin, 'assign', { token, party: 'us', to: 'us' })).status).toBe(403);

    // Free a party, then move the team there while it has its old document open.
    await api(server.origin, 'remove', { token: teacher, party: 'hezbollah' });
    const old = connect(server.wsUrl, teamDoc(code, 'us'), token);
    const watcher = connect(server.wsUrl, teamDoc(code, 'us'), teacher);
    await Promise.all([old.ready, watcher.ready]);
    let dropped = false;
    let teacherDropped = false;
    old.provider.on('close', () => (dropped = true));
    watcher.provider.on('close', () => (teacherDropped = true));
    old.doc.getMap('team').set('submission', { ...submission, id: 4 });
    await until(() => watcher.doc.getMap('team').get('submission') !== undefined);
    // Assigning the party a team already has changes nothing and drops nobody.
    expect(
      (await api(server.origin, 'assign', { token: teacher, party: 'us', to: 'us' })).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(dropped).toBe(false);
    expect(watcher.doc.getMap('team').get('submission')).toMatchObject({ id: 4 });
    expect(
      (await api(server.origin, 'assign', { token: teacher, party: 'us', to: 'hezbollah' })).status,
    ).toBe(200);
    expect((await api(server.origin, 'whoami', { token })).body.party).toBe('hezbollah');
    // The server dropped the old connection, and the token no longer opens that document.
    await until(() => dropped);
    // Only the team's connection: the teacher still watches the document.
    expect(teacherDropped).toBe(false);
    expect(watcher.provider.isAuthenticated).toBe(true);
    // The moved team's submission is retired: a team that takes the party later never has
    // it applied as its own, and its ids go on above it.
    await until(() => watcher.doc.getMap('team').get('submission') === undefined);
    expect(watcher.doc.getMap('team').get('floor')).toBe(4);
    old.close();
    watcher.close();
    const again = connect(server.wsUrl, teamDoc(code, 'us'), token);
    await expect(again.ready).rejects.toThrow(/permission-denied/);
    again.close();
    const moved = connect(server.wsUrl, teamDoc(code, 'hezbollah'), token);
    await moved.ready;
    moved.close();
    const info = (await api(server.origin, 'info', { code })).body;
    expect([...info.taken].sort()).toEqual(['hezbollah', 'israel']);
  });
});

describe('a data file from before admission', () => {
  it('keeps its teams admitted and its sessions admitting automatically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'admission-'));
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec(`
      CREATE TABLE sessions (code TEXT PRIMARY KEY, teacher TEXT NOT NULL UNIQUE,
        scenario TEXT NOT NULL, parties TEXT NOT NULL, expires INTEGER NOT NULL);
      CREATE TABLE teams (code TEXT NOT NULL, party TEXT NOT NULL, name TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE, PRIMARY KEY (code, party));
      INSERT INTO sessions VALUES ('ABCDEFGHJK', 'h', 'sandbox', '["us","iran"]', 9e15);
      INSERT INTO teams VALUES ('ABCDEFGHJK', 'us', 'Envoys', 't');`);
    old.close();
    const db = openDataFile(file);
    const registry = new SqliteRegistry(db, 3_600_000);
    expect(await registry.teams('ABCDEFGHJK')).toEqual([
      { party: 'us', name: 'Envoys', admitted: true },
    ]);
    expect(await registry.autoAdmit('ABCDEFGHJK')).toBe(true);
    // A session started after the upgrade waits for the teacher, as every new one does.
    expect(await registry.autoAdmit((await registry.create('sandbox', ['us'])).code)).toBe(false);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
