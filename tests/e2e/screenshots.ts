/**
 * Re-makes the README's screenshots from the built app (`npm run screenshots`):
 * docs/screenshots/app-baseline.png (the default scenario after three steps),
 * docs/screenshots/app-why.png (the Why panel open on a transition) and
 * docs/screenshots/handout.png (the printable handout, when that page exists).
 * Not a test: it writes files, and a person looks at them before committing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { ensureChromium } from '../helpers/chromium.ts';
import { buildAndServe, REPO_ROOT } from '../helpers/server.ts';
import { appReady } from './support/ready.ts';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
/** Projector-like width; tall enough to show the run controls, Gaza and Hezbollah's diagrams. */
const VIEWPORT = { width: 1440, height: 1500 };

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await buildAndServe();
  const browser = await launchBrowser(ensureChromium((line) => console.log(line)));
  try {
    const { page, close } = await openPage(browser, { viewport: VIEWPORT });
    await page.goto(app.url);
    await appReady({ page });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await page.getByRole('table', { name: 'Transition log' }).locator('tbody tr').nth(4).waitFor();
    await page.screenshot({ path: join(OUT, 'app-baseline.png') });
    console.log('wrote docs/screenshots/app-baseline.png');

    await page.getByRole('table', { name: 'Transition log' }).locator('tbody tr').nth(2).getByRole('button').first().click();
    const why = page.getByRole('heading', { name: /^Why/ }).first();
    await why.waitFor();
    // The selected log row (right column) and the Why panel under the events (left
    // column) in one picture, scrolled to the log's heading.
    await page.getByRole('heading', { name: 'Transition log' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(OUT, 'app-why.png') });
    console.log('wrote docs/screenshots/app-why.png');
    await close();

    if (existsSync(join(REPO_ROOT, 'handout.html'))) {
      const handout = await openPage(browser, { viewport: { width: 900, height: 1200 } });
      await handout.page.goto(`${app.url}handout.html?scenario=baseline-2024-01`);
      await handout.page.getByRole('heading').first().waitFor();
      await handout.page.emulateMedia({ media: 'print' });
      await handout.page.screenshot({ path: join(OUT, 'handout.png') });
      console.log('wrote docs/screenshots/handout.png');
      await handout.close();
    } else {
      console.log('handout.html does not exist yet: no handout screenshot');
    }
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
