import { describe, expect, it } from 'vitest';
import { BASELINE, control, sessionHash } from './support/contract.ts';
import { appReady, useApp } from './support/app.ts';
import { loadScenario, playSteps } from './support/model.ts';
import { expectPostures, hashParams } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

describe('keeping a session', () => {
  it('should restore the session after a reload', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await page.reload();
    await appReady({ page });
    await expectPostures(page, script[2]!, 'after reload');
  });

  it('should restore the saved session from browser storage when opened without a link', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await control(page, 'Back').click();
    await expectPostures(page, script[2]!);
    // A plain address (no fragment) can only be restored from storage.
    await page.goto(app.url());
    await appReady({ page });
    await expectPostures(page, script[2]!, 'restored from storage');
    await control(page, 'Forward').click();
    await expectPostures(page, script[3]!, 'the rest of the line was kept');
  });

  it('should forget everything after "Clear saved data"', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('escalation-lab:')),
    );
    // The app may write its session again right away; what matters is a fresh open.
    await page.goto(app.url());
    await appReady({ page });
    await expectPostures(
      page,
      script[0]!,
      `a fresh start after clearing (keys left: ${keys.join(', ')})`,
    );
  });
});

describe('sharing a link', () => {
  it('should put the scenario and the steps in the URL', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 2; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[2]!);
    await expect.poll(async () => (await hashParams(page)).get('scenario')).toBe(BASELINE.id);
    expect((await hashParams(page)).get('steps')).toBe(BASELINE.script.slice(0, 2).join(','));
  });

  it('should reopen the same step from a shared link in a fresh browser', async () => {
    const { page } = await app.open(sessionHash(BASELINE.id, BASELINE.script, 1));
    await expectPostures(page, script[1]!, 'at the linked step');
    await control(page, 'Forward').click();
    await expectPostures(page, script[2]!, 'the rest of the linked line is there');
  });

  it('should open the default scenario with a message when a link is broken', async () => {
    const { page, errors } = await app.open(sessionHash('no-such-scenario', ['not.an.event']));
    await expect.poll(() => page.title()).toContain(loadScenario(BASELINE.id).scenario.title);
    await expectPostures(page, script[0]!, 'the default scenario at its start');
    const message = page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .filter({ hasText: /no-such-scenario|not found|unknown|could not/i });
    await expect
      .poll(() => message.count(), { message: 'a message about the broken link' })
      .toBeGreaterThan(0);
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });
});
