import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lineDoc, teacherDoc, teamDoc } from '../../src/classroom/protocol.ts';
import {
  api,
  connect,
  startSessionServer,
  until,
  type RunningSession,
} from '../helpers/session.ts';

let server: RunningSession;
let code: string;
let teacher: string;
let hezbollah: string;

beforeAll(async () => {
  server = await startSessionServer({ dataFile: ':memory:' });
  const created = await api(server.origin, 'create', {
    scenario: 'baseline-2024-01',
    parties: ['israel', 'hezbollah'],
    // Admission has its own tests (admission.test.ts); here teams are let in as they join.
    autoAdmit: true,
  });
  ({ code, teacherToken: teacher } = created.body);
  hezbollah = (await api(server.origin, 'join', { code, party: 'hezbollah', name: 'Cedars' })).body
    .token;
});
afterAll(() => server.close());

describe('joining a class session', () => {
  it('gives a join code of at least 40 bits and refuses a taken party', async () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const again = await api(server.origin, 'join', { code, party: 'hezbollah', name: 'Other' });
    expect(again.status).toBe(409);
    const unknown = await api(server.origin, 'join', {
      code: '0000000000',
      party: 'israel',
      name: 'X',
    });
    expect(unknown.status).toBe(404);
  });

  it('tells a token who it is, and refuses a made-up one', async () => {
    const me = await api(server.origin, 'whoami', { token: hezbollah });
    expect(me.body).toMatchObject({ role: 'team', party: 'hezbollah', name: 'Cedars', code });
    expect((await api(server.origin, 'whoami', { token: 'forged' })).status).toBe(403);
  });

  it('lists the teams to the teacher only', async () => {
    const list = await api(server.origin, 'roster', { token: teacher });
    expect(list.body.teams).toEqual([{ party: 'hezbollah', name: 'Cedars', admitted: true }]);
    expect((await api(server.origin, 'roster', { token: hezbollah })).status).toBe(403);
  });

  it('lets only the teacher remove a team or end the session', async () => {
    expect(
      (await api(server.origin, 'remove', { token: hezbollah, party: 'hezbollah' })).status,
    ).toBe(403);
    expect((await api(server.origin, 'end', { token: hezbollah })).status).toBe(403);
  });
});

describe('the server enforces who writes what', () => {
  it('refuses a team token on another team’s document and on the teacher’s view', async () => {
    const other = connect(server.wsUrl, teamDoc(code, 'israel'), hezbollah);
    await expect(other.ready).rejects.toThrow(/permission-denied/);
    other.close();
    const view = connect(server.wsUrl, teacherDoc(code), hezbollah);
    await expect(view.ready).rejects.toThrow(/permission-denied/);
    view.close();
  });

  it('keeps a team’s write to the line off the server and off every other client', async () => {
    const teacherLine = connect(server.wsUrl, lineDoc(code), teacher);
    const forged = connect(server.wsUrl, lineDoc(code), hezbollah);
    await Promise.all([teacherLine.ready, forged.ready]);
    teacherLine.doc.getArray<string>('inputs').push(['us.tableProposal']);
    await until(() => forged.doc.getArray('inputs').length === 1);
    forged.doc.getArray<string>('inputs').push(['hezbollah.acceptProposal']);
    // A fresh reader sees only the teacher's input: the forged write never reached the server.
    const fresh = connect(server.wsUrl, lineDoc(code), teacher);
    await fresh.ready;
    await new Promise((r) => setTimeout(r, 200));
    expect(fresh.doc.getArray('inputs').toArray()).toEqual(['us.tableProposal']);
    expect(teacherLine.doc.getArray('inputs').toArray()).toEqual(['us.tableProposal']);
    for (const c of [teacherLine, forged, fresh]) c.close();
  });

  it('lets a team write its own document and the teacher read it, but not write it', async () => {
    const team = connect(server.wsUrl, teamDoc(code, 'hezbollah'), hezbollah);
    const watcher = connect(server.wsUrl, teamDoc(code, 'hezbollah'), teacher);
    await Promise.all([team.ready, watcher.ready]);
    team.doc
      .getMap('team')
      .set('submission', { id: 1, round: 1, move: 'pass', rationale: 'wait', prediction: null });
    await until(() => watcher.doc.getMap('team').get('submission') !== undefined);
    watcher.doc
      .getMap('team')
      .set('submission', { id: 9, round: 1, move: 'x', rationale: '', prediction: null });
    const fresh = connect(server.wsUrl, teamDoc(code, 'hezbollah'), hezbollah);
    await fresh.ready;
    await new Promise((r) => setTimeout(r, 200));
    expect((fresh.doc.getMap('team').get('submission') as { id: number }).id).toBe(1);
    for (const c of [team, watcher, fresh]) c.close();
  });

  it('ends a session: its tokens stop working and its documents are deleted', async () => {
    const made = (await api(server.origin, 'create', { scenario: 'sandbox', parties: ['us'] }))
      .body;
    const line = connect(server.wsUrl, lineDoc(made.code), made.teacherToken);
    await line.ready;
    line.doc.getArray<string>('inputs').push(['world.gazaCeasefire']);
    await until(() => server.session.documents.fetch(lineDoc(made.code)) !== null);
    expect((await api(server.origin, 'end', { token: made.teacherToken })).status).toBe(200);
    line.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(server.session.documents.fetch(lineDoc(made.code))).toBeNull();
    const late = connect(server.wsUrl, lineDoc(made.code), made.teacherToken);
    await expect(late.ready).rejects.toThrow();
    late.close();
    expect(new Y.Doc().getArray('inputs').length).toBe(0);
  });
});

describe('guessing join codes', () => {
  it('is throttled: after ten wrong codes a device is refused even the right one', async () => {
    const own = await startSessionServer({ dataFile: ':memory:' });
    const made = (await api(own.origin, 'create', { scenario: 'sandbox', parties: ['us'] })).body;
    for (let i = 0; i < 10; i++)
      expect((await api(own.origin, 'info', { code: `ZZZZZZZZ${i}0` })).status).toBe(404);
    const right = await api(own.origin, 'join', { code: made.code, party: 'us', name: 'Late' });
    expect(right.status).toBe(429);
    await own.close();
  });

  it('refuses oversized requests', async () => {
    const big = await api(server.origin, 'join', { code, party: 'israel', name: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
  });
});

describe('removing a team', () => {
  it('stops its token and frees its party', async () => {
    const own = await startSessionServer({ dataFile: ':memory:' });
    const made = (await api(own.origin, 'create', { scenario: 'sandbox', parties: ['us'] })).body;
    const first = (await api(own.origin, 'join', { code: made.code, party: 'us', name: 'One' }))
      .body.token;
    expect(
      (await api(own.origin, 'remove', { token: made.teacherToken, party: 'us' })).status,
    ).toBe(200);
    expect((await api(own.origin, 'whoami', { token: first })).status).toBe(403);
    const again = await api(own.origin, 'join', { code: made.code, party: 'us', name: 'Two' });
    expect(again.status).toBe(200);
    await own.close();
  });
});
