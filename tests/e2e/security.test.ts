import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLog } from '../../src/engine/index.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/build/cspPlugin.ts';
import { isLocalRequest, launchBrowser } from '../helpers/browser.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';
import {
  BASELINE,
  chooseExport,
  chooseFile,
  control,
  eventButton,
  linePicker,
  openPanel,
} from './support/contract.ts';
import { appReady, useApp } from './support/app.ts';
import { eventLabel, logJsonFor, playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

/**
 * Issue 6, security of the page: scenario and log text is data (shown as text, never
 * run), the built site carries its Content-Security-Policy and nothing it does
 * violates it, and with the inspector off no request leaves the page's own origin.
 */

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

/** Markup that would run, or make an element, if any of it were treated as HTML. Each sets `window.__pwned`. */
const PAYLOADS = {
  script: `<script>window.__pwned = 'script'</script>`,
  img: `<img src="x-pwn" onerror="window.__pwned = 'img'" data-pwn>`,
  link: `<a href="javascript:window.__pwned = 'link'" data-pwn>read more</a>`,
  svg: `<svg onload="window.__pwned = 'svg'" data-pwn><circle r="9"/></svg>`,
  handler: `<div onmouseover="window.__pwned = 'handler'" onclick="window.__pwned = 'click'" data-pwn>hover here</div>`,
  breakout: `"><iframe srcdoc="<script>parent.__pwned = 'iframe'</script>" data-pwn></iframe>`,
  bareUrl: `javascript:window.__pwned = 'bare'`,
} as const;

/** A copy of the baseline whose every text a person reads holds markup. */
function markupScenario(id = 'markup-test'): Record<string, any> {
  const s = baselineJson();
  s.id = id;
  s.title = `Markup ${PAYLOADS.script} test`;
  s.summary = `Summary ${PAYLOADS.img}`;
  s.learningObjectives = [`Objective ${PAYLOADS.link}`];
  // One objective left, so the classroom kit's alignment (validated on load) must name it.
  for (const row of s.classroom.alignment) row.objective = 1;
  s.classroom.roleSheets[0].constraints[0] = `Constraint ${PAYLOADS.script}`;
  s.brief.whatIsIt = `What ${PAYLOADS.svg}`;
  s.brief.howItWorks = `How ${PAYLOADS.handler}`;
  s.brief.howToUseIt = `Use ${PAYLOADS.breakout}`;
  s.brief.thingsToNotice = [`Notice ${PAYLOADS.bareUrl}`];
  s.brief.thingsToTry = [`Try ${PAYLOADS.img}`];
  s.roles[0].wants = `Wants ${PAYLOADS.script}`;
  s.sources[0].title = `Source ${PAYLOADS.img}`;
  s.sources[0].publisher = `Publisher ${PAYLOADS.link}`;
  s.sources[0].note = `Note ${PAYLOADS.handler}`;
  s.script[0].narration = `Narration ${PAYLOADS.svg}`;
  s.script[0].question = `Question ${PAYLOADS.breakout}`;
  return s;
}

/** Watches a page for anything the data could make happen: dialogs, and `window.__pwned`. */
async function watchForCode(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Elements and attributes that only markup from the data could have made; empty when all is text. */
async function injectedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`);
        if (attribute.name === 'data-pwn') found.push(`<${tag} data-pwn>`);
        if (/^\s*javascript:/i.test(attribute.value))
          found.push(`<${tag} ${attribute.name}="javascript:…">`);
      }
      if (tag === 'script' && !element.getAttribute('src')) found.push('<script> without src');
      if (['iframe', 'object', 'embed', 'img'].includes(tag)) found.push(`<${tag}>`);
    }
    return found;
  });
}

/**
 * Moves the mouse over, focuses and clicks every element whose text shows the data's
 * markup (links aside: following one is a person's choice), then checks nothing ran.
 */
async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  await page.evaluate(() => {
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (
        !(element instanceof HTMLElement) ||
        element.closest('a[href]') ||
        !/data-pwn|__pwned/.test(element.textContent ?? '')
      )
        continue;
      for (const type of ['mouseover', 'mouseenter', 'focus'])
        element.dispatchEvent(new Event(type, { bubbles: true }));
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  });
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    'window.__pwned',
  ).toBeUndefined();
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(await injectedNodes(page), 'elements made from the data').toEqual([]);
}

/**
 * Whether the page holds this exact string as text: in what it shows (`innerText`), or
 * with `hidden`, in any text node (collapsed sections included). Markup parsed as HTML
 * would lose its tags from both.
 */
function pageHasText(
  page: Page,
  text: string,
  where: 'shown' | 'hidden' = 'shown',
): Promise<boolean> {
  return page.evaluate(
    ([t, w]) =>
      ((w === 'shown' ? document.body.innerText : document.body.textContent) ?? '').includes(t!),
    [text, where] as const,
  );
}

/** Exports the log as JSON and returns the file's text. */
async function exportJson(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), chooseExport(page, 'JSON')]);
  return readFileSync(await download.path(), 'utf8');
}

describe('scenario and log text is data', () => {
  it('should show a scenario file full of markup as text, run none of it, and export and import its log', async () => {
    const { page, errors } = await app.open();
    const dialogs = await watchForCode(page);
    const scenario = markupScenario();
    await chooseFile(
      page,
      'Open scenario file',
      'markup-test.json',
      JSON.stringify(scenario, null, 2),
    );
    await expect
      .poll(() => page.title(), { message: 'the markup scenario opened' })
      .toContain('Markup <script>');
    await expect
      .poll(() => pageHasText(page, scenario.title), { message: 'the title shown as text' })
      .toBe(true);
    await control(page, 'Next step').click();
    await expect
      .poll(() => pageHasText(page, scenario.script[0].narration), {
        message: 'the narration shown as text',
      })
      .toBe(true);
    // The summary is on the scenario's gallery card (the gallery loads when opened).
    await openPanel(page, 'Gallery');
    await page.getByRole('region', { name: 'Scenario gallery' }).waitFor();
    await page.keyboard.press('Escape');
    for (const field of [
      scenario.summary,
      scenario.brief.whatIsIt,
      scenario.brief.howItWorks,
      scenario.brief.howToUseIt,
      scenario.sources[0].title,
    ]) {
      expect(await pageHasText(page, field, 'hidden'), `kept as text: ${field}`).toBe(true);
    }
    await expectNothingRan(page, dialogs);

    // Its log carries the same strings; exported and imported again, still only text.
    const log = await exportJson(page);
    const read = readLog('markup-test-log.json', log);
    expect(read.ok && read.log.scenario.title).toBe(scenario.title);
    await chooseFile(page, 'Import log', 'markup-test-log.json', log);
    await expect
      .poll(() => linePicker(page).locator('option').count(), { message: 'the imported line' })
      .toBe(2);
    await expectNothingRan(page, dialogs);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  it('should show the markup of a refused log (its name, its scenario id, an edited transition) as text and run none of it', async () => {
    const { page } = await app.open();
    const dialogs = await watchForCode(page);
    const good = JSON.parse(logJsonFor(BASELINE.id, BASELINE.script));

    const otherScenario = structuredClone(good);
    otherScenario.scenario.id = PAYLOADS.img;
    await chooseFile(page, 'Import log', `${PAYLOADS.svg}.json`, JSON.stringify(otherScenario));
    const alert = page.getByRole('alert').filter({ hasText: 'data-pwn' });
    await alert.first().waitFor();
    expect(await alert.first().textContent()).toContain(PAYLOADS.svg);
    await expectNothingRan(page, dialogs);

    const edited = structuredClone(good);
    edited.transitions[0].description = PAYLOADS.handler;
    await chooseFile(page, 'Import log', 'edited.json', JSON.stringify(edited));
    const refusal = page.getByRole('alert').filter({ hasText: 'onmouseover' });
    await refusal.first().waitFor();
    // The refusal quotes the edited value as JSON ("…"), so its inner quotes are escaped.
    expect(await refusal.first().textContent()).toContain(
      JSON.stringify(PAYLOADS.handler).slice(1, -1),
    );
    await expectNothingRan(page, dialogs);
  });

  it('should refuse a scenario whose source link is a javascript: URL, show the problem as text and make no such link', async () => {
    const { page } = await app.open();
    const dialogs = await watchForCode(page);
    const scenario = markupScenario('javascript-link');
    scenario.sources[0].url = PAYLOADS.bareUrl;
    await chooseFile(page, 'Open scenario file', 'javascript-link.json', JSON.stringify(scenario));
    const alert = page.getByRole('alert').filter({ hasText: '/sources/0/url' });
    await alert.first().waitFor();
    await expectNothingRan(page, dialogs);
    expect(await page.title()).not.toContain('Markup');
  });
});

describe('the Content-Security-Policy of the built site', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser(inject('chromiumPath'));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** A page with the policy enforced (unlike the shared fixture, which bypasses it for axe) that records every violation. */
  async function enforcedPage(): Promise<Page> {
    await context?.close();
    context = await browser.newContext({
      acceptDownloads: true,
      bypassCSP: false,
      reducedMotion: 'reduce',
    });
    await context.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
      document.addEventListener('securitypolicyviolation', (e) =>
        list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    return context.newPage();
  }
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  it('should put the policy in a meta tag, first in the head, on every built page', async () => {
    const page = await enforcedPage();
    for (const path of ['', 'handout.html']) {
      const response = await page.goto(app.url(path));
      if (path && response?.status() === 404) continue;
      const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
      expect(await meta.count(), `${path || 'index.html'}: one CSP meta`).toBe(1);
      expect(await meta.getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
      // A meta policy governs only what follows it: nothing loadable may come before.
      const before = await page.evaluate(() => {
        const tag = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
        return Array.from(document.head.children)
          .slice(0, Array.from(document.head.children).indexOf(tag))
          .map((e) => e.tagName.toLowerCase());
      });
      expect(
        before.filter((t) => t !== 'meta'),
        `${path || 'index.html'}: before the policy`,
      ).toEqual([]);
    }
  });

  it('should be enforced: an inline script added to the page does not run and is reported', async () => {
    const page = await enforcedPage();
    await page.goto(app.url());
    await appReady({ page });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect
      .poll(() => violations(page), { message: 'a violation for the inline script' })
      .toContainEqual(expect.stringMatching(/^script-src(-elem)? inline/));
    expect(
      await page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
    ).toBeUndefined();
  });

  it('should raise no violation while a person steps, branches, exports, imports and reloads', async () => {
    const page = await enforcedPage();
    await page.goto(app.url());
    await appReady({ page });
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await control(page, 'Back').click();
    await control(page, 'Back').click();
    await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await openPanel(page, 'Inspector');
    await page.getByRole('button', { name: /Show inspector events/ }).click();
    // Escape closes the drawer, so the panels below the stage are in reach again.
    await page.keyboard.press('Escape');
    const log = await exportJson(page);
    await Promise.all([page.waitForEvent('download'), chooseExport(page, 'CSV')]);
    await chooseFile(page, 'Import log', 'exported.json', log);
    await expect.poll(() => linePicker(page).locator('option').count()).toBe(3);
    await chooseFile(
      page,
      'Open scenario file',
      'mine.json',
      JSON.stringify({ ...baselineJson(), id: 'csp-copy', title: 'A copy for the CSP test' }),
    );
    await expect.poll(() => page.title()).toContain('A copy for the CSP test');
    // The analysis panels load on request and answer from their Web Worker (worker-src 'self'), under the policy too.
    await page.getByRole('button', { name: 'Show analysis', exact: true }).click();
    await page
      .getByText(/Searched [\d,]+ reachable joint postures|Odds updated/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await violations(page), 'violations before the reload').toEqual([]);
    await page.reload();
    await appReady({ page });
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!, 'after the reload');
    expect(await violations(page), 'violations after the reload').toEqual([]);
  });

  it('should let the opt-in Stately Inspector start under the policy: its code from the site, its window at stately.ai', async () => {
    const page = await enforcedPage();
    // stately.ai is answered here, so the test needs no network and nothing leaves the machine.
    const outside: string[] = [];
    await context!.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      outside.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>inspector stand-in</title>',
      });
    });
    await page.goto(app.url());
    await appReady({ page });
    await control(page, 'Next step').click();
    await openPanel(page, 'Inspector');
    const [popup] = await Promise.all([
      context!.waitForEvent('page'),
      page.getByLabel('Connect Stately Inspector').check(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https:\/\/stately\.ai\/inspect/);
    expect(
      outside.every((url) => url.startsWith('https://stately.ai/')),
      `only stately.ai was asked for: ${outside.join(', ')}`,
    ).toBe(true);
    await control(page, 'Next step').click();
    expect(await violations(page), 'violations with the inspector on').toEqual([]);
    await page.getByLabel('Connect Stately Inspector').uncheck();
    await popup.close();
  });
});

describe('privacy: a whole session with the inspector off stays on this machine', () => {
  it('should request only the page’s own origin, data: and blob: while stepping, going back, branching, exporting, importing and reloading', async () => {
    const { page, requests } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await control(page, 'Back').click();
    await control(page, 'Forward').click();
    await control(page, 'Back').click();
    await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
    await expect.poll(() => linePicker(page).locator('option').count()).toBe(2);
    let log = '';
    for (const format of ['JSON', 'CSV', 'JSON Lines']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chooseExport(page, format),
      ]);
      if (format === 'JSON') log = readFileSync(await download.path(), 'utf8');
    }
    await chooseFile(page, 'Import log', 'branch.json', log);
    await expect.poll(() => linePicker(page).locator('option').count()).toBe(3);
    await chooseFile(
      page,
      'Open scenario file',
      'markup-test.json',
      JSON.stringify(markupScenario()),
    );
    await expect.poll(() => page.title()).toContain('Markup');
    await page.getByRole('button', { name: 'Show analysis', exact: true }).click();
    await page
      .getByText(/Searched [\d,]+ reachable joint postures|Odds updated/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.reload();
    await appReady({ page });
    await page.goto(app.url('handout.html'));
    await page.waitForLoadState('networkidle');
    expect(requests.length, 'the page loaded something').toBeGreaterThan(3);
    expect(requests.filter((url) => !isLocalRequest(url, app.origin))).toEqual([]);
  });
});
