import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DETAIL_PANELS } from '../../src/app/components/DetailNav.tsx';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { control, openPanel, postureRegion } from './support/contract.ts';
import { useApp } from './support/app.ts';

/**
 * The detail panels open beside the stage (a sheet over it on a phone), one click or
 * key each, and load their code when first opened: the first screen fetches only what
 * it draws.
 */
const app = useApp();
const PROJECTOR = { width: 1280, height: 720 };

/** The drawer, a non-modal dialog named after its panel. */
const drawer = (page: Page, label: string) =>
  page.getByRole('dialog', { name: label, exact: true });

/** The id of the focused element. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * The site header's controls that something else covers: at the centre of each,
 * `document.elementFromPoint` is not the control (or inside it).
 */
const coveredHeaderControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header select, header button')]
      .filter((control) => {
        const r = control.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !hit || !(hit === control || control.contains(hit));
      })
      .map((control) => control.id || control.textContent?.trim() || control.tagName),
  );

/** The script files the page asked for, by file name. */
const scripts = (requests: readonly string[]) =>
  requests.filter((url) => /\.js(\?|$)/.test(url)).map((url) => new URL(url).pathname);

describe('the detail drawer', () => {
  it('should open each panel beside the stage, move the focus in, and return it on Escape', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    for (const panel of DETAIL_PANELS) {
      await openPanel(page, panel.label);
      const open = drawer(page, panel.label);
      await open.waitFor();
      await expect.poll(() => focusedId(page), { message: panel.label }).toBe(panel.id);
      // Beside the stage: the drawer is on screen, and the run controls stay usable.
      const box = (await open.boundingBox())!;
      expect(box.x, `${panel.label} drawer starts on screen`).toBeGreaterThan(0);
      expect(box.x + box.width, `${panel.label} drawer ends on screen`).toBeLessThanOrEqual(
        PROJECTOR.width + 1,
      );
      expect(await control(page, 'Next step').isVisible()).toBe(true);
      // Below the header: Scenario, View as and Presenter mode stay usable while it is open.
      expect(await coveredHeaderControls(page), `${panel.label} drawer`).toEqual([]);
      const presenter = page.getByRole('button', { name: 'Presenter mode', exact: true });
      const top = (await page.locator('header.site-header').boundingBox())!;
      expect(box.y, `${panel.label} drawer starts below the header`).toBeGreaterThanOrEqual(
        Math.floor(top.y + top.height),
      );
      expect(await presenter.isVisible()).toBe(true);
      const findings = await seriousAxeViolations(page);
      expect(
        findings.map((f) => `${f.id} at ${f.targets.join(', ')}`),
        `${panel.label} panel`,
      ).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => drawer(page, panel.label).count()).toBe(0);
      await expect.poll(() => focusedId(page)).toBe(`open-${panel.id}`);
    }
  });

  it('should open a panel with its key and close it with Close', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    await page.keyboard.press('1');
    const diagrams = drawer(page, 'Diagrams');
    await diagrams.waitFor();
    // The diagrams keep their region names inside the drawer.
    expect(await diagrams.getByRole('region', { name: 'Hezbollah posture' }).count()).toBe(1);
    await diagrams.getByRole('button', { name: 'Close Diagrams' }).click();
    await expect.poll(() => diagrams.count()).toBe(0);
    await page.keyboard.press('2');
    await drawer(page, 'Log').getByRole('table', { name: 'Transition log' }).waitFor();
  });

  it('should cover a phone screen without scrolling sideways', async () => {
    const phone = { width: 390, height: 844 };
    const { page } = await app.open('', { viewport: phone });
    await openPanel(page, 'Brief');
    const box = (await drawer(page, 'Brief').boundingBox())!;
    expect(box.x).toBe(0);
    expect(Math.round(box.width)).toBe(phone.width);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
  });

  it('should fetch no panel code and no other scenario before a panel or scenario is opened', async () => {
    const { page, requests } = await app.open('', { viewport: PROJECTOR });
    await page.waitForLoadState('networkidle');
    const first = scripts(requests);
    for (const lazy of ['DebriefView-', 'ClassSession-', 'session-', 'Gallery-', 'sandbox-'])
      expect(
        first.some((file) => file.includes(`/${lazy}`)),
        `${lazy} at load`,
      ).toBe(false);
    expect(first.some((file) => file.includes('/baseline-2024-01-'))).toBe(true);
    await openPanel(page, 'Debrief');
    await page.getByRole('region', { name: 'Debrief', exact: true }).waitFor();
    expect(scripts(requests).some((file) => file.includes('/DebriefView-'))).toBe(true);
    // Another scenario is fetched when it is picked, and opens.
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: /^Scenario\b/ }).selectOption('sandbox');
    await expect.poll(() => page.title()).toContain('Sandbox');
    expect(scripts(requests).some((file) => file.includes('/sandbox-'))).toBe(true);
    await postureRegion(page, 'Hezbollah').waitFor();
  });
});
