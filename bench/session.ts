/**
 * `npm run bench:session`: one teacher and 40 team provider clients (Node, real
 * WebSockets) for 50 rounds against real `escalation-lab serve` processes on loopback;
 * first one server, then two linked by a real Redis (teacher on one, teams on the
 * other, each with its own data file). Prints submit-to-teacher and step-to-every-client
 * latency (p50/p95), rounds per minute and the server's memory for the session.
 * Figures only, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { lineDoc, teamDoc } from '../src/classroom/protocol.ts';
import { api, connect, startRedis, until, type Client } from '../tests/helpers/session.ts';
import { startServeProcess, type ServeProcess } from '../tests/helpers/serveProcess.ts';

const TEAMS = 40;
const ROUNDS = 50;

/** Resident memory of a process, in MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D/g, '') ?? 0) / 1024;
}

/**
 * Bytes Redis uses for the registry's keys and the document copies: the session's own
 * keys and its tokens' (the bench's Redis holds this one session only).
 */
async function sessionBytesInRedis(redis: Redis): Promise<number> {
  const names = await redis.keys('escalation-lab:registry:*');
  let bytes = 0;
  for (const name of names) bytes += Number(await redis.memory('USAGE', name)) || 0;
  return bytes;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the rounds with the teacher on `teacherServer` and the teams on `teamServer`. */
async function run(
  label: string,
  teacherServer: ServeProcess,
  teamServer: ServeProcess,
  redis?: Redis,
): Promise<void> {
  const before =
    rssMiB(teamServer.pid) + (teamServer === teacherServer ? 0 : rssMiB(teacherServer.pid));
  const parties = Array.from({ length: TEAMS }, (_, i) => `team${i}`);
  const { code, teacherToken } = (
    await api(teacherServer.origin, 'create', { scenario: 'sandbox', parties, autoAdmit: true })
  ).body;
  const tokens: string[] = [];
  for (const party of parties)
    tokens.push((await api(teamServer.origin, 'join', { code, party, name: party })).body.token);

  const teacherLine = connect(teacherServer.wsUrl, lineDoc(code), teacherToken);
  const watchers = parties.map((p) => connect(teacherServer.wsUrl, teamDoc(code, p), teacherToken));
  const teamLines = tokens.map((t) => connect(teamServer.wsUrl, lineDoc(code), t));
  const teamDocs = parties.map((p, i) => connect(teamServer.wsUrl, teamDoc(code, p), tokens[i]!));
  const all: Client[] = [teacherLine, ...watchers, ...teamLines, ...teamDocs];
  await Promise.all(all.map((c) => c.ready));

  const submitLatency: number[] = [];
  const stepLatency: number[] = [];
  const sentAt = new Map<string, number>();
  watchers.forEach((w, i) => {
    w.doc.getMap('team').observe(() => {
      const s = w.doc.getMap('team').get('submission') as { round: number } | undefined;
      const t0 = s && sentAt.get(`${i}:${s.round}`);
      if (t0 !== undefined) {
        submitLatency.push(performance.now() - t0);
        sentAt.delete(`${i}:${s!.round}`);
      }
    });
  });

  const started = performance.now();
  for (let round = 1; round <= ROUNDS; round++) {
    teacherLine.doc.getMap('session').set('round', round);
    await until(
      () => teamLines.every((l) => l.doc.getMap('session').get('round') === round),
      30_000,
    );
    teamDocs.forEach((t, i) => {
      sentAt.set(`${i}:${round}`, performance.now());
      t.doc.getMap('team').set('submission', {
        id: round,
        round,
        move: 'pass',
        rationale: `round ${round}`,
        prediction: null,
      });
    });
    await until(
      () =>
        watchers.every(
          (w) =>
            (w.doc.getMap('team').get('submission') as { round: number } | undefined)?.round ===
            round,
        ),
      30_000,
    );
    const t0 = performance.now();
    teacherLine.doc.getArray<string>('inputs').push([`step-${round}`]);
    await until(() => teamLines.every((l) => l.doc.getArray('inputs').length === round), 30_000);
    stepLatency.push(performance.now() - t0);
  }
  const minutes = (performance.now() - started) / 60_000;
  const after =
    rssMiB(teamServer.pid) + (teamServer === teacherServer ? 0 : rssMiB(teacherServer.pid));
  const redisBytes = redis ? await sessionBytesInRedis(redis) : 0;
  for (const c of all) c.close();

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`\n${label}: 1 teacher + ${TEAMS} teams, ${ROUNDS} rounds`);
  console.log(
    `  submit-to-teacher      p50 ${ms(percentile(submitLatency, 50))}  ` +
      `p95 ${ms(percentile(submitLatency, 95))}  (${submitLatency.length} submissions)`,
  );
  console.log(
    `  step-to-every-client   p50 ${ms(percentile(stepLatency, 50))}  ` +
      `p95 ${ms(percentile(stepLatency, 95))}  (until the last of ${TEAMS} has it)`,
  );
  console.log(`  rounds per minute      ${(ROUNDS / minutes).toFixed(0)}`);
  console.log(
    `  server memory          ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after: ` +
      `${(after - before).toFixed(1)} MiB for the session`,
  );
  if (redis)
    console.log(
      `  Redis for the session  ${(redisBytes / 1024).toFixed(0)} KiB (registry and document copies)`,
    );
}

const dir = mkdtempSync(join(tmpdir(), 'bench-session-'));
const cleanup: (() => Promise<void>)[] = [];
try {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (figures mean little on a busy machine)`,
  );
  const single = await startServeProcess(['--port', '0', '--data', join(dir, 'one.sqlite')]);
  cleanup.push(() => single.stop());
  await run('one server', single, single);

  const redis = await startRedis();
  cleanup.push(() => redis.stop());
  // Each process with its own data file, as on two machines: only Redis links them.
  const a = await startServeProcess([
    '--port',
    '0',
    '--data',
    join(dir, 'a.sqlite'),
    '--redis',
    redis.url,
  ]);
  cleanup.push(() => a.stop());
  const b = await startServeProcess([
    '--port',
    '0',
    '--data',
    join(dir, 'b.sqlite'),
    '--redis',
    redis.url,
  ]);
  cleanup.push(() => b.stop());
  const client = new Redis(redis.url);
  cleanup.push(async () => void (await client.quit()));
  await run('two servers through one Redis (teacher on one, teams on the other)', a, b, client);
} finally {
  for (const step of cleanup.reverse()) await step();
  rmSync(dir, { recursive: true, force: true });
}
