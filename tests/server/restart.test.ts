import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineDoc, teamDoc } from '../../src/classroom/protocol.ts';
import { api, connect, freePort, until } from '../helpers/session.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';

const dir = mkdtempSync(join(tmpdir(), 'session-restart-'));
const running: ServeProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  rmSync(dir, { recursive: true, force: true });
});

describe('a session server killed mid-round', () => {
  it('loses no step and no submitted move, and a client offline meanwhile catches up', async () => {
    const port = await freePort();
    const dataFile = join(dir, 'sessions.sqlite');
    const first = await startServeProcess(['--port', String(port), '--data', dataFile]);
    running.push(first);
    const { code, teacherToken } = (
      await api(first.origin, 'create', {
        scenario: 'baseline-2024-01',
        parties: ['hezbollah'],
        autoAdmit: true,
      })
    ).body;
    const teamToken = (await api(first.origin, 'join', { code, party: 'hezbollah', name: 'North' }))
      .body.token;
    const line = connect(first.wsUrl, lineDoc(code), teacherToken);
    const team = connect(first.wsUrl, teamDoc(code, 'hezbollah'), teamToken);
    await Promise.all([line.ready, team.ready]);
    line.doc.getArray<string>('inputs').push(['us.tableProposal']);
    line.doc.getMap('session').set('round', 1);
    team.doc
      .getMap('team')
      .set('submission', { id: 1, round: 1, move: 'pass', rationale: 'r1', prediction: null });
    // Wait until the teacher has seen the move: then the server has it.
    const watch = connect(first.wsUrl, teamDoc(code, 'hezbollah'), teacherToken);
    await watch.ready;
    await until(() => watch.doc.getMap('team').get('submission') !== undefined);

    first.kill(); // SIGKILL: no chance to store anything on the way out
    await first.exited;
    // Offline now: this edit waits in the client until the server is back.
    team.doc.getMap('team').set('rationale-draft', 'written while the server was down');

    const second = await startServeProcess(['--port', String(port), '--data', dataFile]);
    running.push(second);
    await until(() => watch.doc.getMap('team').get('rationale-draft') !== undefined, 15_000);

    const fresh = connect(second.wsUrl, lineDoc(code), teacherToken);
    const freshTeam = connect(second.wsUrl, teamDoc(code, 'hezbollah'), teamToken);
    await Promise.all([fresh.ready, freshTeam.ready]);
    expect(fresh.doc.getArray('inputs').toArray()).toEqual(['us.tableProposal']);
    expect(fresh.doc.getMap('session').get('round')).toBe(1);
    expect(freshTeam.doc.getMap('team').get('submission')).toMatchObject({
      id: 1,
      move: 'pass',
      rationale: 'r1',
    });
    expect(freshTeam.doc.getMap('team').get('rationale-draft')).toBe(
      'written while the server was down',
    );
    for (const c of [line, team, watch, fresh, freshTeam]) c.close();
  }, 60_000);
});
