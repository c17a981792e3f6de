/**
 * Re-makes the README's screenshots from the built app (`npm run screenshots`):
 * docs/screenshots/app-baseline.png (the default scenario after three steps),
 * docs/screenshots/app-why.png (the Why panel open on a transition) and
 * docs/screenshots/handout.png (the printable handout).
 * Not a test: it writes files, and a person looks at them before committing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/server.ts';
import { runScript, withServedApp } from '../helpers/servedApp.ts';
import { appReady } from './support/ready.ts';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
/** Projector-like width; tall enough to show the run controls, Gaza and Hezbollah's diagrams. */
const VIEWPORT = { width: 1440, height: 1500 };

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await withServedApp(async ({ app, browser }) => {
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

    const handout = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await handout.page.goto(`${app.url}handout.html?scenario=baseline-2024-01`);
    await handout.page.getByRole('heading').first().waitFor();
    await handout.page.emulateMedia({ media: 'print' });
    await handout.page.screenshot({ path: join(OUT, 'handout.png') });
    console.log('wrote docs/screenshots/handout.png');
    await handout.close();
  });
}

runScript(main);
