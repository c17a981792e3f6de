import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.ts';

/**
 * Drives headless Chromium for the browser tests, the UI bench and the screenshots:
 * launch with the flags that stop Chromium's background networking (this machine's
 * network is closed, and nothing may leave localhost), record every request a page
 * makes, and run axe-core in the page.
 */

/**
 * Chromium flags. Without the background-networking flags Chromium tries Google's
 * hosts at start and on timers; those requests would fail here and would break the
 * "nothing leaves localhost" promise elsewhere.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Launches headless Chromium. Playwright gives every non-persistent launch a fresh
 * `--user-data-dir` of its own (made with mkdtemp and removed on close); it refuses
 * that flag in `args`, and a persistent context would share storage between tests,
 * so we rely on that fresh profile and isolate each test in its own context.
 */
export async function launchBrowser(executablePath = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** A page in its own context, with every request it made. */
export interface RecordedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request URL the context saw (its pages and their workers), in order. */
  readonly requests: string[];
  /** Uncaught page errors and console errors, to explain a failing test. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens a fresh context (own storage, downloads accepted) and a page that records its requests. */
export async function openPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    // The built site ships a Content-Security-Policy; the tests run under it, as users do.
    bypassCSP: false,
    viewport: options.viewport ?? { width: 1366, height: 900 },
    // Reduced motion keeps play/transitions from animating under the tests.
    reducedMotion: 'reduce',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const onRequest = (request: Request) => requests.push(request.url());
  context.on('request', onRequest);
  // A missing element should fail a test in seconds, with Playwright's message, not at the test timeout.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, requests, errors, close: () => context.close() };
}

/** True for a URL that stays on this machine: the served origin, `data:`, `blob:` or `about:`. */
export function isLocalRequest(url: string, origin: string): boolean {
  return url === origin || url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** axe-core's browser bundle, read once from node_modules. */
function readAxeSource(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** One axe violation, reduced to what a failing assertion should print. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Injects axe-core into the page and returns the violations with impact `serious`
 * or `critical` (the project's bar); an empty list means the view passes.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = () => page.evaluate(() => 'axe' in window);
  if (!(await loaded())) {
    // A script tag is what a person's extension would add; the app's CSP (script-src
    // 'self') refuses inline scripts, and then we evaluate the same source through
    // the DevTools protocol, which a page's CSP does not govern.
    await page.addScriptTag({ content: readAxeSource() }).catch(() => undefined);
    if (!(await loaded())) await page.evaluate(readAxeSource());
  }
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const results = await axe.run();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}
