import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lineDoc, teacherDoc, teamDoc } from '../../src/classroom/protocol.ts';
import { api, type Client, connect, freePort, startRedis, until } from '../helpers/session.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';

/**
 * Scale-out: `serve` processes as on different machines, each with its own data file,
 * linked only by one real Redis. The registry lives in Redis; each process stores the
 * documents it has open in its own file; a control channel carries endings and removals.
 */
const dir = mkdtempSync(join(tmpdir(), 'session-redis-'));
const cleanup: (() => Promise<void>)[] = [];
let redisUrl: string;
let redis: Redis;
let a: ServeProcess;
let b: ServeProcess;
const fileA = join(dir, 'a.sqlite');
const fileB = join(dir, 'b.sqlite');
const portB = await freePort();

const serveOn = (file: string, port = 0) =>
  startServeProcess(['--port', String(port), '--data', file, '--redis', redisUrl]);

beforeAll(async () => {
  const server = await startRedis();
  cleanup.push(() => server.stop());
  redisUrl = server.url;
  redis = new Redis(redisUrl);
  cleanup.push(async () => void (await redis.quit()));
  a = await serveOn(fileA);
  cleanup.push(() => a.stop());
  b = await serveOn(fileB, portB);
  cleanup.push(() => b.stop());
}, 60_000);
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  rmSync(dir, { recursive: true, force: true });
});

/** The names of a session's documents a process's own data file holds. */
function storedIn(file: string, code: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT name FROM documents WHERE name LIKE ?').all(`${code}/%`) as {
      name: string;
    }[];
    return rows.map((r) => r.name).sort();
  } finally {
    db.close();
  }
}

/** The inputs of a line as a process's own data file stores it. */
function storedInputs(file: string, name: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as
      | { data: Buffer }
      | undefined;
    const doc = new Y.Doc();
    if (row) Y.applyUpdate(doc, new Uint8Array(row.data));
    return doc.getArray('inputs').toArray();
  } finally {
    db.close();
  }
}

/** A session started on A whose teams join on B and wait until A admits them. */
async function sessionAcross(parties: readonly string[]) {
  const { code, teacherToken } = (await api(a.origin, 'create', { scenario: 'sandbox', parties }))
    .body;
  const tokens: Record<string, string> = {};
  for (const party of parties) {
    const joined = (await api(b.origin, 'join', { code, party, name: `Team ${party}` })).body;
    expect(joined.admitted).toBe(false);
    tokens[party] = joined.token;
  }
  for (const party of parties)
    expect((await api(a.origin, 'admit', { token: teacherToken, party })).status).toBe(200);
  return { code: code as string, teacherToken: teacherToken as string, tokens };
}

const submission = (rationale: string) => ({
  id: 1,
  round: 1,
  move: 'pass',
  rationale,
  prediction: null,
});

