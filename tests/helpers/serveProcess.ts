/**
 * `escalation-lab serve` as a real child process on loopback, for tests that kill a
 * server or run two of them against one Redis.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './server.ts';

/** A running `serve` process. */
export interface ServeProcess {
  readonly origin: string;
  readonly wsUrl: string;
  readonly exited: Promise<void>;
  /** The process id (the bench reads its memory). */
  readonly pid: number;
  /** SIGKILL: the process gets no chance to tidy up. */
  kill(): void;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `serve` with the given flags (no built site: the session only); waits for its address. */
export async function startServeProcess(flags: readonly string[]): Promise<ServeProcess> {
  const bin = join(REPO_ROOT, 'bin', 'escalation-lab.js');
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--site', join(REPO_ROOT, 'no-site'), ...flags],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let exitedFlag = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exitedFlag = true;
      resolve();
    }),
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/localhost:(\d+)\//.exec(out);
      if (found) resolve(`http://127.0.0.1:${found[1]}`);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    void exited.then(() => reject(new Error(`serve exited: ${err.trim()}`)));
  });
  return {
    origin,
    wsUrl: `${origin.replace('http', 'ws')}/session`,
    exited,
    pid: child.pid!,
    kill: () => child.kill('SIGKILL'),
    async stop() {
      if (exitedFlag) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
