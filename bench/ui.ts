/**
 * UI bench (`npm run bench:ui`): builds the app, serves the static build on
 * 127.0.0.1 and measures, in headless Chromium,
 *  - the initial JavaScript: the gzip size (zlib's default level) of every JS file the
 *    page requests before it is ready, read from the build folder (what a host sends);
 *  - the step latency with a 300-step history: from a click on an event button to the
 *    screen showing the new posture, style and layout done (p50, p95 over 60 samples),
 *    and, for information, to the next frame after that.
 * Budgets: 140 kB gzip, 16 ms p95, with the stage open. They are reported, never asserted.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../tests/helpers/browser.ts';
import { ensureChromium } from '../tests/helpers/chromium.ts';
import { buildAndServe, type ServedApp } from '../tests/helpers/server.ts';
import { appReady } from '../tests/e2e/support/ready.ts';
import { eventLabel, longLine } from '../tests/e2e/support/model.ts';

const HISTORY_STEPS = 300;
const WARMUP = 5;
const SAMPLES = 60;
const US_REGION = 'United States posture';
/** How long a cold page may sit untouched before its initial JS is counted. */
const SETTLE_MS = 2000;

/** Nearest-rank percentile of a list of numbers. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Maps a request URL of the served app to its file in the build folder. */
function fileOf(app: ServedApp, url: string): string | null {
  if (!url.startsWith(app.url)) return null;
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(app.url).pathname.length));
  return `${app.outDir}${sep}${path.split('/').join(sep)}`;
}

/** The JS files the page fetched before it was ready, and their gzip sizes in bytes. */
function initialJs(app: ServedApp, requests: readonly { url: string; type: string }[]) {
  const scripts = [
    ...new Set(
      requests.filter((r) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url)).map((r) => r.url),
    ),
  ];
  return scripts.map((url) => {
    const file = fileOf(app, url);
    if (!file) return { file: url, gzip: 0 };
    return { file: relative(app.outDir, file), gzip: gzipSync(readFileSync(file)).length };
  });
}

/**
 * One sample, measured inside the page: click the enabled button whose text starts
 * with `label`, wait (mutation by mutation) until the United States diagram shows a
 * different active state, force style and layout, and read the clock; then wait for
 * the next frame (requestAnimationFrame, then a task) and read it again.
 *
 * Written as plain browser JavaScript in a string: tsx compiles inline functions with
 * a `__name` helper that does not exist in the page.
 */
const SAMPLE_IN_PAGE = `({ label, region }) => new Promise((resolve, reject) => {
  const activeText = () => Array.from(document.querySelectorAll('[aria-label="' + region + '"] [aria-current="true"]'))
    .map((node) => node.textContent).join('|');
  const button = Array.from(document.querySelectorAll('button')).find(
    (node) => (node.textContent || '').trim().startsWith(label) && node.getAttribute('aria-disabled') !== 'true');
  if (!button) return reject(new Error('no enabled button "' + label + '"'));
  const before = activeText();
  const timeout = setTimeout(() => reject(new Error('the screen did not change after "' + label + '"')), 5000);
  let start = 0;
  const observer = new MutationObserver(() => {
    if (activeText() === before) return;
    observer.disconnect();
    clearTimeout(timeout);
    document.body.getBoundingClientRect();
    const updated = performance.now() - start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ updated, frame: performance.now() - start });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  start = performance.now();
  button.click();
})`;

async function sampleStep(page: Page, label: string): Promise<{ updated: number; frame: number }> {
  return page.evaluate(
    `(${SAMPLE_IN_PAGE})(${JSON.stringify({ label, region: US_REGION })})`,
  ) as Promise<{ updated: number; frame: number }>;
}