describe('two serve processes with their own data files, linked by one Redis', () => {
  it('share a session: created on A, joined on B, admitted on A, one line for all', async () => {
    const { code, teacherToken, tokens } = await sessionAcross(['israel', 'hezbollah']);
    // The roster on A lists the teams that joined on B, admitted, in the order they joined.
    expect((await api(a.origin, 'roster', { token: teacherToken })).body).toEqual({
      teams: [
        { party: 'israel', name: 'Team israel', admitted: true },
        { party: 'hezbollah', name: 'Team hezbollah', admitted: true },
      ],
      autoAdmit: false,
    });
    // One team per party, whichever process is asked.
    expect((await api(a.origin, 'join', { code, party: 'israel', name: 'X' })).status).toBe(409);
    const teacherLine = connect(a.wsUrl, lineDoc(code), teacherToken);
    const watchers = Object.keys(tokens).map((p) =>
      connect(a.wsUrl, teamDoc(code, p), teacherToken),
    );
    const teamLines = Object.values(tokens).map((t) => connect(b.wsUrl, lineDoc(code), t));
    const teamDocs = Object.entries(tokens).map(([p, t]) => connect(b.wsUrl, teamDoc(code, p), t));
    const all = [teacherLine, ...watchers, ...teamLines, ...teamDocs];
    await Promise.all(all.map((c) => c.ready));

    for (const [i, c] of teamDocs.entries())
      c.doc.getMap('team').set('submission', submission(`t${i}`));
    await until(() => watchers.every((w) => w.doc.getMap('team').get('submission') !== undefined));
    teacherLine.doc
      .getArray<string>('inputs')
      .push(['world.gazaCeasefire', 'world.gazaFightingResumes']);
    await until(() => teamLines.every((l) => l.doc.getArray('inputs').length === 2));
    for (const l of teamLines)
      expect(l.doc.getArray('inputs').toArray()).toEqual(
        teacherLine.doc.getArray('inputs').toArray(),
      );
    expect(
      watchers.map(
        (w) => (w.doc.getMap('team').get('submission') as { rationale: string }).rationale,
      ),
    ).toEqual(['t0', 't1']);
    // Each process stored what it had open in its own file, with every process's changes:
    // B's file has the line the teacher wrote through A.
    await until(() => storedIn(fileA, code).length === 3 && storedIn(fileB, code).length === 3);
    await until(() => storedInputs(fileB, lineDoc(code)).length === 2);
    for (const c of all) c.close();
  }, 60_000);

  it('removing or moving a team on A drops its connections on B at once', async () => {
    const { code, teacherToken, tokens } = await sessionAcross(['us', 'iran']);
    const open = (party: string): { clients: Client[]; dropped: () => boolean } => {
      const clients = [
        connect(b.wsUrl, lineDoc(code), tokens[party]!),
        connect(b.wsUrl, teamDoc(code, party), tokens[party]!),
      ];
      let closed = 0;
      for (const c of clients) c.provider.on('close', () => closed++);
      return { clients, dropped: () => closed >= 2 };
    };
    const us = open('us');
    const iran = open('iran');
    const watcher = connect(b.wsUrl, teamDoc(code, 'iran'), teacherToken);
    let teacherDropped = false;
    watcher.provider.on('close', () => (teacherDropped = true));
    await Promise.all([...us.clients, ...iran.clients, watcher].map((c) => c.ready));

    expect((await api(a.origin, 'remove', { token: teacherToken, party: 'us' })).status).toBe(200);
    await until(us.dropped);
    expect((await api(b.origin, 'whoami', { token: tokens.us })).status).toBe(403);
    const again = connect(b.wsUrl, lineDoc(code), tokens.us!);
    await expect(again.ready).rejects.toThrow(/permission-denied/);
    again.close();
    expect((await api(b.origin, 'info', { code })).body.taken).toEqual(['iran']);

    // Moved on A to the party just freed: its old party's connections on B go too.
    expect(
      (await api(a.origin, 'assign', { token: teacherToken, party: 'iran', to: 'us' })).status,
    ).toBe(200);
    await until(iran.dropped);
    expect((await api(b.origin, 'whoami', { token: tokens.iran })).body.party).toBe('us');
    // The teacher's own connection on B stays.
    expect(teacherDropped).toBe(false);
    expect(watcher.provider.isAuthenticated).toBe(true);
    for (const c of [...us.clients, ...iran.clients, watcher]) c.close();
  }, 60_000);

  it('ending on A deletes the session on both: files, Redis keys and tokens', async () => {
    const { code, teacherToken, tokens } = await sessionAcross(['israel']);
    const teamLine = connect(b.wsUrl, lineDoc(code), tokens.israel!);
    const team = connect(b.wsUrl, teamDoc(code, 'israel'), tokens.israel!);
    const teacherLine = connect(a.wsUrl, lineDoc(code), teacherToken);
    await Promise.all([teamLine.ready, team.ready, teacherLine.ready]);
    team.doc.getMap('team').set('submission', submission('before the end'));
    teacherLine.doc.getArray<string>('inputs').push(['world.gazaCeasefire']);
    await until(() => storedIn(fileA, code).length === 1 && storedIn(fileB, code).length === 2);
    expect((await redis.keys(`*${code}*`)).length).toBeGreaterThan(0);
    let bDropped = false;
    team.provider.on('close', () => (bDropped = true));

    expect((await api(a.origin, 'end', { token: teacherToken })).status).toBe(200);
    await until(() => bDropped);
    await until(() => storedIn(fileB, code).length === 0);
    expect(storedIn(fileA, code)).toEqual([]);
    const registryKeys = () => redis.keys(`escalation-lab:registry:*${code}*`);
    expect(await registryKeys()).toEqual([]);
    for (const c of [teamLine, team, teacherLine]) c.close();
    expect((await api(b.origin, 'whoami', { token: tokens.israel })).status).toBe(403);
    expect((await api(b.origin, 'whoami', { token: teacherToken })).status).toBe(403);
    const late = connect(b.wsUrl, teamDoc(code, 'israel'), tokens.israel!);
    await expect(late.ready).rejects.toThrow(/permission-denied/);
    late.close();
    // Documents that unloaded after the end wrote nothing back, here or in Redis.
    expect(storedIn(fileB, code)).toEqual([]);
    expect(storedIn(fileA, code)).toEqual([]);
    expect(await registryKeys()).toEqual([]);
  }, 60_000);

  it('loses nothing when B is killed mid-round and restarted on its own file', async () => {
    const { code, teacherToken, tokens } = await sessionAcross(['hezbollah']);
    const teacherLine = connect(a.wsUrl, lineDoc(code), teacherToken);
    const notes = connect(a.wsUrl, teacherDoc(code), teacherToken);
    const watcher = connect(a.wsUrl, teamDoc(code, 'hezbollah'), teacherToken);
    const team = connect(b.wsUrl, teamDoc(code, 'hezbollah'), tokens.hezbollah!);
    await Promise.all([teacherLine, notes, watcher, team].map((c) => c.ready));
    teacherLine.doc.getArray<string>('inputs').push(['us.tableProposal']);
    notes.doc.getMap('notes').set('round', 'one');
    team.doc.getMap('team').set('submission', submission('r1'));
    await until(() => watcher.doc.getMap('team').get('submission') !== undefined);

    b.kill(); // SIGKILL: no chance to store anything on the way out
    await b.exited;
    // Offline now: this edit waits in the team's client until B is back.
    team.doc.getMap('team').set('draft', 'written while B was down');
    b = await serveOn(fileB, portB);
    await until(() => watcher.doc.getMap('team').get('draft') !== undefined, 15_000);

    // Fresh clients on the restarted B, including the teacher's documents B never had
    // open: they start from A's copies in Redis.
    const fresh = [
      connect(b.wsUrl, lineDoc(code), teacherToken),
      connect(b.wsUrl, teacherDoc(code), teacherToken),
      connect(b.wsUrl, teamDoc(code, 'hezbollah'), tokens.hezbollah!),
    ] as const;
    await Promise.all(fresh.map((c) => c.ready));
    expect(fresh[0].doc.getArray('inputs').toArray()).toEqual(['us.tableProposal']);
    expect(fresh[1].doc.getMap('notes').get('round')).toBe('one');
    expect(fresh[2].doc.getMap('team').get('submission')).toMatchObject({ rationale: 'r1' });
    expect(fresh[2].doc.getMap('team').get('draft')).toBe('written while B was down');
    for (const c of [teacherLine, notes, watcher, team, ...fresh]) c.close();
  }, 60_000);

  it('a process down while a session ends deletes its documents when it starts again', async () => {
    const { code, teacherToken, tokens } = await sessionAcross(['iran']);
    const team = connect(b.wsUrl, teamDoc(code, 'iran'), tokens.iran!);
    await team.ready;
    team.doc.getMap('team').set('submission', submission('stored on B'));
    await until(() => storedIn(fileB, code).length === 1);
    team.close();
    b.kill();
    await b.exited;
    // B misses the control message: it is down when the teacher ends the session on A.
    expect((await api(a.origin, 'end', { token: teacherToken })).status).toBe(200);
    expect(storedIn(fileB, code)).toEqual([teamDoc(code, 'iran')]);
    b = await serveOn(fileB, portB);
    expect(storedIn(fileB, code)).toEqual([]);
  }, 60_000);

  it('serves a document no running process has open from the copies in Redis', async () => {
    const { code, teacherToken } = await sessionAcross(['us']);
    const notes = connect(a.wsUrl, teacherDoc(code), teacherToken);
    await notes.ready;
    notes.doc.getMap('notes').set('plan', 'debrief at 11');
    await until(() => storedIn(fileA, code).length === 1);
    notes.close();
    // A goes down with the only file that holds the teacher's document; B never had it.
    a.kill();
    await a.exited;
    expect(storedIn(fileB, code)).toEqual([]);
    const reloaded = connect(b.wsUrl, teacherDoc(code), teacherToken);
    await reloaded.ready;
    expect(reloaded.doc.getMap('notes').get('plan')).toBe('debrief at 11');
    reloaded.close();
    a = await serveOn(fileA);
  }, 60_000);
});
