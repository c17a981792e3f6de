import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

/**
 * Builds the app with Vite's JS API and serves the static build on 127.0.0.1, for the
 * browser tests, the UI bench and the screenshot script. The static build is what a
 * school deploys, so that (not the dev server) is what the tests exercise.
 */

/** The repository root (two levels above this file). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's Vite config; it decides the app's root and pages, we only move outDir. */
const CONFIG_FILE = join(REPO_ROOT, 'vite.config.ts');

/** A built app served on a free localhost port. */
export interface ServedApp {
  /** Origin plus base path, always ending in `/`, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** The origin alone, to check that requests stay on this machine. */
  readonly origin: string;
  /** Absolute path of the build output. */
  readonly outDir: string;
  /** Stops the server and deletes the build output (when this helper created it). */
  close(): Promise<void>;
}

/**
 * Runs a production build into `outDir`.
 *
 * Vitest sets `NODE_ENV=test`, and Vite keeps an already-set NODE_ENV for the bundle,
 * which would ship React's development build; we force `production` for the build only.
 */
export async function buildApp(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: CONFIG_FILE,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** Serves an existing build with `vite preview` on 127.0.0.1 and a free port. */
export async function serveBuild(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started but reported no local URL');
  return { server, url: url.endsWith('/') ? url : `${url}/` };
}

/** Builds the app into a fresh temporary folder and serves it; `close()` cleans both up. */
export async function buildAndServe(): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'escalation-lab-build-'));
  await buildApp(outDir);
  const { server, url } = await serveBuild(outDir);
  return {
    url,
    origin: new URL(url).origin,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
