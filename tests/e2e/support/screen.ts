import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { activeStateLabels, logRows, postureRegion, PARTY_NAMES, squash } from './contract.ts';
import { activeLabels } from './model.ts';
import type { StepResult } from '../../../src/engine/index.ts';

/**
 * Assertions about what the screen shows, phrased as a person would check it: every
 * party's highlighted state is the one the engine says it should be.
 */

/** Which expected labels a party's active states fail to show (empty when all are shown). */
async function missingLabels(
  page: Page,
  party: string,
  labels: readonly string[],
): Promise<string[]> {
  const shown = (await activeStateLabels(postureRegion(page, party))).map(squash);
  return labels.filter((label) => !shown.some((text) => text.includes(squash(label))));
}

/** Waits until every party shows the active states of `step`; fails naming what is missing. */
export async function expectPostures(
  page: Page,
  step: StepResult,
  message = `step ${step.index}`,
): Promise<void> {
  const expected = activeLabels(step);
  await expect
    .poll(
      async () => {
        const missing: string[] = [];
        for (const party of PARTY_NAMES) {
          for (const label of await missingLabels(page, party, expected[party] ?? []))
            missing.push(`${party}: ${label}`);
        }
        return missing;
      },
      { message: `${message}: active states not shown`, timeout: 5_000 },
    )
    .toEqual([]);
}

/** Waits until the transition log has exactly `count` rows. */
export async function expectLogRows(page: Page, count: number): Promise<void> {
  await expect
    .poll(() => logRows(page).count(), { message: 'rows in the transition log', timeout: 5_000 })
    .toBe(count);
}

/** The URL fragment's parameters, as the app wrote them. */
export async function hashParams(page: Page): Promise<URLSearchParams> {
  const hash = await page.evaluate(() => window.location.hash);
  return new URLSearchParams(hash.replace(/^#/, ''));
}
