import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser, openPage, type RecordedPage } from '../../helpers/browser.ts';
import { appReady } from './ready.ts';

export { appReady };

/**
 * The per-file browser fixture: one Chromium per test file, a fresh context (own
 * storage, own downloads) per test, closed after it. Addresses come from the e2e
 * global setup through `inject`.
 */

/** What a browser test gets from {@link useApp}. */
export interface AppFixture {
  /** Absolute URL of a path inside the served build (`''` is the app itself). */
  url(path?: string): string;
  /** The served origin (`http://127.0.0.1:PORT`). */
  readonly origin: string;
  /** Opens a fresh context at `path` and waits until the app (or `ready`) is ready. */
  open(
    path?: string,
    options?: {
      ready?: (opened: RecordedPage) => Promise<void>;
      viewport?: { width: number; height: number };
    },
  ): Promise<RecordedPage>;
  /** Opens a fresh context without navigating (for tests that set storage first). */
  blank(): Promise<RecordedPage>;
}

/** Registers the hooks and returns the fixture; call once at the top of a test file. */
export function useApp(): AppFixture {
  let browser: Browser | undefined;
  const opened: RecordedPage[] = [];
  const base = inject('appUrl');

  beforeAll(async () => {
    browser = await launchBrowser(inject('chromiumPath'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((entry) => entry.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const url = (path = '') => new URL(path, base).href;
  const blank = async (viewport?: { width: number; height: number }) => {
    if (!browser)
      throw new Error('useApp(): the browser is not launched yet (call open() inside a test)');
    const entry = await openPage(browser, viewport ? { viewport } : {});
    opened.push(entry);
    return entry;
  };
  return {
    url,
    origin: inject('appOrigin'),
    blank: () => blank(),
    async open(path = '', options = {}) {
      const entry = await blank(options.viewport);
      await entry.page.goto(url(path));
      await (options.ready ?? appReady)(entry);
      return entry;
    },
  };
}
