import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { useApp } from './support/app.ts';
import { openPanel, sessionHash } from './support/contract.ts';

const app = useApp();

describe('the proposal builder', () => {
  it('shows which conditions a drafted term meets or breaks, without serious axe findings', async () => {
    const { page } = await app.open();
    await openPanel(page, 'Proposals');
    const builder = page.getByRole('region', { name: 'Draft a proposal' });
    await builder.waitFor();
    await builder.getByRole('combobox', { name: 'Pull-back depth' }).selectOption('litani');
    await expect
      .poll(() => builder.getByText(/^breaks Hezbollah: Hezbollah refused to pull back/).count())
      .toBeGreaterThan(0);
    await builder.getByRole('checkbox', { name: 'Lebanese army deployment' }).check();
    await expect
      .poll(() => builder.getByText(/^meets Israel: Israel: displaced northern residents/).count())
      .toBeGreaterThan(0);
    const findings = await seriousAxeViolations(page);
    expect(findings.map((f) => `${f.id} at ${f.targets.join(', ')}`)).toEqual([]);
  });

  it('starts from a historical proposal of the scenario and tables it through the engine', async () => {
    const { page } = await app.open(sessionHash('historical-2023-2024', []));
    await openPanel(page, 'Proposals');
    const builder = page.getByRole('region', { name: 'Draft a proposal' });
    await builder
      .getByRole('combobox', { name: 'Start from' })
      .selectOption({ label: 'The French plan (2024-02)' });
    await expect
      .poll(() => builder.getByRole('combobox', { name: 'Halt to strikes' }).inputValue())
      .toBe('overflightsToo');
    await expect
      .poll(() => builder.getByText('Israel would reject: israelFreedomOfAction').count())
      .toBe(1);
    // At the start of the historical line no proposal can be tabled: the engine says why.
    // aria-disabled, not disabled: it stays focusable and says why when pressed.
    const table = builder.getByRole('button', { name: 'Table this proposal' });
    expect(await table.getAttribute('aria-disabled')).toBe('true');
    await table.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText(/The proposal cannot be tabled now/).count())
      .toBeGreaterThan(0);
  });
});
