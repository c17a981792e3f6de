/**
 * The classroom kit on paper (issue 15): teacher's and student copies of a handout in
 * print emulation in real Chromium, at the width of an A4 page inside its margins.
 * Nothing may be clipped or run off the page, and the map and glossary must be there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { useApp } from './support/app.ts';
import { loadScenario } from './support/model.ts';

const app = useApp();

/** A4 (210 mm) less the handout's 14 mm side margins, at 96 px per inch. */
const PRINT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

async function openPrinted(query: string, title: string): Promise<Page> {
  const { page } = await app.open(`handout.html?${query}`, {
    viewport: { width: PRINT_WIDTH, height: 1100 },
    ready: async ({ page }) => {
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    },
  });
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Elements whose box runs past the page's right edge, or whose content overflows its own box. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const node of Array.from(document.querySelectorAll('main *'))) {
      const el = node as HTMLElement;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const label = `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
      if (box.right > right + 1) found.push(`past the page edge: ${label}`);
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (hides && el.scrollWidth > el.clientWidth + 1) found.push(`content cut: ${label}`);
    }
    if (document.documentElement.scrollWidth > right + 1) found.push('the page scrolls sideways');
    return found;
  });
}

const MAP_AND_GLOSSARY = [
  'Blue Line',
  'Litani',
  'Shebaa Farms',
  'Ghajar',
  'Amos Hochstein',
  'Nabih Berri',
  'Resolution 1701',
];

describe('printed handouts of the classroom kit', () => {
  const baseline = loadScenario('baseline-2024-01').scenario;
  const historical = loadScenario('historical-2023-2024').scenario;

  it('should print the teacher’s copy with nothing clipped, the map, glossary, care protocol and answer key', async () => {
    const page = await openPrinted('scenario=baseline-2024-01&view=teacher', baseline.title);
    expect(await clipped(page)).toEqual([]);
    await expect(
      page
        .getByRole('img', { name: /Schematic map of the Israel–Lebanon border area/ })
        .isVisible(),
    ).resolves.toBe(true);
    for (const heading of [
      'Map and glossary',
      'Care protocol',
      'Lesson plan',
      'Assessment',
      'Answer key',
    ]) {
      await expect(
        page.getByRole('heading', { name: heading, level: 2 }).isVisible(),
      ).resolves.toBe(true);
    }
    const text = await page.locator('main').innerText();
    for (const term of MAP_AND_GLOSSARY) expect(text).toContain(term);
    expect(text).toContain('Playing a role is not endorsing it');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('should print a team’s student copy with its role sheet, no answers, and nothing clipped', async () => {
    const page = await openPrinted('scenario=baseline-2024-01&role=lebanon', baseline.title);
    expect(await clipped(page)).toEqual([]);
    await expect(
      page.getByRole('heading', { name: 'Role sheet: Lebanese state' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Answer key' }).count()).resolves.toBe(0);
    await expect(page.getByRole('img', { name: /Schematic map/ }).isVisible()).resolves.toBe(true);
    const text = await page.locator('main').innerText();
    for (const term of MAP_AND_GLOSSARY) expect(text).toContain(term);
    for (const q of baseline.classroom!.questions) {
      expect(text).toContain(q.text);
      expect(text).not.toContain(q.answer);
    }
  });

  it('should print the historical teacher’s copy, the longest, with nothing clipped and its content notes', async () => {
    const page = await openPrinted('scenario=historical-2023-2024&view=teacher', historical.title);
    expect(await clipped(page)).toEqual([]);
    const notes = historical.script.filter((s) => s.contentNote).length;
    await expect(page.getByRole('note').count()).resolves.toBe(notes);
  });

  it('should pass axe on the teacher’s copy with no serious or critical violation', async () => {
    const { page } = await app.open('handout.html?scenario=escalation-spiral&view=teacher', {
      ready: async ({ page }) => {
        await page.getByRole('heading', { name: 'Answer key', level: 2 }).waitFor();
      },
    });
    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => `${f.impact} ${f.id} at ${f.targets.join(', ')}`)).toEqual([]);
  });
});
