/**
 * Real class-session servers, Redis and Yjs provider clients on loopback, for the
 * server tests, the browser test and the bench. Nothing here mocks the sync engine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  createSessionServer,
  type SessionServer,
  type SessionServerOptions,
} from '../../src/server/sessionServer.ts';

/** A session server on its own loopback HTTP server. */
export interface RunningSession {
  readonly origin: string;
  readonly wsUrl: string;
  readonly session: SessionServer;
  close(): Promise<void>;
}

/** Starts a session server in this process on 127.0.0.1 and a free (or given) port. */
export async function startSessionServer(
  options: SessionServerOptions,
  port = 0,
): Promise<RunningSession> {
  const session = await createSessionServer(options);
  const http: Server = createServer((req, res) => {
    if (!session.handleRequest(req, res)) res.writeHead(404).end();
  });
  session.attach(http);
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const actual = (http.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    wsUrl: `ws://127.0.0.1:${actual}/session`,
    session,
    async close() {
      await session.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Calls the session API; returns the status and the parsed body. */
export async function api(
  origin: string,
  action: string,
  body: unknown,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${origin}/session/api/${action}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A provider client in Node with its document. */
export interface Client {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves when synced; rejects with the server's reason when refused. */
  readonly ready: Promise<void>;
  close(): void;
}

/** Connects a provider client to one document with a token. */
export function connect(wsUrl: string, name: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  let settle!: { ok: () => void; fail: (e: Error) => void };
  const ready = new Promise<void>((ok, fail) => (settle = { ok, fail }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => settle.ok(),
    onAuthenticationFailed: ({ reason }) => settle.fail(new Error(reason)),
  });
  // A provider on a socket it did not make must be attached to it (provider 3.x).
  provider.attach();
  ready.catch(() => undefined);
  return {
    doc,
    provider,
    ready,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `check` holds, polling every 10 ms; rejects after `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

/** A real redis-server (Debian's) on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