/** Chromium's performance counters (durations in seconds), by name. */
async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function main(): Promise<void> {
  const chromiumPath = ensureChromium((line) => console.log(line));
  const app = await buildAndServe();
  const browser = await launchBrowser(chromiumPath);
  try {
    // 1. Initial JS: a fresh page, every request until the app is drawn.
    const cold = await openPage(browser);
    const typed: { url: string; type: string }[] = [];
    cold.page.on('request', (request) =>
      typed.push({ url: request.url(), type: request.resourceType() }),
    );
    await cold.page.goto(app.url);
    await appReady(cold);
    await cold.page.waitForLoadState('networkidle');
    // Work the app starts by itself a moment after load (an analysis worker, say) is part
    // of every first visit too: give it a quiet second and count what it fetched.
    await cold.page.waitForTimeout(SETTLE_MS);
    await cold.page.waitForLoadState('networkidle');
    const js = initialJs(app, typed);
    // Scripts started as Web Workers download at start too, but run off the main thread: name them.
    const workerFiles = new Set(
      cold.page
        .workers()
        .map((worker) => fileOf(app, worker.url()))
        .filter(Boolean)
        .map((file) => relative(app.outDir, file!)),
    );
    await cold.close();
    for (const file of js)
      console.log(
        `initial js: ${file.file} ${(file.gzip / 1024).toFixed(1)} kB gzip${workerFiles.has(file.file) ? ' (Web Worker)' : ''}`,
      );
    const initialKb = js.reduce((sum, file) => sum + file.gzip, 0) / 1024;
    const workerKb =
      js.filter((file) => workerFiles.has(file.file)).reduce((sum, file) => sum + file.gzip, 0) /
      1024;
    console.log(
      `initial js: ${js.length} files, ${(initialKb - workerKb).toFixed(1)} kB gzip on the main thread, ${workerKb.toFixed(1)} kB in Web Workers`,
    );

    // 2. Step latency on a 300-step line opened from a link.
    const line = longLine(HISTORY_STEPS);
    const warm = await openPage(browser);
    await warm.page.goto(`${app.url}#scenario=baseline-2024-01&steps=${line.join(',')}`);
    await appReady(warm);
    const slider = warm.page.getByRole('slider', { name: 'Step', exact: true });
    if ((await slider.count()) > 0)
      console.log(
        `history: timeline max ${await slider.first().getAttribute('max')} (expected ${HISTORY_STEPS})`,
      );
    const updated: number[] = [];
    const frames: number[] = [];
    // Chromium's own counters say where a step's time goes (script, style, layout), which
    // wall-clock samples on a busy machine cannot.
    const cdp = await warm.context.newCDPSession(warm.page);
    await cdp.send('Performance.enable');
    let before: Record<string, number> = {};
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      if (i === WARMUP) before = await metrics(cdp);
      const next = longLine(HISTORY_STEPS + i + 1)[HISTORY_STEPS + i]!;
      const sample = await sampleStep(warm.page, eventLabel(next));
      if (i < WARMUP) continue;
      updated.push(sample.updated);
      frames.push(sample.frame);
    }
    const after = await metrics(cdp);
    const perStep = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / SAMPLES;
    await warm.close();
    console.log(
      `per step (Chromium counters, mean): script ${perStep('ScriptDuration').toFixed(2)} ms, style ${perStep('RecalcStyleDuration').toFixed(2)} ms, layout ${perStep('LayoutDuration').toFixed(2)} ms, task ${perStep('TaskDuration').toFixed(2)} ms`,
    );

    // Timings on a shared machine depend on what else runs: say so next to the figures.
    console.log(
      `machine: ${availableParallelism()} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `samples: ${SAMPLES} steps after ${WARMUP} warm-up steps, history ${HISTORY_STEPS}..${HISTORY_STEPS + WARMUP + SAMPLES} steps`,
    );
    console.log(
      `ui.step_frame_p95_ms: ${percentile(frames, 95).toFixed(2)} (click to the next frame; informational)`,
    );
    console.log(`ui.initial_js_gzip_kb: ${initialKb.toFixed(1)}`);
    console.log(`ui.step_p50_ms: ${percentile(updated, 50).toFixed(2)}`);
    console.log(`ui.step_p95_ms: ${percentile(updated, 95).toFixed(2)}`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
