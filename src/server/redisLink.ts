/**
 * Everything a `serve` process needs to be linked to others through one Redis: the
 * shared registry, the document copies, the control channel and Hocuspocus's Redis
 * extension (which carries each document's updates between the processes).
 */
import { randomUUID } from 'node:crypto';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { onChangePayload } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { ControlChannel } from './control.ts';
import { RedisDocuments } from './redisDocuments.ts';
import { RedisRegistry } from './redisRegistry.ts';

/**
 * The Redis extension for processes that each keep their own file. Its lock lets one
 * process at a time store a document into a database they share, and it leaves changes
 * that came through Redis for the process that received them from a client to store.
 * Here each process stores into its own file (and its own copy in Redis): the lock would
 * only make a process skip a store, and a file would hold only its own clients' changes.
 * So no lock, and every change is stored by every process that has the document open.
 */
class PerProcessRedisExtension extends RedisExtension {
  override async onStoreDocument(): Promise<void> {}

  override async onChange(data: onChangePayload): Promise<void> {
    await super.onChange(data);
    // Hocuspocus logs a failed store itself; the next change stores the whole state again.
    if (data.transactionOrigin === this.redisTransactionOrigin)
      await data.instance.storeDocumentHooks(data.document, data).catch(() => undefined);
  }
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

/** Connects to `redis://[:password@]host:port`; each process gets an id of its own. */
export function linkRedis(url: string, lifetimeMs: number): RedisLink {
  const processId = randomUUID();
  const redis = new Redis(url);
  const control = new ControlChannel(redis, processId);
  return {
    registry: new RedisRegistry(redis, lifetimeMs),
    copies: new RedisDocuments(redis, processId),
    control,
    extension: new PerProcessRedisExtension({ redis, prefix: 'escalation-lab' }),
    async close() {
      control.close();
      await redis.quit();
    },
  };
}
