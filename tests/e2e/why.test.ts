import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { indexModel } from '../../src/engine/index.ts';
import {
  BASELINE,
  control,
  eventButton,
  HOLD_FIRE_REASON,
  logRows,
  openPanel,
  postureRegion,
  squash,
} from './support/contract.ts';
import { useApp } from './support/app.ts';
import { eventLabel, loadScenario, playSteps, transitionsUpTo } from './support/model.ts';
import { expectLogRows, expectPostures } from './support/screen.ts';

const app = useApp();
const index = indexModel(conflictModel);

/** A step whose reactions rest on a named guard: Hezbollah's reaction to a full Gaza ceasefire. */
const inputs = ['world.gazaCeasefire'];
const steps = playSteps(BASELINE.id, inputs);
const guarded = steps[1]!.transitions.find((t) => t.actor === 'hezbollah' && t.guard)!;

describe('the Why panel and the transition log', () => {
  it('should explain a selected transition: what it means, its guard and its dated source', async () => {
    expect(guarded, 'the model has a guarded Hezbollah reaction to a Gaza ceasefire').toBeDefined();
    const { page } = await app.open();
    await eventButton(page, eventLabel(inputs[0]!)).click();
    await expectPostures(page, steps[1]!);
    const row = logRows(page).filter({ hasText: 'Hezbollah' }).first();
    await row.getByRole('button', { name: /^Why/ }).click();
    const why = page.getByRole('region', { name: 'Why' });
    await expect
      .poll(() => why.innerText(), { message: 'the Why panel text' })
      .toContain(guarded.description);
    const text = await why.innerText();
    expect(text).toContain(guarded.guard!);
    expect(text).toContain(conflictModel.guards[guarded.guard!]!.description);
    const source = conflictModel.sources.find((s) => s.id === guarded.basis[0]);
    expect(source, `source ${guarded.basis[0]} is in the model`).toBeDefined();
    expect(text).toContain(source!.date);
  });

  it('should filter the log by party', async () => {
    const { page } = await app.open();
    await eventButton(page, eventLabel(inputs[0]!)).click();
    await expectLogRows(page, transitionsUpTo(steps, 1));
    // Read the rows where a teacher reads them, in the open Log: closed below the stage the
    // panel is not drawn until scrolled to (content-visibility), and innerText is of drawn text.
    await openPanel(page, 'Log');
    await page.getByRole('dialog', { name: 'Log' }).waitFor();
    await page.getByLabel('Filter by party').selectOption({ label: 'Hezbollah' });
    await expectLogRows(page, steps[1]!.transitions.filter((t) => t.actor === 'hezbollah').length);
    for (const text of await logRows(page).allInnerTexts()) expect(text).toContain('Hezbollah');
  });
});

describe('selecting on a diagram', () => {
  it('should explain an arrow of a diagram: its event, its guard and the stated condition', async () => {
    const { page } = await app.open();
    const region = postureRegion(page, 'Hezbollah');
    // The arrow that "Hold fire" would take (its tooltip names the event).
    const arrow = region
      .locator('g.edge')
      .filter({ has: page.locator('title', { hasText: 'hezbollah.holdFire' }) })
      .first();
    await arrow.waitFor({ state: 'attached' });
    await arrow.dispatchEvent('click');
    const why = page.getByRole('region', { name: 'Why' });
    await expect
      .poll(() => why.innerText(), { message: 'the Why panel explains the arrow' })
      .toContain(HOLD_FIRE_REASON);
    expect(await why.innerText()).toContain(eventLabel('hezbollah.holdFire'));
  });

  it("should let a keyboard user reach a diagram's state with Tab and explain the move into it with Enter", async () => {
    const { page } = await app.open();
    const script = playSteps(BASELINE.id, [BASELINE.script[0]]);
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    // Hezbollah's diplomacy moved to "Reviewing proposal" in this step: find it by Tab alone.
    const moved = script[1]!.transitions.find((t) => t.actor === 'hezbollah')!;
    const label = index.state('hezbollah', moved.region, moved.to)!.label;
    let reached = false;
    for (let i = 0; i < 400 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((wanted) => {
        const focused = document.activeElement;
        if (!focused?.closest('[aria-label="Hezbollah posture"]')) return false;
        return (
          (focused.querySelector('text')?.textContent ?? focused.textContent ?? '').replace(
            /\s+/g,
            '',
          ) === wanted
        );
      }, squash(label));
    }
    expect(reached, `Tab reaches the "${label}" state of the Hezbollah diagram`).toBe(true);
    await page.keyboard.press('Enter');
    const why = page.getByRole('region', { name: 'Why' });
    await expect
      .poll(() => why.innerText(), { message: 'the Why panel after Enter on the state' })
      .toContain(moved.description);
  });
});

describe('the role view', () => {
  it('should show a team only its own decisions and its role brief', async () => {
    const { page } = await app.open(`#scenario=${BASELINE.id}&role=hezbollah`);
    await eventButton(page, 'Hold fire').waitFor();
    expect(
      await eventButton(page, eventLabel('israel.launchAirCampaign')).count(),
      "Israel's decisions hidden",
    ).toBe(0);
    expect(
      await eventButton(page, eventLabel('world.gazaCeasefire')).count(),
      'world events hidden',
    ).toBe(0);
    expect(
      await eventButton(page, eventLabel('us.tableProposal')).count(),
      'US decisions hidden',
    ).toBe(0);
    const role = loadScenario(BASELINE.id).scenario.roles.find((r) => r.party === 'hezbollah')!;
    await expect.poll(() => page.locator('body').innerText()).toContain(role.wants);
  });
});
