import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { sessionHash } from './support/contract.ts';
import { loadScenario } from './support/model.ts';

const app = useApp();
const historical = loadScenario('historical-2023-2024').scenario;

/** The plot's axis labels with their boxes, as the page lays them out. */
const axisLabels = (page: import('playwright-core').Page) =>
  page.locator('.ladder-plot text[data-step]').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { text: n.textContent ?? '', left: r.left, right: r.right };
    }),
  );

describe('the ladder plot’s step axis', () => {
  it('labels a historical line with its dates, none colliding, at 390 px wide', async () => {
    const events = historical.script.map((s) => s.event);
    const { page } = await app.open(sessionHash(historical.id, events), {
      viewport: { width: 390, height: 844 },
    });
    const plot = page.locator('.ladder-plot');
    await plot.waitFor();
    await expect
      .poll(() => plot.locator('svg').getAttribute('aria-label'))
      .toContain('Steps dated');
    const labels = await axisLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels[0]!.text).toBe('Start');
    // "8 Oct2023": a date, with the year under the first dated tick.
    expect(labels[1]!.text).toMatch(/^\d{1,2} [A-Z][a-z]{2}(\d{4})?$/);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]!.left, `label ${i} clear of the one before`).toBeGreaterThan(
        labels[i - 1]!.right,
      );
    const box = (await plot.locator('svg').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // No label (the last one included) runs past the plot's edge.
    for (const l of labels) expect(l.right, l.text).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(await plot.innerText()).toContain('Date of each step');
  });

  it('counts steps on a line that leaves the script', async () => {
    const { page } = await app.open(
      sessionHash(historical.id, [historical.script[0]!.event, 'israel.launchAirCampaign']),
    );
    await page.locator('.ladder-plot').waitFor();
    const labels = await axisLabels(page);
    expect(labels.map((l) => l.text)).toEqual(['0', '1', '2']);
  });
});
