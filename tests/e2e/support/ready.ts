import type { Page } from 'playwright-core';

/**
 * When the app counts as ready, kept free of vitest so the bench and the screenshot
 * script can share it: the Hezbollah diagram is drawn with an active state.
 */
export async function appReady({ page }: { readonly page: Page }): Promise<void> {
  await page
    .getByRole('region', { name: 'Hezbollah posture' })
    .locator('[aria-current="true"]')
    .first()
    .waitFor();
}
