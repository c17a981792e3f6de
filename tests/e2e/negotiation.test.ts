/**
 * The negotiation round in the app's flow (issue 15): where the scenario places it,
 * the teacher opens it and Next step waits, with the reason; a message from Hezbollah
 * to the US mediator goes through the Lebanese state, and the page gives the reason
 * from the scenario file; a reload keeps the round and its messages; "End round" lets
 * stepping resume. axe finds nothing serious on the open round.
 */
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { BASELINE, control, politeLiveRegion, squash } from './support/contract.ts';
import { appReady, useApp } from './support/app.ts';
import { loadScenario, playSteps } from './support/model.ts';
import { expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);
const kit = loadScenario(BASELINE.id).scenario.classroom!;
const usHezbollah = kit.channels!.indirect.find(
  (r) => r.between.includes('us') && r.between.includes('hezbollah'),
)!;

describe('the negotiation round', () => {
  it('pauses stepping, routes Hezbollah → US via the Lebanese state with the reason, survives a reload, and ends', async () => {
    const { page } = await app.open(`#scenario=${BASELINE.id}`);
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);

    const round = page.getByRole('region', { name: 'Negotiation round after step 1' });
    await round.getByRole('button', { name: 'Open negotiation round', exact: true }).click();
    const next = control(page, 'Next step');
    await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');
    await next.click({ force: true });
    await expect
      .poll(() =>
        politeLiveRegion(page)
          .filter({ hasText: 'Stepping waits for the negotiation round' })
          .count(),
      )
      .toBe(1);
    await expectPostures(page, script[1]!, 'the round holds the step');

    await round.getByLabel('From', { exact: true }).selectOption({ label: 'Hezbollah' });
    await round.getByLabel('To', { exact: true }).selectOption({ label: 'United States' });
    const note = round.locator('.route-note');
    await expect
      .poll(async () => squash(await note.innerText()))
      .toContain(squash('Routed via the intermediary: Hezbollah → Lebanese state → United States'));
    await expect
      .poll(async () => squash(await note.innerText()))
      .toContain(squash(usHezbollah.reason));
    await round.getByLabel('Message', { exact: true }).fill('No talks before a Gaza ceasefire.');
    await round.getByRole('button', { name: 'Send message', exact: true }).click();
    const sent = round.getByRole('list').filter({ hasText: 'No talks before a Gaza ceasefire.' });
    await expect
      .poll(() => sent.innerText())
      .toContain('Hezbollah to United States (through Lebanese state)');

    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => `${f.id} at ${f.targets.join(', ')}`)).toEqual([]);

    await page.reload();
    await appReady({ page });
    await expectPostures(page, script[1]!, 'after reload');
    await expect.poll(() => sent.innerText()).toContain('No talks before a Gaza ceasefire.');
    await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');

    await round.getByRole('button', { name: 'End round', exact: true }).click();
    await expect.poll(() => next.getAttribute('aria-disabled')).toBeNull();
    await next.click();
    await expectPostures(page, script[2]!, 'stepping resumed');
  });
});
