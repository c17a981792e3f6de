/**
 * One process, one port: the built site and the session server on one HTTP server
 * (what `escalation-lab serve` runs), and the address a class joins.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import {
  createSessionServer,
  type SessionServer,
  type SessionServerOptions,
} from './sessionServer.ts';
import { staticSite } from './staticSite.ts';

/** What `serve` starts. */
export interface ServeOptions extends SessionServerOptions {
  readonly port: number;
  /** Listen on every interface (the school network) instead of localhost only. */
  readonly host: boolean;
  /** The built site folder, or null to serve the session only. */
  readonly site: string | null;
}

/** A running site-and-session server. */
export interface Served {
  readonly http: Server;
  readonly session: SessionServer;
  /** Addresses to open: localhost first, then each network address when `host` is set. */
  readonly addresses: readonly string[];
  close(): Promise<void>;
}

/** The machine's IPv4 network addresses (what a class types or scans). */
export function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

/** Starts the server; rejects with the listen error (port in use, permission). */
export async function serve(options: ServeOptions): Promise<Served> {
  const session = await createSessionServer(options);
  const site = options.site ? staticSite(options.site) : null;
  const http = createServer((request, response) => {
    if (session.handleRequest(request, response)) return;
    if (site) return site(request, response);
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
  session.attach(http);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ? '0.0.0.0' : '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const addresses = [
    `http://localhost:${port}/`,
    ...(options.host ? networkAddresses().map((a) => `http://${a}:${port}/`) : []),
  ];
  return {
    http,
    session,
    addresses,
    async close() {
      await session.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
