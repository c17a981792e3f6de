import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { ensureChromium } from './chromium.ts';
import { buildAndServe, type ServedApp } from './server.ts';

/** The built app on a local port and a Chromium to drive it. */
export interface AppAndBrowser {
  readonly app: ServedApp;
  readonly browser: Browser;
}

/**
 * Builds and serves the app, launches Chromium, runs `work`, then closes both whatever
 * happens: the setup every script that drives the real app shares (UI bench, soak,
 * screenshots). Chromium is looked for first, so a machine without it fails at once.
 */
export async function withServedApp<T>(work: (run: AppAndBrowser) => Promise<T>): Promise<T> {
  const chromiumPath = ensureChromium((line) => console.log(line));
  const app = await buildAndServe();
  try {
    const browser = await launchBrowser(chromiumPath);
    try {
      return await work({ app, browser });
    } finally {
      await browser.close();
    }
  } finally {
    await app.close();
  }
}

/** Runs a script's main: on failure, one line on stderr and exit 1 (no stack trace). */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
