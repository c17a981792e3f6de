import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { useApp } from './support/app.ts';

const app = useApp();

describe('the analysis panels in plain words', () => {
  it('say how many runs ended each way, explain the range on demand, and colour no outcome', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Show analysis', exact: true }).click();
    const odds = page.getByRole('region', { name: 'Odds', exact: true });
    await odds.getByText(/^Odds updated/).waitFor({ timeout: 30_000 });
    const list = odds.getByRole('list', { name: /simulated runs ended/ });
    const text = await list.innerText();
    expect(text).toMatch(
      /In [\d,]+ of 1,000 simulated runs the fighting became a full-scale war\./,
    );
    expect(text).not.toMatch(/median/);
    expect(await odds.locator('meter').count()).toBe(0);
    const fills = await odds
      .locator('.share-bar rect:nth-child(2)')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
    expect(fills.length).toBe(4);
    expect(new Set(fills).size, 'one neutral fill for every outcome').toBe(1);
    const range = odds.getByText('What does “likely between” mean?');
    await range.click();
    await expect.poll(() => odds.innerText()).toContain('95 times in 100');
    const paths = page.getByRole('region', { name: 'Paths', exact: true });
    await paths.getByText(/^Found the shortest way to each outcome/).waitFor({ timeout: 30_000 });
    expect(await paths.innerText()).not.toMatch(/joint postures/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
