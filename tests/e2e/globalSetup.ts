import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../helpers/chromium.ts';
import { buildAndServe } from '../helpers/server.ts';

/**
 * Runs once before the browser tests: makes sure a Chromium exists (installing Debian's
 * on a fresh root Debian machine), builds the app once and serves the static build.
 * Test files read the address with `inject('appUrl')`.
 */

declare module 'vitest' {
  /** Values the e2e global setup hands to every browser test file. */
  export interface ProvidedContext {
    /** The served build, ending in `/`. */
    appUrl: string;
    /** The served origin, to check that requests stay local. */
    appOrigin: string;
    /** The Chromium binary to launch. */
    chromiumPath: string;
    /** Where the build was written (to measure the shipped JS). */
    appOutDir: string;
  }
}

/** Vitest global setup for the e2e project; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium((line) => console.log(line));
  const app = await buildAndServe();
  project.provide('appUrl', app.url);
  project.provide('appOrigin', app.origin);
  project.provide('chromiumPath', chromiumPath);
  project.provide('appOutDir', app.outDir);
  return () => app.close();
}
