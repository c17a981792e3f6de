import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, wholeNumber } from '../args.ts';
import type { Command } from '../context.ts';

/** A Redis URL's host and port, never its password. */
function redisHost(url: string): string {
  return new URL(url).host;
}

/** The built site next to the package (`npm run build` makes it). */
const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * `serve [--port N] [--host] [--data FILE] [--redis URL]`: the built site and the class
 * session server from one process and one port, for a school server. With `--redis`
 * (`redis://[:PASSWORD@]HOST:PORT`) several such processes, on one machine or several,
 * share sessions. Keeps running until stopped (Ctrl+C); a failure to listen is one line
 * on stderr and exit 1.
 */
export const serveCommand: Command = {
  usage: 'serve [--port N] [--host] [--data FILE] [--redis URL] [--site DIR]',
  summary: 'Serve the built site and the class session server on one port (Ctrl+C stops).',
  run(argv, io) {
    const args = parseArgs(argv, { values: ['port', 'data', 'redis', 'site'], switches: ['host'] });
    if (args.positionals.length > 0) throw new UsageError('serve takes no positional arguments');
    const port =
      args.values.port === undefined ? 8080 : wholeNumber(args.values.port, 'port', 0, 65535);
    const redis = args.values.redis;
    if (redis !== undefined && !/^redis:\/\/[^/\s]+$/.test(redis))
      throw new UsageError('--redis needs redis://HOST:PORT (or redis://:PASSWORD@HOST:PORT)');
    const siteDir = args.values.site ?? DIST;
    const site = existsSync(siteDir) ? siteDir : null;
    const dataFile = args.values.data ?? 'escalation-lab-sessions.sqlite';
    // Loaded on use: the other commands never pay for sqlite, Yjs and Hocuspocus.
    import('../../server/listen.ts')
      .then(({ serve }) =>
        serve({ port, host: args.switches.has('host'), site, dataFile, redisUrl: redis }),
      )
      .then((served) => {
        if (!site)
          io.err(
            `escalation-lab serve: no built site at ${siteDir} (run npm run build); ` +
              'serving the session only\n',
          );
        io.out(
          redis
            ? `escalation-lab serve: class sessions shared through Redis at ${redisHost(redis)}, ` +
                `documents stored in ${dataFile}\n`
            : `escalation-lab serve: class sessions stored in ${dataFile}\n`,
        );
        for (const address of served.addresses) io.out(`  ${address}\n`);
        const stop = () => void served.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      })
      .catch((error: unknown) => {
        io.err(`escalation-lab serve: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      });
    return 0;
  },
};
