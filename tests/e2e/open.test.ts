import { describe, expect, it } from 'vitest';
import {
  activeStateLabels,
  activeStates,
  BASELINE,
  PARTY_NAMES,
  postureRegion,
  scenarioPicker,
  squash,
} from './support/contract.ts';
import { useApp } from './support/app.ts';
import { activeLabels, loadScenario, playSteps, regionCounts } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();

describe('opening the app', () => {
  it('should open the default scenario without a click', async () => {
    const { page, errors } = await app.open();
    const title = loadScenario(BASELINE.id).scenario.title;
    await expect.poll(() => page.title()).toContain('Escalation Lab');
    expect(await page.title()).toContain(title);
    const picker = scenarioPicker(page);
    await expect.poll(() => picker.inputValue()).toBe(BASELINE.id);
    expect(
      errors.filter((error) => error.startsWith('pageerror')),
      'uncaught errors',
    ).toEqual([]);
  });

  it('should open another scenario from the picker, name it in the title and the link, and start it', async () => {
    const { page } = await app.open();
    const other = loadScenario('gaza-truce-2023-11').scenario;
    await scenarioPicker(page).selectOption(other.id);
    await expect.poll(() => page.title()).toContain(other.title);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toContain(`scenario=${other.id}`);
    await expectPostures(page, playSteps(other.id, [])[0]!, `${other.id} at its start`);
  });

  it('should draw one region per party with exactly one active state per parallel region', async () => {
    const { page } = await app.open();
    const counts = regionCounts();
    const expected = activeLabels(playSteps(BASELINE.id, [])[0]!);
    for (const party of PARTY_NAMES) {
      const region = postureRegion(page, party);
      await region.waitFor();
      const active = activeStates(region);
      expect(await active.count(), `${party}: active states`).toBe(counts[party]);
      const shown = (await activeStateLabels(region)).map(squash).join(' | ');
      for (const label of expected[party]!)
        expect(shown, `${party} shows its active state`).toContain(squash(label));
    }
  });

  it('should show the brief in Info-tab sections and say the model is a simplification', async () => {
    const { page } = await app.open();
    const main = page.getByRole('main');
    for (const heading of [
      /what is it/i,
      /how it works/i,
      /how to use it/i,
      /things to notice/i,
      /things to try/i,
      /sources/i,
    ]) {
      await expect
        .poll(() => main.getByRole('heading', { name: heading }).count(), {
          message: String(heading),
        })
        .toBeGreaterThan(0);
    }
    expect(
      await page
        .getByText(/simplification/i)
        .first()
        .isVisible(),
    ).toBe(true);
  });

  it('should list the transition log as a table with a header row', async () => {
    const { page } = await app.open();
    const table = page.getByRole('table', { name: 'Transition log' });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allTextContents())
      .join(' ')
      .toLowerCase();
    for (const column of ['step', 'event', 'cause', 'actor', 'from', 'to'])
      expect(headers).toContain(column);
  });

  it('should show the ladder level as a meter from 0 to 10', async () => {
    const { page } = await app.open();
    const meter = page.getByRole('meter').first();
    await meter.waitFor();
    expect(await meter.getAttribute('aria-valuemin')).toBe('0');
    expect(await meter.getAttribute('aria-valuemax')).toBe('10');
    expect(await meter.getAttribute('aria-valuenow')).toBe(
      String(playSteps(BASELINE.id, [])[0]!.ladder),
    );
  });
});
