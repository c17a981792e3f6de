/**
 * The registry in a shared Redis, for `serve` processes on several machines: every
 * process sees the same sessions, teams, admission and hashed tokens. Changes run as
 * Lua scripts (redisScripts.ts), so each is atomic; keys expire with their session.
 */
import type { Redis } from 'ioredis';
import {
  type Identity,
  REFUSALS,
  type Registry,
  type SessionInfo,
  type TeamRow,
} from './registry.ts';
import {
  ADMIT,
  ASSIGN,
  CREATE,
  END,
  IDENTIFY,
  JOIN,
  keys,
  PREFIX,
  REMOVE,
  SET_AUTO_ADMIT,
} from './redisScripts.ts';
import { newJoinCode, newToken, tokenHash } from './tokens.ts';

/** A team's record in its session's `t:CODE` hash. */
interface TeamRecord {
  readonly name: string;
  readonly token: string;
  readonly admitted: boolean;
  readonly seq: number;
}

/** Throws the refusal a script's status names; returns for 'OK' and the like. */
function check(status: unknown): void {
  if (status === 'NO_SESSION') throw REFUSALS.noSession();
  if (status === 'NOT_PLAYED') throw REFUSALS.notPlayed();
  if (status === 'TAKEN') throw REFUSALS.taken();
  if (status === 'NO_TEAM') throw REFUSALS.noTeam();
}

/** The registry over one Redis connection (commands only: not in subscriber mode). */
export class RedisRegistry implements Registry {
  constructor(
    private readonly redis: Redis,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private run(script: string, keyNames: readonly string[], args: readonly string[]) {
    return this.redis.eval(script, keyNames.length, ...keyNames, ...args);
  }

  async create(
    scenario: string,
    parties: readonly string[],
    autoAdmit = false,
  ): Promise<{ code: string; teacherToken: string }> {
    const teacherToken = newToken();
    const hash = tokenHash(teacherToken);
    const expires = String(this.now() + this.lifetimeMs);
    // A clash in 2^50 codes is unlikely; the script refuses it and a new code is drawn.
    for (;;) {
      const code = newJoinCode();
      const status = await this.run(
        CREATE,
        [keys.session(code), keys.token(hash)],
        [hash, scenario, JSON.stringify(parties), expires, autoAdmit ? '1' : '0', code],
      );
      if (status === 'OK') return { code, teacherToken };
    }
  }

  async info(code: string): Promise<SessionInfo | null> {
    const replies = await this.redis
      .multi()
      .hmget(keys.session(code), 'scenario', 'parties')
      .hkeys(keys.teams(code))
      .exec();
    const [scenario, parties] = (replies?.[0]?.[1] ?? []) as (string | null)[];
    if (scenario == null || parties == null) return null;
    return {
      code,
      scenario,
      parties: JSON.parse(parties) as string[],
      taken: (replies?.[1]?.[1] ?? []) as string[],
    };
  }

  async join(
    code: string,
    party: string,
    name: string,
  ): Promise<{ token: string; admitted: boolean }> {
    const token = newToken();
    const status = await this.run(
      JOIN,
      [keys.session(code), keys.teams(code), keys.token(tokenHash(token))],
      [party, name, tokenHash(token), code],
    );
    check(status);
    return { token, admitted: status === 'ADMITTED' };
  }

  async autoAdmit(code: string): Promise<boolean> {
    return (await this.redis.hget(keys.session(code), 'autoAdmit')) === '1';
  }

  async setAutoAdmit(code: string, on: boolean): Promise<void> {
    // An unknown code changes nothing, as in the sqlite registry.
    await this.run(SET_AUTO_ADMIT, [keys.session(code), keys.teams(code)], [on ? '1' : '0']);
  }

  async admit(code: string, party: string): Promise<void> {
    check(await this.run(ADMIT, [keys.teams(code)], [party]));
  }

  async assign(code: string, from: string, to: string): Promise<void> {
    check(await this.run(ASSIGN, [keys.session(code), keys.teams(code)], [from, to, code, PREFIX]));
  }

  async identify(token: string): Promise<Identity | null> {
    const hash = tokenHash(token);
    const raw = (await this.run(IDENTIFY, [keys.token(hash)], [PREFIX, hash])) as string | null;
    if (!raw) return null;
    const who = JSON.parse(raw) as {
      code: string;
      party?: string;
      name?: string;
      admitted?: boolean;
    };
    if (who.party === undefined) return { role: 'teacher', code: who.code };
    return {
      role: 'team',
      code: who.code,
      party: who.party,
      name: who.name ?? '',
      admitted: who.admitted === true,
    };
  }

  async teams(code: string): Promise<TeamRow[]> {
    const all = await this.redis.hgetall(keys.teams(code));
    return Object.entries(all)
      .map(([party, raw]) => ({ party, ...(JSON.parse(raw) as TeamRecord) }))
      .sort((a, b) => a.seq - b.seq)
      .map((t) => ({ party: t.party, name: t.name, admitted: t.admitted }));
  }

  async removeTeam(code: string, party: string): Promise<void> {
    await this.run(REMOVE, [keys.teams(code)], [party, PREFIX]);
  }

  async end(code: string): Promise<void> {
    await this.run(END, [keys.session(code), keys.teams(code), keys.documents(code)], [PREFIX]);
  }

  async expire(): Promise<string[]> {
    // Redis expires every key of a session on its own; the sweep finds what is gone.
    return [];
  }

  async close(): Promise<void> {
    // The connection is the session server's, shared with the document copies.
  }
}
