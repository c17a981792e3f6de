import { describe, expect, it } from 'vitest';
import { availableEvents, initialStep } from '../../src/engine/index.ts';
import { simulationFor } from '../../src/scenario/simulation.ts';
import { BASELINE, eventButton, HOLD_FIRE_REASON, politeLiveRegion } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { eventLabel, loadScenario, playSteps, transitionsUpTo } from './support/model.ts';
import { expectLogRows, expectPostures } from './support/screen.ts';

const app = useApp();

/** The engine's view of the events at the start of the baseline. */
function startAvailability() {
  const s = loadScenario(BASELINE.id).scenario;
  const sim = simulationFor(s);
  return availableEvents(sim, initialStep(sim));
}

describe('the events panel', () => {
  it('should show every event as a button, enabled or marked aria-disabled as the engine says', async () => {
    const { page } = await app.open();
    const availability = startAvailability();
    // Labels shared by two parties ("Accept the US proposal") are checked by count.
    const byLabel = new Map<string, boolean[]>();
    for (const event of availability)
      byLabel.set(event.label, [...(byLabel.get(event.label) ?? []), event.enabled]);
    for (const [label, enabled] of byLabel) {
      const buttons = eventButton(page, label);
      await expect
        .poll(() => buttons.count(), { message: `buttons for "${label}"` })
        .toBeGreaterThanOrEqual(enabled.length);
      const disabledFlags = await buttons.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('aria-disabled') === 'true'),
      );
      expect(disabledFlags.filter(Boolean).length, `"${label}" buttons marked aria-disabled`).toBe(
        enabled.filter((e) => !e).length,
      );
    }
  });

  it('should keep "Hold fire" visible, aria-disabled, with the stated condition as its description', async () => {
    const { page } = await app.open();
    const holdFire = eventButton(page, 'Hold fire');
    await holdFire.waitFor();
    expect(await holdFire.evaluate((node) => node.tagName)).toBe('BUTTON');
    expect(await holdFire.getAttribute('aria-disabled')).toBe('true');
    // Focusable (not the disabled attribute), so keyboard users can reach the reason.
    // (Playwright's isDisabled() counts aria-disabled too, so ask the DOM.)
    expect(await holdFire.evaluate((node) => (node as HTMLButtonElement).disabled)).toBe(false);
    await holdFire.focus();
    expect(await holdFire.evaluate((node) => node === document.activeElement)).toBe(true);
    const description = await holdFire.evaluate((node) =>
      (node.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain(HOLD_FIRE_REASON);
  });

  it('should group the buttons by who controls them', async () => {
    const { page } = await app.open();
    const holdFire = eventButton(page, 'Hold fire');
    const table = eventButton(page, eventLabel('us.tableProposal'));
    const groupOf = (button: typeof holdFire) =>
      button.evaluate((node) => {
        const group = node.closest('[role="group"], fieldset, section');
        return group
          ? (group.getAttribute('aria-label') ??
              group.querySelector('legend, h2, h3, h4')?.textContent ??
              '')
          : '';
      });
    const hezbollahGroup = await groupOf(holdFire);
    const usGroup = await groupOf(table);
    expect(hezbollahGroup).toMatch(/Hezbollah/);
    expect(usGroup).toMatch(/United States/);
    const worldGroup = await groupOf(eventButton(page, eventLabel('world.gazaCeasefire')));
    expect(worldGroup).toMatch(/World/i);
  });

  it('should do nothing but announce the reason when a disabled event is pressed', async () => {
    const { page } = await app.open();
    const start = playSteps(BASELINE.id, [])[0]!;
    // force: Playwright will not click an aria-disabled element by itself; a person can.
    await eventButton(page, 'Hold fire').click({ force: true });
    await expect
      .poll(
        () =>
          politeLiveRegion(page)
            .allTextContents()
            .then((t) => t.join(' ')),
        { message: 'announcement' },
      )
      .toContain(HOLD_FIRE_REASON);
    await expectPostures(page, start, 'after pressing a disabled event');
    await expectLogRows(page, 0);
  });

  it('should send an enabled event and show every party that reacted', async () => {
    const { page } = await app.open();
    const steps = playSteps(BASELINE.id, ['israel.launchAirCampaign']);
    await eventButton(page, eventLabel('israel.launchAirCampaign')).click();
    await expectPostures(page, steps[1]!);
    await expectLogRows(page, transitionsUpTo(steps, 1));
  });
});
