import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASELINE, control } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { eventLabel, playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

/** Presses Tab until the focused element is a button whose text starts with `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element && element.tagName === 'BUTTON' ? (element.textContent ?? '').trim() : '';
    });
    if (focused.startsWith(name)) return;
  }
  throw new Error(`Tab never reached a button named "${name}" in ${limit} presses`);
}

/** Moves focus to the page itself, so single-key shortcuts are not typed into a control. */
async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

describe('keyboard-only use', () => {
  it('should reach "Next step" with Tab and press it with Enter and Space', async () => {
    const { page } = await app.open();
    await tabTo(page, 'Next step');
    await page.keyboard.press('Enter');
    await expectPostures(page, script[1]!, 'after Enter');
    await page.keyboard.press('Space');
    await expectPostures(page, script[2]!, 'after Space');
  });

  it('should reach an event button with Tab and send it with Enter', async () => {
    const { page } = await app.open();
    const steps = playSteps(BASELINE.id, ['israel.launchAirCampaign']);
    await tabTo(page, eventLabel('israel.launchAirCampaign'));
    await page.keyboard.press('Enter');
    await expectPostures(page, steps[1]!);
  });

  it('should show a visible focus indicator on a focused control', async () => {
    const { page } = await app.open();
    await tabTo(page, 'Next step');
    const indicator = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
    });
    const visible =
      (indicator.outline !== 'none' && indicator.width !== '0px') || indicator.shadow !== 'none';
    expect(visible, JSON.stringify(indicator)).toBe(true);
  });

  it('should step with N, go back with B and play / pause with P', async () => {
    const { page } = await app.open();
    // The slowest speed, with the keyboard: play must not finish the script before P pauses it.
    await page.getByRole('slider', { name: 'Speed' }).focus();
    await page.keyboard.press('Home');
    await focusPage(page);
    await page.keyboard.press('n');
    await expectPostures(page, script[1]!, 'after N');
    await page.keyboard.press('n');
    await expectPostures(page, script[2]!, 'after a second N');
    await page.keyboard.press('b');
    await expectPostures(page, script[1]!, 'after B');
    await page.keyboard.press('p');
    await control(page, 'Pause').waitFor({ timeout: 5_000 });
    await page.keyboard.press('p');
    await control(page, 'Play').waitFor({ timeout: 5_000 });
  });

  it('should list the shortcuts in a help panel opened from the keyboard', async () => {
    const { page } = await app.open();
    await tabTo(page, 'Keyboard shortcuts');
    await page.keyboard.press('Enter');
    const help = page
      .getByRole('dialog')
      .or(page.getByRole('region', { name: /keyboard shortcuts/i }));
    await help.first().waitFor();
    const text = await help.first().innerText();
    for (const key of ['N', 'B', 'P']) expect(text).toMatch(new RegExp(`\\b${key}\\b`));
    expect(text).toMatch(/next/i);
    expect(text).toMatch(/back/i);
    expect(text).toMatch(/play/i);
  });
});
