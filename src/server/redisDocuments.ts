/**
 * Each process's copy of the documents it stores, kept in Redis beside the registry, so
 * a process that never had a document open (a teacher sent to another machine after a
 * reload, a process started after the others) starts it from what the others stored.
 * Each process writes only its own copy (one field per document and process): copies
 * never overwrite each other, and merging Yjs states loses nothing. The copies expire
 * with their session and are deleted when it ends (redisScripts.ts END).
 */
import type { Redis } from 'ioredis';
import { keys, STORE_COPY } from './redisScripts.ts';

/** The separator between a document's name and a process id in a copy's field. */
const SEP = '\u0000';

/** The copies of one process, over one Redis connection. */
export class RedisDocuments {
  constructor(
    private readonly redis: Redis,
    private readonly processId: string,
  ) {}

  /** Every process's stored copy of a document (none when the session has none). */
  async fetch(name: string): Promise<Uint8Array[]> {
    const code = name.split('/')[0]!;
    const all = await this.redis.hgetallBuffer(keys.documents(code));
    return Object.entries(all)
      .filter(([field]) => field.startsWith(`${name}${SEP}`))
      .map(([, state]) => new Uint8Array(state));
  }

  /**
   * Stores this process's copy while the session lives; returns whether it does (an
   * ended or expired session's document is written nowhere, not even locally).
   */
  async store(code: string, name: string, state: Uint8Array): Promise<boolean> {
    const done = await this.redis.eval(
      STORE_COPY,
      2,
      keys.session(code),
      keys.documents(code),
      `${name}${SEP}${this.processId}`,
      Buffer.from(state),
    );
    return done === 1;
  }
}
