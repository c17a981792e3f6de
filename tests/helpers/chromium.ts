import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Finds a Chromium for the browser tests and the UI bench, without ever downloading one
 * from a test tool's own CDN (those downloads fail on closed networks and are not
 * reproducible). Order: `CHROME_PATH`, Debian's `/usr/bin/chromium`, then a browser a
 * user installed for Playwright.
 */

/** Debian's Chromium, the browser the project's standards name. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The one line printed when no browser can be found or installed. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: set CHROME_PATH to a Chromium binary, or install one (Debian/Ubuntu: sudo apt-get install -y chromium).';

/** Raised when no Chromium is available; its message is a single line saying how to get one. */
export class ChromiumNotFoundError extends Error {
  constructor(message = NO_CHROMIUM_MESSAGE) {
    super(message);
    this.name = 'ChromiumNotFoundError';
    // One line, no stack: the message already says what to do, and a stack of test
    // runner frames would bury it.
    this.stack = `${this.name}: ${message}`;
  }
}

/** Browsers a user installed with Playwright (`~/.cache/ms-playwright/chromium-*`), newest first. */
function playwrightCacheCandidates(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium-'))
    .sort()
    .reverse()
    .flatMap((name) => [
      join(cache, name, 'chrome-linux', 'chrome'),
      join(cache, name, 'chrome-linux64', 'chrome'),
    ]);
}

/** Returns the first existing Chromium binary, or `undefined` when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    // An explicit path that does not exist is a mistake worth reporting, not skipping.
    if (!existsSync(fromEnv))
      throw new ChromiumNotFoundError(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return [DEBIAN_CHROMIUM, ...playwrightCacheCandidates()].find((path) => existsSync(path));
}

/** True when this process may install Debian packages itself (root on Debian). */
function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

/**
 * Returns a Chromium binary; on a fresh Debian machine running as root it installs
 * Debian's `chromium` once (so `npm install && npm test` passes), otherwise it throws
 * a {@link ChromiumNotFoundError} with one line saying how to get one.
 */
export function ensureChromium(log: (line: string) => void = () => {}): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new ChromiumNotFoundError();
  log('No Chromium found; installing Debian package "chromium" with apt-get (once).');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch {
    throw new ChromiumNotFoundError(`apt-get install chromium failed. ${NO_CHROMIUM_MESSAGE}`);
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new ChromiumNotFoundError();
  return DEBIAN_CHROMIUM;
}
