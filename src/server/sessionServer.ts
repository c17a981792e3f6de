/**
 * The class-session server (issue 12): Hocuspocus on a caller's HTTP server, under
 * `/session` only, with token authentication, read-only connections, persistence to
 * the sqlite registry, optional Redis for several processes, payload limits,
 * throttling and expiry. The Vite plugin and `escalation-lab serve` both mount this.
 */
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import {
  API_PATH,
  isSubmission,
  parseDocName,
  SESSION_PATH,
  teamDoc,
} from '../classroom/protocol.ts';
import { accessTo } from './access.ts';
import { handleApi } from './api.ts';
import { FailureThrottle } from './joinThrottle.ts';
import { type Identity, Registry } from './registry.ts';

/** How a session server runs. */
export interface SessionServerOptions {
  /** The sqlite file (created when missing); ':memory:' keeps nothing. */
  readonly dataFile: string;
  /** A Redis URL (`redis://host:port`) to link several processes; none for one process. */
  readonly redisUrl?: string;
  /** How long a session lives after it starts (default 12 hours). */
  readonly lifetimeMs?: number;
  /** Largest WebSocket message accepted, in bytes (default 512 KiB). */
  readonly maxPayload?: number;
}

/** A running session server: hand it upgrades and requests, close it when done. */
export interface SessionServer {
  readonly registry: Registry;
  readonly hocuspocus: Hocuspocus;
  /** Takes a WebSocket upgrade under `/session`; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Answers a request under `/session/api`; returns false for any other path. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** Listens for upgrades on an HTTP(S) server (the app's own). */
  attach(server: EventEmitter): void;
  /** Stores every open document, closes every connection and the data file. */
  close(): Promise<void>;
}

/** The client's address, for throttling. */
export function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

/** `redis://host:port` as the Redis extension's host and port. */
function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'escalation-lab',
  });
}

/** Starts a session server (no port of its own: it lives on the caller's HTTP server). */
export function createSessionServer(options: SessionServerOptions): SessionServer {
  const registry = new Registry(options.dataFile, options.lifetimeMs ?? 12 * 3_600_000);
  const failures = new FailureThrottle();
  const extensions: Extension[] = [
    // Connections per address per minute; a class behind one school NAT needs headroom.
    new Throttle({ throttle: 600, consideredSeconds: 60, banTime: 1 }),
    new Database({
      fetch: async ({ documentName }) => registry.fetchDocument(documentName),
      // An ended session's documents unload after it is deleted: never write them back.
      store: async ({ documentName, state }) => {
        const ref = parseDocName(documentName);
        if (ref && registry.info(ref.code)) registry.storeDocument(documentName, state);
      },
    }),
  ];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl));
  const hocuspocus = new Hocuspocus({
    name: 'escalation-lab',
    quiet: true,
    // Store on every change: a server killed mid-round must lose no submitted move.
    debounce: 0,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig, request }) {
      const address = clientAddress(request);
      if (!failures.allowed(address))
        throw new Error('Too many failed attempts: wait a few minutes.');
      const identity = registry.identify(token);
      const access = accessTo(identity, documentName);
      if (access === 'refuse') {
        failures.fail(address);
        throw new Error('This token may not open that document.');
      }
      connectionConfig.readOnly = access === 'read';
      // Kept on the connection, so a removed or moved team's connections can be found.
      return { identity };
    },
  });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? 512 * 1024,
  });
  const sweep = setInterval(() => {
    for (const code of registry.expire()) closeSession(code);
  }, 60_000);
  sweep.unref();

  /** Drops every connection to a session's documents (after it ended or expired). */
  function closeSession(code: string): void {
    for (const name of hocuspocus.documents.keys()) {
      if (name.startsWith(`${code}/`)) hocuspocus.closeConnections(name);
    }
  }

  /**
   * Frees a party after its team was removed or moved: drops the connections the team
   * opened as `party` (they must stop reading and writing at once; the teacher's stay
   * open) and retires the team's last submission, so the next team to play the party
   * never has it applied as its own. The submission's id stays as `floor`: the next
   * team's ids go on above it, past the teacher's last verdict for the party.
   */
  async function releaseParty(code: string, party: string): Promise<void> {
    for (const [name, document] of hocuspocus.documents) {
      if (!name.startsWith(`${code}/`)) continue;
      for (const connection of document.getConnections()) {
        const who = (connection.context as { identity?: Identity } | undefined)?.identity;
        if (who?.role === 'team' && who.party === party) connection.close();
      }
    }
    const direct = await hocuspocus.openDirectConnection(teamDoc(code, party));
    await direct.transact((doc) => {
      const map = doc.getMap('team');
      const last = map.get('submission');
      if (!isSubmission(last)) return;
      map.set('floor', Math.max(last.id, Number(map.get('floor') ?? 0)));
      map.delete('submission');
    });
    await direct.disconnect();
  }

  const server: SessionServer = {
    registry,
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== SESSION_PATH && !path.startsWith(`${SESSION_PATH}/`)) return false;
      sockets.handleUpgrade(request, socket, head, (ws) =>
        hocuspocus.handleConnection(ws, request),
      );
      return true;
    },
    handleRequest(request, response) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (!path.startsWith(`${API_PATH}/`)) return false;
      void handleApi(request, response, {
        registry,
        failures,
        closeSession,
        releaseParty,
      });
      return true;
    },
    attach(http) {
      http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        server.handleUpgrade(request, socket, head);
      });
    },
    async close() {
      clearInterval(sweep);
      hocuspocus.closeConnections();
      await Promise.all(
        [...hocuspocus.documents.values()].map((d) => hocuspocus.unloadDocument(d)),
      );
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      registry.close();
    },
  };
  return server;
}
