import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { useApp } from './support/app.ts';
import { BASELINE, control, eventButton, openPanel } from './support/contract.ts';
import { eventLabel } from './support/model.ts';

const app = useApp();

/** The debrief panel, by its heading. */
const debriefRegion = (page: Page) => page.getByRole('region', { name: 'Debrief', exact: true });

/** Plays the baseline's script to its end with "Next step". */
async function playScript(page: Page): Promise<void> {
  for (let i = 0; i < BASELINE.script.length; i++) await control(page, 'Next step').click();
}

describe('the debrief', () => {
  it('is offered at the end of the baseline and shows the class beside what happened', async () => {
    const { page } = await app.open();
    // The debrief loads when its panel is first opened; it opens beside the stage.
    await openPanel(page, 'Debrief');
    const region = debriefRegion(page);
    await expect.poll(() => region.innerText()).not.toContain('The script is over');
    await playScript(page);
    await expect
      .poll(() => region.innerText(), { message: 'the end of the script offers the debrief' })
      .toContain('The script is over');
    // The offer is a status, so a screen reader hears it when the script ends.
    expect(await region.getByRole('status').innerText()).toContain('The script is over');
    await region.getByRole('button', { name: 'Open the debrief' }).click();
    for (const heading of [
      'Turning points',
      'Stated conditions, and whether they held',
      'What your class did, and what happened',
      'Discussion',
    ]) {
      await expect
        .poll(() => region.getByRole('heading', { name: heading, exact: true }).count(), {
          message: heading,
        })
        .toBe(1);
    }
    const history = region.getByRole('table', { name: 'What your class did, and what happened' });
    expect(await history.locator('tbody tr').count()).toBe(BASELINE.script.length);
    expect(await history.innerText()).toContain('2024-01-18');
    expect(await history.innerText()).toContain('Reuters');
    await region
      .getByLabel(/^Which stated condition refused the most moves/)
      .fill('Hezbollah’s Gaza condition');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('compares the main line with a branch and names the first differing step and who decided it', async () => {
    const { page } = await app.open();
    await playScript(page);
    await control(page, 'Back').click();
    await control(page, 'Back').click();
    await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
    await openPanel(page, 'Debrief');
    const region = debriefRegion(page);
    await region.getByRole('button', { name: 'Open the debrief' }).click();
    const compareWith = region.getByLabel('Compare with', { exact: true });
    const mainOption = compareWith.locator('option', { hasText: /^main/ });
    await compareWith.selectOption(await mainOption.getAttribute('value'));
    await expect
      .poll(() => region.innerText(), { message: 'the first difference' })
      .toContain(
        'The lines part at step 2: line branch-1 had “Launch an air campaign” (decided by Israel), line main had “Reject the US proposal” (decided by Hezbollah).',
      );
    const table = region.getByRole('table', { name: 'The two lines by step' });
    expect(await table.getByRole('rowheader', { name: '2 (differs)' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: '1', exact: true }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('prints only the debrief, with no clipped text', async () => {
    const { page } = await app.open('', { viewport: { width: 794, height: 1123 } });
    await playScript(page);
    await openPanel(page, 'Debrief');
    await debriefRegion(page).getByRole('button', { name: 'Open the debrief' }).click();
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const header = document.querySelector('.site-header') as HTMLElement;
      const clipped: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.debrief-area *')) {
        // Hidden on purpose: captions for screen readers only (they name the tables).
        if ((!el.offsetParent && el.tagName !== 'svg') || el.closest('.visually-hidden')) continue;
        const style = getComputedStyle(el);
        const hides = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
        const text = (el.textContent ?? '').trim().slice(0, 40);
        if (hides && el.scrollWidth > el.clientWidth + 1)
          clipped.push(`${el.tagName} overflows: ${text}`);
        if (el.getBoundingClientRect().right > width + 1)
          clipped.push(`${el.tagName} past the page: ${text}`);
      }
      const cells = [...document.querySelectorAll<HTMLElement>('.debrief-area td')].filter(
        (td) => td.offsetParent,
      );
      return {
        clipped,
        cellsShown: cells.length,
        headerShown: header.offsetParent !== null,
        eventsShown: !!document.querySelector('.stage')?.getClientRects().length,
      };
    });
    expect(report.clipped).toEqual([]);
    expect(report.cellsShown, 'the debrief itself is printed').toBeGreaterThan(10);
    expect(report.headerShown, 'the page header is not printed').toBe(false);
    expect(report.eventsShown, 'the simulation is not printed').toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
