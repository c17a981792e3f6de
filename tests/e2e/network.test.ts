import { describe, expect, it } from 'vitest';
import { isLocalRequest } from '../helpers/browser.ts';
import { BASELINE, chooseExport, control, openPanel } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);

describe('privacy: nothing leaves the machine while the inspector is off', () => {
  it('should leave the Stately Inspector off by default', async () => {
    const { page } = await app.open();
    await openPanel(page, 'Inspector');
    const toggle = page.getByLabel('Connect Stately Inspector');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
  });

  it("should list the actors' events in the in-app inspector view, offline", async () => {
    const { page, requests } = await app.open();
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    await openPanel(page, 'Inspector');
    await page.getByRole('button', { name: 'Show inspector events' }).click();
    const list = page.getByRole('list', { name: 'Inspector events' });
    await expect
      .poll(() => list.getByRole('listitem').count(), { message: 'inspector events listed' })
      .toBeGreaterThan(0);
    expect(await list.innerText()).toMatch(/us\.tableProposal|Table a proposal/);
    expect(requests.filter((url) => !isLocalRequest(url, app.origin))).toEqual([]);
  });

  it('should make requests only to the served origin while a class steps, exports and reads', async () => {
    const { page, requests } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[3]!);
    await Promise.all([page.waitForEvent('download'), chooseExport(page, 'JSON')]);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.waitForLoadState('networkidle');
    expect(requests.length, 'the page loaded something').toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalRequest(url, app.origin))).toEqual([]);
  });
});
