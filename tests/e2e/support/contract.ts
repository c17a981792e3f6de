import type { Locator, Page } from 'playwright-core';

/**
 * The app's accessible contract, as locators. Tests go through these
 * names and roles only, the way a screen-reader user would, so a test that passes
 * says something about what a person can find, and none reaches into React.
 */

/** Party names in delivery order, as `conflictModel.parties[].name`. */
export const PARTY_NAMES = [
  'Gaza war',
  'Hezbollah',
  'Israel',
  'United States',
  'Lebanese state',
  'Border talks',
  'Region',
] as const;

/** The default scenario and its script's three events (kept in order by the scenario's owner). */
export const BASELINE = {
  id: 'baseline-2024-01',
  script: ['us.tableProposal', 'hezbollah.rejectProposal', 'hezbollah.signalOpenness'],
} as const;

/** The reason the model gives for "Hold fire" at the start of the baseline (the guard's description). */
export const HOLD_FIRE_REASON = 'Hezbollah fires until a full ceasefire in Gaza';

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A party's diagram region, named "<party> posture". */
export function postureRegion(page: Page, party: string): Locator {
  return page.getByRole('region', { name: `${party} posture`, exact: true });
}

/** The active state(s) of a region (one per parallel sub-region). */
export function activeStates(region: Locator): Locator {
  return region.locator('[aria-current="true"]');
}

/** An event button: its accessible name starts with the event's label. */
export function eventButton(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}`) });
}

/** A run control by its exact name ("Next step", "Back", "Forward", "Reset", "Play"…). */
export function control(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/**
 * Opens a detail panel (it opens in the drawer beside the stage) with its button in the
 * "Detail panels" row, by the button's text ("Debrief", "Proposals", "Class session"…).
 */
export async function openPanel(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Detail panels' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** The transition log table. */
export function logTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Transition log' });
}

/** The log's body rows (one per transition). */
export function logRows(page: Page): Locator {
  return logTable(page).locator('tbody tr');
}

/** The polite live region(s) where transitions are announced. */
export function politeLiveRegion(page: Page): Locator {
  return page.locator('[aria-live="polite"]');
}

/** The export formats and the file extension each must produce. */
export const EXPORT_FORMATS = [
  { name: 'JSON', extension: 'json' },
  { name: 'CSV', extension: 'csv' },
  { name: 'JSON Lines', extension: 'jsonl' },
] as const;

/**
 * Chooses one export format: presses "Export", then the option named exactly like the
 * format (a menu item or a button, whichever the app uses).
 */
export async function chooseExport(page: Page, format: string): Promise<void> {
  const option = page
    .getByRole('menuitem', { name: format, exact: true })
    .or(page.getByRole('button', { name: format, exact: true }))
    .or(page.getByRole('link', { name: format, exact: true }));
  if (!(await option.first().isVisible())) await control(page, 'Export').click();
  await option.first().click();
}

/**
 * The visible label of each active state of a region. A diagram draws a label as SVG
 * `<text>` (maybe wrapped over several `<tspan>`s, which join without spaces) next to
 * a `<title>` description; so take the `<text>` when there is one, and compare labels
 * with {@link squash}.
 */
export async function activeStateLabels(region: Locator): Promise<string[]> {
  return activeStates(region).evaluateAll((nodes) =>
    nodes.map((node) => (node.querySelector('text') ?? node).textContent ?? ''),
  );
}

/** Text without any whitespace, so a label wrapped over two SVG lines still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The picker of scenarios (its accessible name starts with "Scenario"). */
export function scenarioPicker(page: Page): Locator {
  return page.getByRole('combobox', { name: /^Scenario\b/ });
}

/** The app's URL for a scenario and a list of inputs (the share-link format, docs/app.md). */
export function sessionHash(scenario: string, steps: readonly string[], at?: number): string {
  const parts = [`scenario=${scenario}`];
  if (steps.length) parts.push(`steps=${steps.join(',')}`);
  if (at !== undefined) parts.push(`at=${at}`);
  return `#${parts.join('&')}`;
}

/**
 * Jumps to a step with the timeline, by keyboard as a person would: a labelled slider
 * "Step" (Home, then one ArrowRight per step), or else the timeline's button "Step N".
 * Setting a range input's value from script would bypass React's change tracking.
 */
export async function jumpWithTimeline(page: Page, step: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Step', exact: true });
  if ((await slider.count()) > 0) {
    await slider.first().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
    return;
  }
  await page
    .getByRole('button', { name: new RegExp(`^Step ${step}\\b`) })
    .first()
    .click();
}

/** The "Line" picker that switches between the branches of a session. */
export function linePicker(page: Page): Locator {
  return page.getByLabel('Line', { exact: true });
}

/** Chooses a file for one of the two file inputs, from text. */
export async function chooseFile(
  page: Page,
  label: 'Import log' | 'Open scenario file',
  name: string,
  text: string,
): Promise<void> {
  await page
    .getByLabel(label)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
