import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineDoc, teamDoc } from '../../src/classroom/protocol.ts';
import { api, connect, until } from '../helpers/session.ts';
import { startRedis } from '../helpers/session.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'session-redis-'));
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  rmSync(dir, { recursive: true, force: true });
});

describe('two session servers linked by one real Redis', () => {
  it('converge on one line: the teacher on one server, the teams on the other', async () => {
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    const dataFile = join(dir, 'sessions.sqlite');
    const servers: ServeProcess[] = [];
    for (let i = 0; i < 2; i++) {
      const p = await startServeProcess(['--port', '0', '--data', dataFile, '--redis', redis.url]);
      servers.push(p);
      cleanup.push(() => p.stop());
    }
    const [a, b] = servers as [ServeProcess, ServeProcess];
    const { code, teacherToken } = (
      await api(a.origin, 'create', {
        scenario: 'sandbox',
        parties: ['israel', 'hezbollah'],
        autoAdmit: true,
      })
    ).body;
    // The teams join through the other server: the shared data file knows the session.
    const tokens = {
      israel: (await api(b.origin, 'join', { code, party: 'israel', name: 'Galilee' })).body
        .token as string,
      hezbollah: (await api(b.origin, 'join', { code, party: 'hezbollah', name: 'Litani' })).body
        .token as string,
    };
    const teacherLine = connect(a.wsUrl, lineDoc(code), teacherToken);
    const watchers = Object.keys(tokens).map((party) =>
      connect(a.wsUrl, teamDoc(code, party), teacherToken),
    );
    const teamLines = Object.values(tokens).map((token) => connect(b.wsUrl, lineDoc(code), token));
    const teamDocs = Object.entries(tokens).map(([party, token]) =>
      connect(b.wsUrl, teamDoc(code, party), token),
    );
    const all = [teacherLine, ...watchers, ...teamLines, ...teamDocs];
    await Promise.all(all.map((c) => c.ready));

    for (const [i, c] of teamDocs.entries()) {
      c.doc
        .getMap('team')
        .set('submission', { id: 1, round: 1, move: 'pass', rationale: `t${i}`, prediction: null });
    }
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
    for (const c of all) c.close();
  }, 60_000);
});
