import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataFile } from '../../src/server/localDocuments.ts';
import { RedisRegistry } from '../../src/server/redisRegistry.ts';
import { type Registry, RegistryError } from '../../src/server/registry.ts';
import { SqliteRegistry } from '../../src/server/sqliteRegistry.ts';
import { startRedis } from '../helpers/session.ts';

/**
 * One contract, two registries: the sqlite file (one machine) and a real Redis (several
 * machines) give the same answers and the same refusals, and keep a party to one team
 * even when requests race.
 */
let redisUrl: string;
const cleanup: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  const server = await startRedis();
  redisUrl = server.url;
  cleanup.push(() => server.stop());
});
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const implementations: [string, (lifetimeMs: number) => Registry][] = [
  ['sqlite', (lifetimeMs) => new SqliteRegistry(openDataFile(':memory:'), lifetimeMs)],
  [
    'Redis',
    (lifetimeMs) => {
      const client = new Redis(redisUrl);
      cleanup.push(() => client.quit());
      return new RedisRegistry(client, lifetimeMs);
    },
  ],
];

/** The status a refused call gives, or 'ok'. */
async function statusOf(call: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    if (error instanceof RegistryError) return error.status;
    throw error;
  }
}

describe.each(implementations)('the %s registry', (_, make) => {
  it('opens sessions with distinct codes and describes them', async () => {
    const registry = make(3_600_000);
    const one = await registry.create('sandbox', ['us', 'iran']);
    const two = await registry.create('sandbox', ['us']);
    expect(one.code).not.toBe(two.code);
    expect(await registry.info(one.code)).toEqual({
      code: one.code,
      scenario: 'sandbox',
      parties: ['us', 'iran'],
      taken: [],
    });
    expect(await registry.info('0000000000')).toBeNull();
    expect(await registry.identify(one.teacherToken)).toEqual({ role: 'teacher', code: one.code });
    expect(await registry.identify('forged')).toBeNull();
  });

  it('refuses unknown sessions, parties not offered and parties taken', async () => {
    const registry = make(3_600_000);
    const { code } = await registry.create('sandbox', ['us']);
    expect(await statusOf(registry.join('0000000000', 'us', 'A'))).toBe(404);
    expect(await statusOf(registry.join(code, 'iran', 'A'))).toBe(400);
    expect(await statusOf(registry.join(code, 'us', 'A'))).toBe('ok');
    expect(await statusOf(registry.join(code, 'us', 'B'))).toBe(409);
  });

  it('keeps a team name as written, quotes and accents included', async () => {
    const registry = make(3_600_000);
    const { code } = await registry.create('sandbox', ['us']);
    const name = 'Les "Cèdres" / 東 \\ 1';
    const team = await registry.join(code, 'us', name);
    await registry.admit(code, 'us');
    expect((await registry.teams(code))[0]?.name).toBe(name);
    expect(await registry.identify(team.token)).toMatchObject({ name });
  });

  it('gives a party to one team only when many ask at once', async () => {
    const registry = make(3_600_000);
    const { code } = await registry.create('sandbox', ['us', 'iran']);
    const tries = await Promise.all(
      Array.from({ length: 8 }, (_, i) => statusOf(registry.join(code, 'us', `T${i}`))),
    );
    expect(tries.filter((s) => s === 'ok')).toHaveLength(1);
    expect(tries.filter((s) => s === 409)).toHaveLength(7);
    expect((await registry.teams(code)).map((t) => t.party)).toEqual(['us']);
  });

  it('lets the teacher admit, admit automatically, move and remove teams', async () => {
    const registry = make(3_600_000);
    const { code } = await registry.create('sandbox', ['us', 'iran', 'israel']);
    const us = await registry.join(code, 'us', 'Envoys');
    expect(us.admitted).toBe(false);
    expect(await registry.identify(us.token)).toEqual({
      role: 'team',
      code,
      party: 'us',
      name: 'Envoys',
      admitted: false,
    });
    await registry.admit(code, 'us');
    expect(await registry.identify(us.token)).toMatchObject({ admitted: true });
    expect(await statusOf(registry.admit(code, 'iran'))).toBe(404);

    const iran = await registry.join(code, 'iran', 'Persia');
    await registry.setAutoAdmit(code, true);
    expect(await registry.autoAdmit(code)).toBe(true);
    expect(await registry.identify(iran.token)).toMatchObject({ admitted: true });

    // Moving: only to a free party the session offers; the token follows the team.
    expect(await statusOf(registry.assign(code, 'us', 'iran'))).toBe(409);
    expect(await statusOf(registry.assign(code, 'us', 'lebanon'))).toBe(400);
    expect(await statusOf(registry.assign(code, 'israel', 'israel'))).toBe('ok');
    expect(await statusOf(registry.assign(code, 'israel', 'us'))).toBe(409);
    await registry.assign(code, 'us', 'israel');
    expect(await registry.identify(us.token)).toMatchObject({ party: 'israel', name: 'Envoys' });
    // The roster keeps the order of joining through a move.
    expect(await registry.teams(code)).toEqual([
      { party: 'israel', name: 'Envoys', admitted: true },
      { party: 'iran', name: 'Persia', admitted: true },
    ]);
    expect((await registry.info(code))?.taken.slice().sort()).toEqual(['iran', 'israel']);

    await registry.removeTeam(code, 'israel');
    expect(await registry.identify(us.token)).toBeNull();
    expect((await registry.join(code, 'israel', 'Galilee')).admitted).toBe(true);
  });

  it('races two moves to one free party: one wins', async () => {
    const registry = make(3_600_000);
    const { code } = await registry.create('sandbox', ['us', 'iran', 'israel'], true);
    await registry.join(code, 'us', 'A');
    await registry.join(code, 'iran', 'B');
    const moves = await Promise.all([
      statusOf(registry.assign(code, 'us', 'israel')),
      statusOf(registry.assign(code, 'iran', 'israel')),
    ]);
    expect(moves.slice().sort()).toEqual([409, 'ok']);
    expect((await registry.teams(code)).length).toBe(2);
  });

  it('ends a session: its tokens stop working and its code is unknown', async () => {
    const registry = make(3_600_000);
    const { code, teacherToken } = await registry.create('sandbox', ['us'], true);
    const team = await registry.join(code, 'us', 'A');
    await registry.end(code);
    expect(await registry.info(code)).toBeNull();
    expect(await registry.identify(teacherToken)).toBeNull();
    expect(await registry.identify(team.token)).toBeNull();
    expect(await registry.teams(code)).toEqual([]);
  });

  it('expires a session once its lifetime has passed', async () => {
    const registry = make(2000);
    const { code, teacherToken } = await registry.create('sandbox', ['us'], true);
    const team = await registry.join(code, 'us', 'A');
    expect(await registry.identify(team.token)).not.toBeNull();
    // The sqlite registry ends expired sessions in its sweep; Redis expires the keys itself.
    await expect
      .poll(
        async () => {
          await registry.expire();
          return registry.info(code);
        },
        { timeout: 10_000 },
      )
      .toBeNull();
    expect(await registry.identify(teacherToken)).toBeNull();
    expect(await registry.identify(team.token)).toBeNull();
  });
});
