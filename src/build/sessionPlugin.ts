/**
 * The class session on `npm start` (issue 12): mounts the session server on Vite's own
 * dev server, so the app and the session share one command and one port. WebSocket
 * upgrades under `/session` go to Hocuspocus (Vite's HMR socket is left alone); the
 * JSON API under `/session/api` answers before Vite's own middleware.
 *
 * With `npm start -- --host` Vite listens on the network; this plugin then prints the
 * address a class joins. Data goes to `.sessions/dev.sqlite` (git-ignored), or to
 * `ESCALATION_SESSION_DATA`; `ESCALATION_SESSION_REDIS` links several servers.
 */
import type { Plugin } from 'vite';

/** The Vite plugin (dev server only: the static build needs no server). */
export function sessionPlugin(): Plugin {
  return {
    name: 'escalation-lab:session',
    apply: 'serve',
    async configureServer(server) {
      const http = server.httpServer;
      if (!http) return; // middleware mode: no HTTP server of Vite's own to mount on
      // Loaded here, not at the top: `vite build` and the tests never open the data file.
      const { mkdirSync } = await import('node:fs');
      const { createSessionServer } = await import('../server/sessionServer.ts');
      const { networkAddresses } = await import('../server/listen.ts');
      const dataFile = process.env.ESCALATION_SESSION_DATA ?? '.sessions/dev.sqlite';
      if (!process.env.ESCALATION_SESSION_DATA) mkdirSync('.sessions', { recursive: true });
      const session = await createSessionServer({
        dataFile,
        redisUrl: process.env.ESCALATION_SESSION_REDIS,
      });
      session.attach(http);
      server.middlewares.use((req, res, next) => {
        if (!session.handleRequest(req, res)) next();
      });
      http.once('listening', () => {
        const address = http.address();
        const port = typeof address === 'object' && address ? address.port : null;
        const host = server.config.server.host;
        if (port && (host === true || host === '0.0.0.0')) {
          for (const ip of networkAddresses())
            server.config.logger.info(`  Class session: join at http://${ip}:${port}/`);
        }
      });
      http.once('close', () => void session.close());
    },
  };
}
