import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/server.ts';
import { BASELINE } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { loadScenario } from './support/model.ts';

const app = useApp();
const baseline = loadScenario(BASELINE.id).scenario;
const OUTPUT = join(REPO_ROOT, 'test-results');

/** Opens the printable handout of a scenario and waits for its title. */
async function openHandout(id: string, title: string) {
  return app.open(`handout.html?scenario=${id}`, {
    ready: async ({ page }) => {
      await page.getByRole('heading', { name: title }).first().waitFor();
    },
  });
}

/** Controls and navigation that are visible: what a printed page must not carry. */
function visibleChrome(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll(
        'nav, button, select, input, [role="navigation"], [role="toolbar"]',
      ),
    )
      .filter((node) => {
        const box = (node as HTMLElement).getBoundingClientRect();
        const style = getComputedStyle(node);
        return (
          box.width > 0 &&
          box.height > 0 &&
          style.visibility !== 'hidden' &&
          style.display !== 'none'
        );
      })
      .map(
        (node) => `${node.tagName.toLowerCase()}: ${(node.textContent ?? '').trim().slice(0, 40)}`,
      ),
  );
}

describe('the printable handout', () => {
  it("should render the brief, the roles and every step's question, and write a screenshot", async () => {
    const { page, errors } = await openHandout(baseline.id, baseline.title);
    const text = await page.locator('body').innerText();
    for (const step of baseline.script) if (step.question) expect(text).toContain(step.question);
    for (const role of baseline.roles ?? []) expect(text).toContain(role.wants);
    expect(text).toMatch(/simplification/i);
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, `handout-${baseline.id}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('should show no app chrome when printed', async () => {
    const { page } = await openHandout(baseline.id, baseline.title);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleChrome(page)).toEqual([]);
    await page.screenshot({
      path: join(OUTPUT, `handout-${baseline.id}-print.png`),
      fullPage: true,
    });
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(colours.color, 'black text in print').toMatch(/rgb\(0, 0, 0\)/);
  });

  it('should pass axe with no serious or critical violation', async () => {
    const { page } = await openHandout(baseline.id, baseline.title);
    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => `${f.impact} ${f.id} at ${f.targets.join(', ')}`)).toEqual([]);
  });

  it("should list every scenario's handout when no scenario is named", async () => {
    const { page } = await app.open('handout.html', {
      ready: async ({ page }) => {
        await page.getByRole('link', { name: baseline.title }).first().waitFor();
      },
    });
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes(`scenario=${BASELINE.id}`))).toBe(true);
  });
});
