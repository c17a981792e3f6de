/**
 * The control channel between linked `serve` processes (Redis pub/sub on
 * `escalation-lab:control`): what one process decides about a session that the others
 * must act on at once. Ending a session drops its connections and deletes its documents
 * on every process; removing or moving a team drops that team's connections everywhere.
 * A message lost (a process restarting) is made good by each process's sweep.
 */
import type { Redis } from 'ioredis';

/** The channel every linked process subscribes to. */
export const CONTROL_CHANNEL = 'escalation-lab:control';

/** One decision the other processes act on. */
export type ControlMessage =
  | { readonly kind: 'end'; readonly code: string }
  | { readonly kind: 'release'; readonly code: string; readonly party: string };

/** A message as read off the channel, or null for anything malformed or from this process. */
export function parseControl(raw: string, self: string): ControlMessage | null {
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (value.from === self || typeof value.code !== 'string') return null;
    if (value.kind === 'end') return { kind: 'end', code: value.code };
    if (value.kind === 'release' && typeof value.party === 'string')
      return { kind: 'release', code: value.code, party: value.party };
  } catch {
    // Falls through: not a message of ours.
  }
  return null;
}

/** The channel for one process: publish on a command connection, listen on its own. */
export class ControlChannel {
  private subscriber: Redis | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly processId: string,
  ) {}

  /** Subscribes (a connection of its own: a subscribed connection takes no commands). */
  async listen(handle: (message: ControlMessage) => void): Promise<void> {
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== CONTROL_CHANNEL) return;
      const message = parseControl(raw, this.processId);
      if (message) handle(message);
    });
    await subscriber.subscribe(CONTROL_CHANNEL);
  }

  /** Tells every other process. */
  async publish(message: ControlMessage): Promise<void> {
    await this.redis.publish(CONTROL_CHANNEL, JSON.stringify({ ...message, from: this.processId }));
  }

  /** Closes the listening connection. */
  close(): void {
    this.subscriber?.disconnect();
  }
}
