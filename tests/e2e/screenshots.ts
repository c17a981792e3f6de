/**
 * Re-makes the README's screenshots from the built app (`npm run screenshots`), at a
 * projector's 1280×720 unless named otherwise:
 *  - app-stage.png: the stage after the first scripted step (board, ladder, events);
 *  - app-predict.png: a prediction locked before the second step;
 *  - app-why.png: Why opened from a moved party on the board;
 *  - app-drawer.png: the Diagrams panel open beside the stage after the first step;
 *  - app-team.png: the Hezbollah team's first screen (1366×768);
 *  - app-tablet.png (768×1024) and app-phone.png (390×844): the stage on smaller screens;
 *  - handout.png: the printable handout.
 * Not a test: it writes files, and a person looks at them before committing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { ensureChromium } from '../helpers/chromium.ts';
import { buildAndServe, REPO_ROOT } from '../helpers/server.ts';
import { appReady } from './support/ready.ts';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const PROJECTOR = { width: 1280, height: 720 };

/** Opens the app at a size and hash, runs `act`, and writes one screenshot. */
async function shoot(
  browser: Browser,
  url: string,
  file: string,
  viewport: { width: number; height: number },
  act: (page: Page) => Promise<void>,
) {
  const { page, close } = await openPage(browser, { viewport });
  await page.goto(url);
  await appReady({ page });
  await act(page);
  await page.screenshot({ path: join(OUT, file) });
  console.log(`wrote docs/screenshots/${file}`);
  await close();
}

const next = (page: Page) => page.getByRole('button', { name: 'Next step', exact: true }).click();

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await buildAndServe();
  const browser = await launchBrowser(ensureChromium((line) => console.log(line)));
  try {
    await shoot(browser, app.url, 'app-stage.png', PROJECTOR, next);
    await shoot(browser, app.url, 'app-predict.png', PROJECTOR, async (page) => {
      await next(page);
      const predict = page.getByRole('region', { name: 'Predict' });
      await predict.getByRole('combobox').first().selectOption({ index: 3 });
      await predict.getByRole('button', { name: 'Lock prediction' }).click();
    });
    await shoot(browser, app.url, 'app-why.png', PROJECTOR, async (page) => {
      await next(page);
      await page
        .getByRole('region', { name: 'Stage' })
        .locator('[data-moved="true"] button')
        .first()
        .click();
      await page
        .getByRole('region', { name: 'Why' })
        .getByRole('heading', { level: 3 })
        .first()
        .waitFor();
    });
    await shoot(browser, app.url, 'app-drawer.png', PROJECTOR, async (page) => {
      await next(page);
      await page
        .getByRole('navigation', { name: 'Detail panels' })
        .getByRole('button', { name: 'Diagrams', exact: true })
        .click();
      await page.getByRole('dialog', { name: 'Diagrams' }).waitFor();
    });
    await shoot(
      browser,
      `${app.url}#scenario=baseline-2024-01&role=hezbollah`,
      'app-team.png',
      { width: 1366, height: 768 },
      async () => {},
    );
    await shoot(browser, app.url, 'app-tablet.png', { width: 768, height: 1024 }, next);
    await shoot(browser, app.url, 'app-phone.png', { width: 390, height: 844 }, next);
    const handout = await openPage(browser, { viewport: { width: 900, height: 1200 } });
    await handout.page.goto(`${app.url}handout.html?scenario=baseline-2024-01`);
    await handout.page.getByRole('heading').first().waitFor();
    await handout.page.emulateMedia({ media: 'print' });
    await handout.page.screenshot({ path: join(OUT, 'handout.png') });
    console.log('wrote docs/screenshots/handout.png');
    await handout.close();
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
