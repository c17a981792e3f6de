import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { availableEvents } from '../../src/engine/index.ts';
import { simulationFor } from '../../src/scenario/simulation.ts';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { useApp } from './support/app.ts';
import { BASELINE, chooseFile, control, eventButton, openPanel } from './support/contract.ts';
import { eventLabel, loadScenario, logJsonFor, playSteps } from './support/model.ts';

const app = useApp();

const debriefRegion = (page: Page) => page.getByRole('region', { name: 'Debrief', exact: true });
const runRegion = (page: Page) => page.getByRole('region', { name: 'Run', exact: true });

/**
 * For a party's diagram: how many active states there are, how many lie inside the
 * diagram's own scroll box (its visible part), whether the given states (region, state)
 * lie inside it, and where the page itself is scrolled to.
 */
async function diagramView(
  page: Page,
  party: string,
  wanted: readonly (readonly [string, string])[],
) {
  return page.evaluate(
    ([name, want]) => {
      const region = [...document.querySelectorAll('section[role="region"]')].find(
        (r) => r.getAttribute('aria-label') === `${name} posture`,
      )!;
      const box = region.querySelector('.diagram-scroll')!;
      const frame = box.getBoundingClientRect();
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return (
          r.left >= frame.left - 1 &&
          r.right <= frame.right + 1 &&
          r.top >= frame.top - 1 &&
          r.bottom <= frame.bottom + 1
        );
      };
      const states = [...box.querySelectorAll('[aria-current="true"]')];
      return {
        active: states.length,
        activeInside: states.filter(inside).length,
        wantedInside: want.every(([reg, st]) => {
          const el = box.querySelector(`g.state[data-region="${reg}"][data-state="${st}"]`);
          return el !== null && el.getAttribute('aria-current') === 'true' && inside(el);
        }),
        pageScroll: [window.scrollX, window.scrollY],
        overflows: box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight,
      };
    },
    [party, wanted] as const,
  );
}

