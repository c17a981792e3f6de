import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { BASELINE, chooseExport, control, logRows, PARTY_NAMES } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { loadScenario, playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';
import { conflictModel } from '../../machines/index.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);
const baseline = loadScenario(BASELINE.id).scenario;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;
const PROJECTOR = SIZES[0];

/** Whether an element's box lies inside the viewport, as the page is scrolled now. */
async function inViewport(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= size.height &&
    box.x + box.width <= size.width
  );
}

/**
 * Whether an element can be seen and pressed where it is: its box inside the viewport,
 * and at its centre `document.elementFromPoint` finds the element itself or something in
 * it (not clipped away by a column that scrolls, not covered).
 */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  if (!(await inViewport(page, target))) return false;
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** How far the page is wider than its viewport (0 when nothing scrolls sideways). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectNoSerious(page: Page, view: string): Promise<void> {
  const findings = await seriousAxeViolations(page);
  expect(
    findings,
    `${view}: ${findings.map((f) => `${f.id} at ${f.targets.slice(0, 2).join(', ')}`).join('; ')}`,
  ).toEqual([]);
}

describe('the stage', () => {
  it('should show every party on the board, each marking its current state', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    const stage = page.getByRole('region', { name: 'Stage' });
    for (const name of PARTY_NAMES) {
      const group = stage.getByRole('group', { name, exact: true });
      expect(
        await group.locator('[aria-current="true"]').count(),
        `${name} on the board`,
      ).toBeGreaterThan(0);
    }
    expect(
      await stage.locator('[data-moved="true"]').count(),
      'nobody moved before the first step',
    ).toBe(0);
  });

  it('should show the four outcomes and the prediction controls in the first screen at 1280×720', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    const outcomes = page.getByRole('list', { name: 'Outcomes' }).getByRole('listitem');
    expect(await outcomes.count()).toBe(conflictModel.outcomes.length);
    for (const outcome of conflictModel.outcomes)
      expect(
        await onScreen(page, outcomes.filter({ hasText: outcome.label })),
        `outcome “${outcome.label}” on screen`,
      ).toBe(true);
    const predict = page.getByRole('region', { name: 'Predict' });
    for (const pick of await predict.getByRole('combobox').all())
      expect(await onScreen(page, pick), `${await pick.getAttribute('id')} on screen`).toBe(true);
    expect(
      await onScreen(page, predict.getByRole('button', { name: 'Lock prediction' })),
      'Lock prediction on screen',
    ).toBe(true);
    expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(0);
  });

  it('should keep every moved party in view at 1280×720 after each scripted step, and show the next question first', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    const predict = page.getByRole('region', { name: 'Predict' });
    for (let i = 0; i < BASELINE.script.length; i++) {
      const question = baseline.script[i]!.question;
      if (question) {
        const text = predict.getByText(question);
        expect(await inViewport(page, text), `question of step ${i + 1} visible before it`).toBe(
          true,
        );
      }
      await control(page, 'Next step').click();
      await expectPostures(page, script[i + 1]!);
      const movedIds = new Set(script[i + 1]!.transitions.map((t) => t.actor));
      const moved = page.getByRole('region', { name: 'Stage' }).locator('[data-moved="true"]');
      await expect
        .poll(() => moved.count(), { message: `moved parties after step ${i + 1}` })
        .toBe(movedIds.size);
      for (const box of await moved.all())
        expect(await inViewport(page, box), `${await box.getAttribute('aria-label')} in view`).toBe(
          true,
        );
      expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(0);
    }
  });

  it('should score a locked prediction on Next step, show it in the log and export it', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    const predict = page.getByRole('region', { name: 'Predict' });
    const pick = predict.getByRole('combobox', { name: /Hezbollah/ });
    const moved = script[1]!.transitions.find((t) => t.actor === 'hezbollah')!;
    await pick.selectOption({ value: `${moved.region ?? ''}|${moved.to}` });
    await predict.getByRole('button', { name: 'Lock prediction' }).click();
    await control(page, 'Next step').click();
    await expect
      .poll(() => predict.innerText(), { message: 'the score beside the result' })
      .toMatch(/Right: Hezbollah/);
    expect(await page.getByRole('region', { name: 'Transition log' }).textContent()).toMatch(
      /Step 1, Hezbollah: .* right/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chooseExport(page, 'JSON'),
    ]);
    const text = await (await download.createReadStream()).toArray();
    const log = JSON.parse(Buffer.concat(text).toString('utf8'));
    expect(log.predictions).toEqual([
      {
        step: 1,
        line: 'main',
        party: 'hezbollah',
        region: moved.region,
        predicted: moved.to,
        actual: moved.to,
        correct: true,
        by: null,
      },
    ]);
    expect(log.inputs).toEqual([BASELINE.script[0]]);
  });

  it("should bring Why into view and focus it after a log row's Why", async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    await control(page, 'Next step').click();
    await logRows(page).first().getByRole('button', { name: /^Why/ }).click();
    const why = page.getByRole('region', { name: 'Why' });
    await expect
      .poll(
        () =>
          why.evaluate(
            (el) => el === document.activeElement || el.contains(document.activeElement),
          ),
        { message: 'focus in Why' },
      )
      .toBe(true);
    expect(
      await inViewport(page, why.getByRole('heading', { level: 3 }).first()),
      'Why in view',
    ).toBe(true);
  });

  it('should say when the script is over and offer the debrief', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    for (let i = 0; i < BASELINE.script.length; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[BASELINE.script.length]!);
    await page.getByText('The script is over.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Debrief', exact: true }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-debrief');
  });

  it('should switch presenter mode with F and the button', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    const button = page.getByRole('button', { name: 'Presenter mode' });
    await page.keyboard.press('f');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
  });

  it("should put a team's moves, its own diagram and the shared board in its first screen at 1366×768", async () => {
    const { page } = await app.open(`#scenario=${BASELINE.id}&role=hezbollah`, {
      viewport: SIZES[1],
    });
    const own = page.getByRole('region', { name: 'Hezbollah posture', exact: true });
    expect(
      await inViewport(page, own.locator('[aria-current="true"]').first()),
      'own diagram in view',
    ).toBe(true);
    const events = page
      .getByRole('group', { name: 'Hezbollah decisions' })
      .getByRole('button')
      .first();
    expect(await inViewport(page, events), "the team's first move in view").toBe(true);
    // The shared board, every party on it, is in the same first screen.
    const board = page.getByRole('region', { name: 'Stage' }).getByRole('group');
    expect(await board.count(), 'the board lists the parties').toBeGreaterThan(1);
    for (const party of await board.all())
      expect(
        await inViewport(page, party),
        `${await party.getAttribute('aria-label')} on the board in view`,
      ).toBe(true);
    // The count refers to the team's own moves, not the whole model's events.
    const moves = page.getByRole('group', { name: 'Hezbollah decisions' }).getByRole('button');
    const enabled = await moves.evaluateAll(
      (buttons) => buttons.filter((b) => b.getAttribute('aria-disabled') !== 'true').length,
    );
    const total = await moves.count();
    expect(
      await page.getByText(`${enabled} of your ${total} moves`, { exact: false }).count(),
      "the team's count",
    ).toBe(1);
    expect(await page.getByText(/^Your role: Hezbollah/).isVisible()).toBe(true);
    await expectNoSerious(page, 'team view');
  });

  it('should have no serious axe violation on the stage, with Why and Predict in use', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    await expectNoSerious(page, 'stage');
    await control(page, 'Next step').click();
    await page
      .getByRole('region', { name: 'Stage' })
      .locator('[data-moved="true"] button')
      .first()
      .click();
    await expectNoSerious(page, 'stage with Why');
  });

  for (const size of SIZES) {
    it(`should not scroll sideways at ${size.width}×${size.height}, and keep the run controls whole`, async () => {
      const { page } = await app.open('', { viewport: size });
      await control(page, 'Next step').click();
      expect(await sideways(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
      for (const name of ['Next step', 'Back', 'Forward', 'Reset', 'Play']) {
        const box = (await control(page, name).boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= size.width, `${name} inside the width`).toBe(
          true,
        );
      }
      const line = page.getByLabel('Line', { exact: true });
      const fits = await line.evaluate(
        (el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth,
      );
      expect(fits, 'the Line picker fits').toBe(true);
    });
  }

  it('should not raise an alert from the skip link', async () => {
    const { page } = await app.open('', { viewport: PROJECTOR });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /could not be read/ })
        .count(),
    ).toBe(0);
    expect(conflictModel.parties.length).toBe(PARTY_NAMES.length);
  });
});
