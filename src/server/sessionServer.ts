/**
 * The class-session server (issue 12): Hocuspocus on a caller's HTTP server, under
 * `/session` only, with token authentication, read-only connections, persistence to
 * the process's sqlite file, payload limits, throttling and expiry. Without Redis the
 * registry lives in that file too; with Redis it lives in Redis, and processes on
 * several machines share sessions (redisLink.ts). The Vite plugin and
 * `escalation-lab serve` both mount this.
 */
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  API_PATH,
  isSubmission,
  parseDocName,
  SESSION_PATH,
  teamDoc,
} from '../classroom/protocol.ts';
import { accessTo } from './access.ts';
import { handleApi } from './api.ts';
import type { ControlMessage } from './control.ts';
import { FailureThrottle } from './joinThrottle.ts';
import { LocalDocuments, openDataFile } from './localDocuments.ts';
import { linkRedis } from './redisLink.ts';
import type { Identity, Registry } from './registry.ts';
import { SqliteRegistry } from './sqliteRegistry.ts';

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
  /** The documents this process stores in its own file. */
  readonly documents: LocalDocuments;
  readonly hocuspocus: Hocuspocus;
  /** Takes a WebSocket upgrade under `/session`; returns false for any other path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Answers a request under `/session/api`; returns false for any other path. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** Listens for upgrades on an HTTP(S) server (the app's own). */
  attach(server: EventEmitter): void;
  /** Deletes this process's data of sessions the registry no longer knows (at start, then every minute). */
  sweep(): Promise<void>;
  /** Stores every open document, closes every connection and the data file. */
  close(): Promise<void>;
}

/** The client's address, for throttling. */
export function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

/** The session code of a document name (its first segment). */
function codeOf(name: string): string {
  return name.split('/')[0]!;
}

/**
 * Starts a session server (no port of its own: it lives on the caller's HTTP server).
 * Resolves once it listens on the control channel, so a linked process misses no message.
 */
export async function createSessionServer(options: SessionServerOptions): Promise<SessionServer> {
  const lifetimeMs = options.lifetimeMs ?? 12 * 3_600_000;
  const db = openDataFile(options.dataFile);
  const documents = new LocalDocuments(db);
  const link = options.redisUrl ? linkRedis(options.redisUrl, lifetimeMs) : null;
  const registry: Registry = link ? link.registry : new SqliteRegistry(db, lifetimeMs);
  const failures = new FailureThrottle();
  const extensions: Extension[] = [
    // Connections per address per minute; a class behind one school NAT needs headroom.
    new Throttle({ throttle: 600, consideredSeconds: 60, banTime: 1 }),
    new Database({
      // The local copy and every linked process's copy: Yjs merges them without loss.
      fetch: async ({ documentName }) => {
        const local = documents.fetch(documentName);
        const states = [
          ...(local ? [local] : []),
          ...(link ? await link.copies.fetch(documentName) : []),
        ];
        if (states.length === 0) return null;
        return states.length === 1 ? states[0]! : Y.mergeUpdates(states);
      },
      // An ended session's documents unload after it is deleted: never write them back.
      // With Redis out of reach the change is kept here all the same (nothing a client
      // sent is lost); the sweep deletes it should the session have ended meanwhile.
      store: async ({ documentName, state }) => {
        const ref = parseDocName(documentName);
        if (!ref) return;
        const live = link
          ? await link.copies.store(ref.code, documentName, state).catch(() => true)
          : (await registry.info(ref.code)) !== null;
        if (live) documents.store(documentName, state);
      },
    }),
  ];
  if (link) extensions.push(link.extension);
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
      const identity = await registry.identify(token);
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

  /** Drops every connection to a session's documents here and deletes what this file holds. */
  function endHere(code: string): void {
    for (const name of hocuspocus.documents.keys()) {
      if (codeOf(name) === code) hocuspocus.closeConnections(name);
    }
    documents.deleteSession(code);
  }

  /** Drops the connections a team opened here as `party` (the teacher's stay open). */
  function dropPartyHere(code: string, party: string): void {
    for (const [name, document] of hocuspocus.documents) {
      if (codeOf(name) !== code) continue;
      for (const connection of document.getConnections()) {
        const who = (connection.context as { identity?: Identity } | undefined)?.identity;
        if (who?.role === 'team' && who.party === party) connection.close();
      }
    }
  }

  function onControl(message: ControlMessage): void {
    if (message.kind === 'end') endHere(message.code);
    else dropPartyHere(message.code, message.party);
  }

  /** After the registry ended a session: acts here, then tells every linked process. */
  async function closeSession(code: string): Promise<void> {
    endHere(code);
    await link?.control.publish({ kind: 'end', code });
  }

  /**
   * Frees a party after its team was removed or moved: drops the connections the team
   * opened as `party`, here and on every linked process (they must stop reading and
   * writing at once), and retires the team's last submission, so the next team to play
   * the party never has it applied as its own. The submission's id stays as `floor`:
   * the next team's ids go on above it, past the teacher's last verdict for the party.
   */
  async function releaseParty(code: string, party: string): Promise<void> {
    dropPartyHere(code, party);
    await link?.control.publish({ kind: 'release', code, party });
    const direct = await hocuspocus.openDirectConnection(teamDoc(code, party));
    await direct.transact((doc) => {
      const map = doc.getMap('team');
      const last = map.get('submission');
      if (!isSubmission(last)) return;
      map.set('floor', Math.max(last.id, Number(map.get('floor') ?? 0)));
      map.delete('submission');
    });
    // The transaction above is stored already; with Redis, Hocuspocus holds a direct
    // connection's disconnect for a second so linked processes can sync, which the
    // teacher's request need not wait for.
    direct.disconnect().catch(() => undefined);
  }

  let sweeping = false;
  async function sweep(): Promise<void> {
    if (sweeping) return;
    sweeping = true;
    try {
      for (const code of await registry.expire()) endHere(code);
      // Sessions ended or expired elsewhere (a control message missed while restarting).
      const codes = new Set([
        ...documents.sessionCodes(),
        ...[...hocuspocus.documents.keys()].map(codeOf),
      ]);
      for (const code of codes) if (!(await registry.info(code))) endHere(code);
    } finally {
      sweeping = false;
    }
  }
  const timer = setInterval(() => {
    // A Redis briefly out of reach: the next sweep tries again.
    sweep().catch(() => undefined);
  }, 60_000);
  timer.unref();
  await link?.control.listen(onControl);
  // Sessions that ended while this process was down leave nothing behind in its file.
  await sweep().catch(() => undefined);

  const server: SessionServer = {
    registry,
    documents,
    hocuspocus,
    sweep,
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
      clearInterval(timer);
      hocuspocus.closeConnections();
      await Promise.all(
        [...hocuspocus.documents.values()].map((d) => hocuspocus.unloadDocument(d)),
      );
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await registry.close();
      await link?.close();
      db.close();
    },
  };
  return server;
}
