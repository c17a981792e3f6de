import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineDoc } from '../../src/classroom/protocol.ts';
import { REPO_ROOT } from '../helpers/server.ts';
import { api, connect, until } from '../helpers/session.ts';

let vite: ViteDevServer;
let origin: string;

beforeAll(async () => {
  // Nothing on disk: the plugin reads its data file from the environment.
  process.env.ESCALATION_SESSION_DATA = ':memory:';
  vite = await createServer({
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  await vite.listen();
  origin = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await vite?.close();
  delete process.env.ESCALATION_SESSION_DATA;
});

describe('npm start: the app and the class session on one port', () => {
  it('serves the app page and syncs two clients through /session on the same port', async () => {
    expect(await (await fetch(`${origin}/`)).text()).toContain('<div id="root">');
    const { code, teacherToken } = (
      await api(origin, 'create', { scenario: 'sandbox', parties: ['us'], autoAdmit: true })
    ).body;
    const token = (await api(origin, 'join', { code, party: 'us', name: 'Envoys' })).body.token;
    const teacher = connect(`${origin.replace('http', 'ws')}/session`, lineDoc(code), teacherToken);
    const team = connect(`${origin.replace('http', 'ws')}/session`, lineDoc(code), token);
    await Promise.all([teacher.ready, team.ready]);
    teacher.doc.getArray<string>('inputs').push(['world.gazaCeasefire']);
    await until(() => team.doc.getArray('inputs').length === 1);
    expect(team.doc.getArray('inputs').toArray()).toEqual(['world.gazaCeasefire']);
    teacher.close();
    team.close();
  }, 30_000);
});
