/**
 * Soak bench (`npm run bench:soak`), the app under load: one headless Chromium
 * session against the built app that
 *  1. imports a 10,000-step log (made in Node with the same engine) through the
 *     "Import log" input, and times it;
 *  2. then steps, goes back and forward and branches through the UI a few hundred
 *     times, timing each from the click to the updated screen (the timeline reads the
 *     expected "N of M played", style and layout done), and checks every screen against
 *     what the app's own session logic (src/app/state/session.ts, pure) predicts;
 *  3. reads the JS heap (after a forced GC, through CDP) before the import, after it
 *     and at the end, and exports the final line to check it replays.
 * Budget: a step at most 16 ms at the 95th percentile. Reported, never asserted.
 * The engine half (10,000 steps, export, import, replay) is tests/engine/soak.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { conflictModel } from '../machines/index.ts';
import {
  availabilityOf,
  availableEvents,
  currentLine,
  currentStep,
  readLog,
  replayLog,
  type StepResult,
} from '../src/engine/index.ts';
import {
  openSession,
  updateSession,
  type Session,
  type SessionAction,
} from '../src/app/state/session.ts';
import { openPage } from '../tests/helpers/browser.ts';
import { runScript, withServedApp } from '../tests/helpers/servedApp.ts';
import { appReady } from '../tests/e2e/support/ready.ts';
import { loadScenario, logJsonFor, longLine } from '../tests/e2e/support/model.ts';

const SCENARIO = 'baseline-2024-01';
const IMPORTED_STEPS = 10_000;
/** One cycle of UI operations; repeated CYCLES times (300 operations in all). */
const CYCLE = [
  'send',
  'send',
  'send',
  'back',
  'back',
  'back',
  'forward',
  'forward',
  'branch',
  'send',
] as const;
const CYCLES = Number(process.env.SOAK_CYCLES ?? 30);
const STEP_BUDGET_MS = 16;

type Operation = (typeof CYCLE)[number];
/** What to press, and the timeline text the screen must show afterwards. */
interface PlannedOp {
  readonly op: Operation;
  readonly press: { readonly event: string } | { readonly control: 'Back' | 'Forward' };
  readonly expect: string;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** The toggle that keeps a line going forever: the US halting and resuming strikes in Yemen. */
const toggleAfter = (step: StepResult) =>
  (step.postures.us as Record<string, string>).regional === 'counterstrikes'
    ? 'us.haltStrikes'
    : 'us.strikeHouthis';

/** The timeline's text for a session, as RunControls writes it. */
const timelineText = (s: Session) =>
  `${s.history.cursor} of ${currentLine(s.history).steps.length - 1} played`;

/** A branch's first event: the first enabled one (catalog order) that differs from the line's next input and keeps the toggle going. */
function branchEvent(session: Session): string {
  const at = currentStep(session.history);
  const ahead = currentLine(session.history).steps[session.history.cursor + 1]?.input;
  for (const candidate of availableEvents(session.sim, at)) {
    if (!candidate.enabled || candidate.type === ahead) continue;
    const after = updateSession(session, { type: 'send', event: candidate.type }).session;
    if (
      availabilityOf(
        session.sim,
        currentStep(after.history),
        toggleAfter(currentStep(after.history)),
      )?.enabled
    )
      return candidate.type;
  }
  throw new Error(`no branch event at step ${at.index}`);
}

/** Plans every operation with the app's own pure session logic, so each screen can be checked. */
function plan(imported: readonly StepResult[]): { ops: PlannedOp[]; final: Session } {
  let session = updateSession(openSession(loadScenario(SCENARIO)), {
    type: 'addLine',
    steps: imported,
  }).session;
  const ops: PlannedOp[] = [];
  for (let c = 0; c < CYCLES; c++) {
    for (const op of CYCLE) {
      let action: SessionAction;
      let press: PlannedOp['press'];
      if (op === 'back' || op === 'forward') {
        action = { type: op };
        press = { control: op === 'back' ? 'Back' : 'Forward' };
      } else {
        const event =
          op === 'branch' ? branchEvent(session) : toggleAfter(currentStep(session.history));
        action = { type: 'send', event };
        press = { event };
      }
      const next = updateSession(session, action);
      if (next.refusal) throw new Error(`planned ${op} was refused: ${next.refusal}`);
      session = next.session;
      ops.push({ op, press, expect: timelineText(session) });
    }
  }
  return { ops, final: session };
}

/**
 * One operation, timed inside the page: press the button, wait (mutation by mutation)
 * until the timeline shows the expected text, force style and layout, read the clock
 * (`updated`). Then wait for the next frame and a zero-delay timer queued from it, which
 * runs after the work the app defers until the frame is painted (saving, the link), and
 * read it again (`settled`: when the page can take the next click).
 */
function timeOperation(page: Page, op: PlannedOp): Promise<{ updated: number; settled: number }> {
  return page.evaluate(
    ({ press, expected }) =>
      new Promise<{ updated: number; settled: number }>((resolve, reject) => {
        const output = document.querySelector('output[for="timeline-step"]');
        const button =
          'event' in press
            ? document.querySelector<HTMLButtonElement>(`button[data-event="${press.event}"]`)
            : Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find(
                (b) => b.textContent?.trim() === press.control,
              );
        if (!output || !button)
          return reject(
            new Error(`missing ${output ? JSON.stringify(press) : 'the timeline output'}`),
          );
        if (button.getAttribute('aria-disabled') === 'true')
          return reject(new Error(`${JSON.stringify(press)} is disabled`));
        const timeout = setTimeout(
          () =>
            reject(
              new Error(`the screen did not reach "${expected}" (shows "${output.textContent}")`),
            ),
          30_000,
        );
        let start = 0;
        const observer = new MutationObserver(() => {
          if (output.textContent?.trim() !== expected) return;
          observer.disconnect();
          clearTimeout(timeout);
          document.body.getBoundingClientRect();
          const updated = performance.now() - start;
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ updated, settled: performance.now() - start }), 0),
          );
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        start = performance.now();
        button.click();
      }),
    { press: op.press, expected: op.expect },
  );
}

