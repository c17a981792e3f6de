import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { readLog } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/validate.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';
import {
  BASELINE,
  chooseFile,
  control,
  eventButton,
  linePicker,
  logRows,
  sessionHash,
} from './support/contract.ts';
import { appReady, useApp } from './support/app.ts';
import { eventLabel, logJsonFor, playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

/**
 * Issue 6 in the browser: every bad link, bad saved data and bad file of
 * docs/reliability.md ("In the browser") gets a visible message, opens something
 * sensible (never a blank page) and, for files, keeps the session exactly as it was.
 * One test per row of that table.
 */

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);
const SESSION_KEY = `escalation-lab:session:${BASELINE.id}`;

/** The page is not blank: the app (or its error screen) drew readable text. */
async function expectNotBlank(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText.trim());
  expect(text.length, 'the page shows text').toBeGreaterThan(100);
}

/** Waits for a visible alert (or status) whose text matches; returns its text. */
async function expectMessage(page: Page, pattern: RegExp, what: string): Promise<string> {
  const message = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: pattern });
  await expect
    .poll(() => message.count(), {
      message: `a visible message about ${what} (matching ${pattern})`,
      timeout: 5_000,
    })
    .toBeGreaterThan(0);
  expect(await message.first().isVisible(), `the message about ${what} is visible`).toBe(true);
  return (await message.first().innerText()).trim();
}

/** No uncaught error in the page (console errors are allowed: the boundary logs one). */
function expectNoPageError(errors: readonly string[]): void {
  expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
}

describe('links', () => {
  it('should name every garbage field of a link and open the default scenario at its start', async () => {
    const { page, errors } = await app.open(
      '#scenario=%3Cscript%3E&steps=%25%25,%20&at=-1&role=!!',
    );
    await expectPostures(page, script[0]!, 'the default scenario at its start');
    const text = await expectMessage(page, /scenario id that is not valid/i, 'the scenario id');
    expect(text).toMatch(/steps that are not event types/i);
    expect(text).toMatch(/not a whole number/i);
    await expectNotBlank(page);
    expectNoPageError(errors);
  });

  it('should say so when a link is garbage with no field the app knows', async () => {
    const { page, errors } = await app.open('#%E0%A4%A&&==;;garbage');
    await expectPostures(page, script[0]!, 'the default scenario at its start');
    await expectMessage(page, /link/i, 'a link the app could not read');
    await expectNotBlank(page);
    expectNoPageError(errors);
  });

  it('should open a truncated link as far as it goes and name the cut-off step', async () => {
    const full = sessionHash(BASELINE.id, BASELINE.script);
    const { page, errors } = await app.open(
      full.slice(0, full.indexOf('hezbollah.rejectProposal') + 'hezbollah.rej'.length),
    );
    await expectPostures(page, script[1]!, 'the steps before the cut');
    await expectMessage(page, /hezbollah\.rej/, 'the cut-off step');
    await expectNotBlank(page);
    expectNoPageError(errors);
  });

  it('should name an unknown scenario id and open the default scenario', async () => {
    const { page, errors } = await app.open(sessionHash('no-such-scenario', BASELINE.script));
    await expectPostures(page, script[0]!, 'the default scenario at its start');
    await expectMessage(page, /no-such-scenario/, 'the unknown scenario');
    await expectNotBlank(page);
    expectNoPageError(errors);
  });

  it('should open a step past the end of the line at its last step and say so', async () => {
    const { page, errors } = await app.open(sessionHash(BASELINE.id, BASELINE.script, 99));
    await expectPostures(page, script[3]!, 'the last step of the line');
    await expectMessage(page, /99/, 'the step past the end');
    await expectNotBlank(page);
    expectNoPageError(errors);
  });
});

/** Opens the app, puts `entries` into its localStorage, and opens it again without a link. */
async function reopenWithStorage(
  entries: Record<string, string>,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await app.open();
  await opened.page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, entries);
  await opened.page.goto(app.url());
  await appReady(opened);
  return opened;
}

describe('storage', () => {
  it('should say that corrupt saved data could not be used, and start afresh', async () => {
    const { page, errors } = await reopenWithStorage({
      [SESSION_KEY]: '{"version":1,"lines":[{"id":',
      'escalation-lab:last-scenario': BASELINE.id,
    });
    await expectPostures(page, script[0]!, 'a fresh start');
    await expectMessage(page, /saved/i, 'the corrupt saved session');
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!, 'the fresh session works');
    expectNoPageError(errors);
  });

  it('should say that saved data from an older version could not be used, and start afresh', async () => {
    const old = JSON.stringify({ version: 0, scenario: BASELINE.id, steps: ['us.tableProposal'] });
    const { page, errors } = await reopenWithStorage({
      [SESSION_KEY]: old,
      'escalation-lab:last-scenario': BASELINE.id,
    });
    await expectPostures(page, script[0]!, 'a fresh start');
    await expectMessage(page, /saved/i, 'the old saved session');
    expectNoPageError(errors);
  });

  it('should keep the session in memory and say so when storage is full', async () => {
    const entry = await app.blank();
    await entry.context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await entry.page.goto(app.url());
    await appReady(entry);
    const { page, errors } = entry;
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await control(page, 'Back').click();
    await expectPostures(page, script[2]!, 'the session is kept in memory');
    await control(page, 'Forward').click();
    await expectPostures(page, script[3]!, 'the whole line is kept in memory');
    await expectMessage(page, /stor|sav/i, 'the full storage');
    expectNoPageError(errors);
  });
});

