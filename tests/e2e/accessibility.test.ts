import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { BASELINE, control, logRows, openPanel, sessionHash } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

/** Fails with every serious or critical axe finding, so the message says what to fix. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const findings = await seriousAxeViolations(page);
  expect(
    findings,
    `${view}: ${findings.map((f) => `${f.impact} ${f.id} (${f.help}) at ${f.targets.slice(0, 3).join(', ')}`).join('; ')}`,
  ).toEqual([]);
}

describe('axe-core finds no serious or critical violation', () => {
  it('(the checker itself reports a known critical violation, so a pass means something)', async () => {
    const { page } = await app.blank();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><button></button></main></html>',
    );
    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => f.id)).toContain('button-name');
  });

  it('on the default view', async () => {
    const { page } = await app.open();
    await expectNoSeriousViolations(page, 'default view');
  });

  it('after a few steps, with the Why panel open', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[3]!);
    await expectNoSeriousViolations(page, 'after three steps');
    await logRows(page).first().getByRole('button').first().click();
    await page.getByRole('heading', { name: /why/i }).first().waitFor();
    await expectNoSeriousViolations(page, 'Why panel');
  });

  it('in the role view', async () => {
    const { page } = await app.open(`${sessionHash(BASELINE.id, [])}&role=hezbollah`);
    await expectNoSeriousViolations(page, 'role view (Hezbollah)');
  });

  it('in the gallery, after opening another scenario from it', async () => {
    const { page } = await app.open();
    await openPanel(page, 'Gallery');
    const gallery = page.getByRole('region', { name: 'Scenario gallery' });
    await gallery.waitFor();
    await expectNoSeriousViolations(page, 'gallery');
    const others = gallery
      .getByRole('button', { name: /^Open / })
      .filter({ hasNotText: 'Open again' });
    if ((await others.count()) > 0) {
      await others.first().click();
      await page.waitForFunction(
        (id) => !window.location.hash.includes(`scenario=${id}`),
        BASELINE.id,
      );
      await expectNoSeriousViolations(page, 'another scenario opened from the gallery');
    }
  });

  it('with the keyboard help panel open', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('region', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoSeriousViolations(page, 'help panel');
  });
});