/** The used JS heap in MB after a forced garbage collection. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

/** Waits until the timeline shows `text`; returns how long that took from `since`. */
async function waitForTimeline(page: Page, text: string, since: number): Promise<number> {
  await page.waitForFunction(
    (t) => document.querySelector('output[for="timeline-step"]')?.textContent?.trim() === t,
    text,
    { timeout: 120_000, polling: 50 },
  );
  return performance.now() - since;
}

async function main(): Promise<void> {
  const started = performance.now();
  const inputs = longLine(IMPORTED_STEPS);
  const logText = logJsonFor(SCENARIO, inputs);
  const read = readLog('soak.json', logText);
  if (!read.ok) throw new Error('the generated log does not read');
  const replayed = replayLog(conflictModel, loadScenario(SCENARIO), read.log);
  if (!replayed.ok) throw new Error(`the generated log does not replay: ${replayed.message}`);
  const { ops, final } = plan(replayed.steps);
  console.log(
    `log: ${IMPORTED_STEPS} steps, ${read.log.transitions.length} transitions, ${(logText.length / 1024 / 1024).toFixed(1)} MB of JSON`,
  );

  await withServedApp(async ({ app, browser }) => {
    const opened = await openPage(browser);
    const { page } = opened;
    await page.goto(app.url);
    await appReady(opened);
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = await heapMb(cdp);

    const importStart = performance.now();
    await page.getByLabel('Import log').setInputFiles({
      name: 'soak.json',
      mimeType: 'application/json',
      buffer: Buffer.from(logText),
    });
    const importMs = await waitForTimeline(
      page,
      `${IMPORTED_STEPS} of ${IMPORTED_STEPS} played`,
      importStart,
    );
    const heapImported = await heapMb(cdp);
    console.log(`import: ${IMPORTED_STEPS}-step log shown after ${importMs.toFixed(0)} ms`);

    const timings: Record<Operation, number[]> = { send: [], back: [], forward: [], branch: [] };
    const settled: number[] = [];
    for (const [i, op] of ops.entries()) {
      try {
        const sample = await timeOperation(page, op);
        timings[op.op].push(sample.updated);
        settled.push(sample.settled);
      } catch (error) {
        throw new Error(
          `operation ${i + 1} (${op.op} ${JSON.stringify(op.press)}): ${(error as Error).message}`,
        );
      }
    }
    const heapAfter = await heapMb(cdp);

    // The line the UI ended on exports and replays like the one the plan predicts.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    const exported = readLog('exported.json', readFileSync(await download.path(), 'utf8'));
    const expectedInputs = currentLine(final.history)
      .steps.slice(1, final.history.cursor + 1)
      .map((s) => s.input);
    const exportReplay = exported.ok
      ? replayLog(conflictModel, loadScenario(SCENARIO), exported.log)
      : null;
    const exportProblem = !exported.ok
      ? `does not read: ${exported.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`
      : JSON.stringify(exported.log.inputs) !== JSON.stringify(expectedInputs)
        ? `has ${exported.log.inputs.length} inputs, expected ${expectedInputs.length}`
        : exportReplay && !exportReplay.ok
          ? `does not replay: ${exportReplay.message}`
          : null;
    // What survives a reload: the saved session and the link, as the app wrote them.
    const kept = await page.evaluate((key) => {
      const saved = localStorage.getItem(key);
      let cursor: number | null = null;
      let lines: number | null = null;
      try {
        const data = JSON.parse(saved ?? 'null') as { cursor?: number; lines?: unknown[] } | null;
        cursor = data?.cursor ?? null;
        lines = data?.lines?.length ?? null;
      } catch {
        // reported as null below
      }
      return { savedChars: saved?.length ?? 0, cursor, lines, hashChars: location.hash.length };
    }, `escalation-lab:session:${SCENARIO}`);
    const errors = opened.errors.filter((e) => e.startsWith('pageerror'));
    const alerts = (await page.getByRole('alert').allInnerTexts())
      .map((t) => t.trim())
      .filter(Boolean);
    await opened.close();

    const all = Object.values(timings).flat();
    for (const [op, list] of Object.entries(timings)) {
      console.log(
        `ui ${op}: ${list.length} × p50 ${percentile(list, 50).toFixed(2)} ms, p95 ${percentile(list, 95).toFixed(2)} ms, max ${Math.max(...list).toFixed(2)} ms`,
      );
    }
    console.log(
      `lines: ${final.history.lines.length} (${ops.filter((o) => o.op === 'branch').length} branches through the UI), final line ${currentLine(final.history).steps.length - 1} steps`,
    );
    console.log(
      `export of the final line: ${exportProblem ? `NO, it ${exportProblem}` : 'replays'}; page errors: ${errors.length ? errors.join(' | ') : 'none'}`,
    );
    const savedUpToDate =
      kept.cursor === final.history.cursor && kept.lines === final.history.lines.length;
    console.log(
      `saved session: ${(kept.savedChars / 1024 / 1024).toFixed(2)} MB, ${kept.lines} lines at step ${kept.cursor} (${savedUpToDate ? 'up to date' : `STALE: the page is at step ${final.history.cursor} with ${final.history.lines.length} lines`}); link: ${(kept.hashChars / 1024).toFixed(0)} kB`,
    );
    console.log(
      `alert shown at the end: ${alerts.length ? alerts.join(' | ').replace(/\s+/g, ' ') : 'none'}`,
    );
    console.log(`soak.import_ms: ${importMs.toFixed(0)}`);
    console.log(
      `soak.settle_p50_ms: ${percentile(settled, 50).toFixed(2)} (click until deferred work is done; informational)`,
    );
    console.log(`soak.settle_p95_ms: ${percentile(settled, 95).toFixed(2)}`);
    console.log(`soak.heap_imported_mb: ${heapImported.toFixed(1)}`);
    console.log(`soak.ui_operations: ${all.length}`);
    console.log(`soak.step_p50_ms: ${percentile(all, 50).toFixed(2)}`);
    console.log(`soak.step_max_ms: ${Math.max(...all).toFixed(2)}`);
    console.log(
      `soak.budget: p95 at most ${STEP_BUDGET_MS} ms: ${percentile(all, 95) <= STEP_BUDGET_MS ? 'within' : 'OVER'}; total ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`soak.steps: ${IMPORTED_STEPS + all.length}`);
    console.log(`soak.step_p95_ms: ${percentile(all, 95).toFixed(2)}`);
    console.log(`soak.heap_before_mb: ${heapBefore.toFixed(1)}`);
    console.log(`soak.heap_after_mb: ${heapAfter.toFixed(1)}`);
  });
}

runScript(main);