/** What must not change when a file is refused: the link (line inputs and step), the line picked, the postures, the log. */
async function sessionMark(page: Page) {
  return {
    hash: await page.evaluate(() => location.hash),
    line: await linePicker(page).inputValue(),
    rows: await logRows(page).count(),
  };
}

/** A session with two lines, on the branch, one step before its end: a refused file must leave all of it alone. */
async function branchedSession(): Promise<{
  page: Page;
  errors: string[];
  before: Awaited<ReturnType<typeof sessionMark>>;
}> {
  const { page, errors } = await app.open(sessionHash(BASELINE.id, BASELINE.script, 1));
  await expectPostures(page, script[1]!);
  await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
  await control(page, 'Back').click();
  await expectPostures(page, script[1]!, 'back at the fork');
  await expect.poll(() => linePicker(page).locator('option').count()).toBe(2);
  return { page, errors, before: await sessionMark(page) };
}

/** Imports a log that must be refused; checks the message and that nothing moved. */
async function expectRefusedLog(name: string, text: string, pattern: RegExp): Promise<string> {
  const { page, errors, before } = await branchedSession();
  await chooseFile(page, 'Import log', name, text);
  const message = await expectMessage(page, pattern, `the refused log ${name}`);
  expect(message).toContain(name);
  expect(await sessionMark(page), 'the session is kept: same line, same step').toEqual(before);
  await expectPostures(page, script[1]!, 'the same postures');
  expectNoPageError(errors);
  return message;
}

const goodLog = logJsonFor(BASELINE.id, BASELINE.script);

describe('files', () => {
  it('should list every problem of a broken scenario file with its pointer, and keep the session', async () => {
    const broken = baselineJson();
    broken.minutes = 'forty';
    broken.script[0].colour = 'red';
    broken.script[1].event = 'no.such.event';
    const text = JSON.stringify(broken, null, 2);
    const check = parseScenario(conflictModel, 'broken.json', text);
    expect(check.ok).toBe(false);
    const pointers = check.ok ? [] : check.problems.map((p) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/minutes', '/script/0/colour']));

    const { page, errors, before } = await branchedSession();
    await chooseFile(page, 'Open scenario file', 'broken.json', text);
    const message = await expectMessage(page, /broken\.json/, 'the broken scenario file');
    for (const pointer of pointers)
      expect(message, `the problem at ${pointer} is shown`).toContain(pointer);
    expect(await sessionMark(page), 'the session is kept').toEqual(before);
    expectNoPageError(errors);
  });

  it('should refuse a truncated log and keep the session', async () => {
    const truncated = goodLog.slice(0, Math.floor(goodLog.length / 2));
    expect(readLog('t.json', truncated).ok).toBe(false);
    await expectRefusedLog('truncated.json', truncated, /could not be read|not a log/i);
  });

  it('should refuse a hand-edited log, naming the first difference, and keep the session', async () => {
    const edited = JSON.parse(goodLog);
    edited.transitions[0].to = 'handEdited';
    await expectRefusedLog('edited.json', JSON.stringify(edited), /handEdited/);
  });

  it('should refuse a log of another scenario version and keep the session', async () => {
    const other = logJsonFor(BASELINE.id, BASELINE.script, {
      fingerprint: 'sha256:0000000000000000',
    });
    await expectRefusedLog('other-version.json', other, /another version/i);
  });

  it('should refuse a log in a newer format and keep the session', async () => {
    const newer = JSON.parse(goodLog);
    newer.version = 2;
    await expectRefusedLog('newer.json', JSON.stringify(newer), /newer/i);
  });
});

describe('the error boundary', () => {
  it('should show a message and an export of the last good log when drawing fails, never a blank page', async () => {
    const { page } = await app.open();
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    // A fault in drawing, injected from outside: the ladder plot formats its points with
    // toFixed, so the next step's render throws inside React, as a bug would.
    await page.evaluate(() => {
      Number.prototype.toFixed = function toFixed() {
        throw new Error('injected drawing fault');
      };
    });
    await control(page, 'Next step').click();
    await page.getByRole('heading', { name: /hit a problem/i }).waitFor({ timeout: 5_000 });
    await expectMessage(page, /injected drawing fault/, 'the crash');
    const exportButton = page.getByRole('button', { name: /export/i });
    expect(await exportButton.count(), 'an export button on the error screen').toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportButton.first().click(),
    ]);
    const path = await download.path();
    const read = readLog(download.suggestedFilename(), readFileSync(path, 'utf8'));
    expect(read.ok, 'the exported log reads').toBe(true);
    if (read.ok)
      expect(
        read.log.inputs.length,
        'the exported log holds the steps taken',
      ).toBeGreaterThanOrEqual(1);
    expect(
      await page.evaluate(() => document.body.innerText.trim().length),
      'not a blank page',
    ).toBeGreaterThan(20);
  });
});