describe('lines compared from the Line picker', () => {
  it('opens the debrief’s comparison of the current line, showing the first differing step', async () => {
    const { page } = await app.open();
    // With one line there is nothing to compare: the control says so instead.
    // aria-disabled, so Playwright would wait for it to be enabled: a real click regardless.
    await runRegion(page).getByRole('button', { name: 'Compare lines' }).click({ force: true });
    await expect
      .poll(() => page.locator('#announcer').innerText())
      .toContain('There is only one line');
    for (let i = 0; i < BASELINE.script.length; i++) await control(page, 'Next step').click();
    await control(page, 'Back').click();
    await control(page, 'Back').click();
    await eventButton(page, eventLabel('israel.launchAirCampaign')).first().click();
    await runRegion(page).getByRole('button', { name: 'Compare lines' }).click();
    const region = debriefRegion(page);
    await expect
      .poll(() => region.innerText(), { message: 'the first difference' })
      .toContain(
        'The lines part at step 2: line branch-1 had “Launch an air campaign” (decided by Israel), line main had “Reject the US proposal” (decided by Hezbollah).',
      );
    // The current line is preselected as the debriefed one, the line it forked from beside it.
    expect(await region.getByLabel('Debrief line', { exact: true }).inputValue()).toBe('branch-1');
    expect(await region.getByLabel('Compare with', { exact: true }).inputValue()).toBe('main');
    const heading = region.getByRole('heading', {
      name: 'Line branch-1 and line main, side by side',
    });
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('refused moves the class tried', () => {
  it('records a press on a greyed-out event and lists it in the log and the debrief with the engine’s reason', async () => {
    const { page } = await app.open();
    const sim = simulationFor(loadScenario(BASELINE.id).scenario);
    const refused = availableEvents(sim, playSteps(BASELINE.id, [])[0]!).find(
      (e) => !e.enabled && e.controlledBy !== 'world',
    )!;
    const button = eventButton(page, refused.label).first();
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // Pressed twice, by mouse and by keyboard: kept once. (Playwright's click() waits for
    // aria-disabled to clear, so the mouse click is forced; it is still a real click.)
    await button.click({ force: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const log = page.locator('.tried-log');
    await expect.poll(() => log.innerText()).toContain(`“${refused.label}”`);
    expect(await log.getByRole('listitem').count()).toBe(1);
    expect(await log.innerText()).toContain(refused.reason!);

    await openPanel(page, 'Debrief');
    const region = debriefRegion(page);
    await region.getByRole('button', { name: 'Open the debrief' }).click();
    const table = region.getByRole('table', { name: 'Moves the class tried that were refused' });
    await expect.poll(() => table.count()).toBe(1);
    const row = table.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td, th').allInnerTexts();
    expect(cells).toEqual([
      '0 (the start)',
      refused.label,
      loadParty(refused.controlledBy),
      'the whole class',
      refused.reason,
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('an imported log’s refused tries', () => {
  it('shows them in the debrief of the line the log opened as', async () => {
    const inputs = BASELINE.script.slice(0, 2);
    const sim = simulationFor(loadScenario(BASELINE.id).scenario);
    const refused = availableEvents(sim, playSteps(BASELINE.id, inputs)[1]!).find(
      (e) => !e.enabled && e.controlledBy !== 'world',
    )!;
    const log = JSON.parse(logJsonFor(BASELINE.id, inputs));
    const attempt = {
      step: 1,
      line: 'branch-7',
      event: refused.type,
      party: refused.controlledBy,
      reason: refused.reason,
      by: 'Israel team',
    };
    const { page } = await app.open();
    await chooseFile(
      page,
      'Import log',
      'tried.json',
      JSON.stringify({ ...log, attempts: [attempt] }),
    );
    await expect
      .poll(() => page.getByLabel('Line', { exact: true }).inputValue())
      .toMatch(/^import-/);
    await openPanel(page, 'Debrief');
    const region = debriefRegion(page);
    await region.getByRole('button', { name: 'Open the debrief' }).click();
    const table = region.getByRole('table', { name: 'Moves the class tried that were refused' });
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('tbody tr td').allInnerTexts()).toEqual([
      '1',
      refused.label,
      loadParty(refused.controlledBy),
      'Israel team',
      refused.reason,
    ]);
  });
});

describe('a team’s own diagram', () => {
  it('shows the states it just entered in its own scroll box at 1366×768, after each step and after a reload, without scrolling the page', async () => {
    const hash = `#scenario=${BASELINE.id}&role=hezbollah`;
    const { page } = await app.open(hash, { viewport: { width: 1366, height: 768 } });
    const steps = playSteps(BASELINE.id, BASELINE.script);
    const enteredAt = (i: number) =>
      steps[i]!.transitions.filter((t) => t.actor === 'hezbollah').map(
        (t) => [t.region ?? '', t.to] as const,
      );
    const check = async (when: string, wanted: readonly (readonly [string, string])[]) => {
      await expect
        .poll(async () => (await diagramView(page, 'Hezbollah', wanted)).wantedInside, {
          message: `${when}: the states just entered are in the diagram's box`,
        })
        .toBe(true);
      const seen = await diagramView(page, 'Hezbollah', wanted);
      expect(seen.activeInside, `${when}: an active state in view`).toBeGreaterThan(0);
      expect(seen.pageScroll, `${when}: the page stays put`).toEqual([0, 0]);
      return seen;
    };
    const first = await check('after load', []);
    expect(first.overflows, 'the diagram is larger than its box, so following matters').toBe(true);
    let last = 0;
    for (let i = 1; i <= BASELINE.script.length; i++) {
      // The N shortcut: a click would let Playwright scroll the button (and the page) into view.
      await page.keyboard.press('n');
      await check(`after step ${i}`, enteredAt(i));
      if (enteredAt(i).length) last = i;
    }
    expect(last, 'Hezbollah moves in the baseline script').toBeGreaterThan(0);
    // A reload restores the same step: its entered states are shown again from the start.
    await page.reload();
    await page.getByRole('region', { name: 'Hezbollah posture', exact: true }).waitFor();
    const final = BASELINE.script.length;
    await check('after a reload', enteredAt(final));
  });
});

/** A party's name from the model. */
function loadParty(id: string): string {
  const names: Record<string, string> = { world: 'the world' };
  return names[id] ?? simulationFor(loadScenario(BASELINE.id).scenario).index.party(id).name;
}
