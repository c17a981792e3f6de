/**
 * Everything a `serve` process needs to be linked to others through one Redis: the
 * shared registry, the document copies, the control channel and Hocuspocus's Redis
 * extension (which carries each document's updates between the processes).
 */
import { randomUUID } from 'node:crypto';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis } from 'ioredis';
import { ControlChannel } from './control.ts';
import { RedisDocuments } from './redisDocuments.ts';
import { RedisRegistry } from './redisRegistry.ts';

/**
 * The Redis extension without its store lock. The lock lets one process at a time store
 * a document into a database they share; here each process stores into its own file
 * (and its own copy in Redis), so the lock would only make a process skip a store and
 * its file miss the latest change.
 */
class UnlockedRedisExtension extends RedisExtension {
  override async onStoreDocument(): Promise<void> {}
}

/** A process's link to the others. */
export interface RedisLink {
  readonly registry: RedisRegistry;
  readonly copies: RedisDocuments;
  readonly control: ControlChannel;
  readonly extension: RedisExtension;
  /** Closes this link's own connections (the extension closes its own on destroy). */
  close(): Promise<void>;
}

/** Connects to `redis://host:port`. */
export function linkRedis(url: string, lifetimeMs: number): RedisLink {
  const processId = randomUUID();
  const redis = new Redis(url);
  return {
    registry: new RedisRegistry(redis, lifetimeMs),
    copies: new RedisDocuments(redis, processId),
    control: new ControlChannel(redis, processId),
    extension: new UnlockedRedisExtension({ redis, prefix: 'escalation-lab' }),
    async close() {
      this.control.close();
      await redis.quit();
    },
  };
}
