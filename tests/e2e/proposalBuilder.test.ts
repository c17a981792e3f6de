import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../helpers/browser.ts';
import { REPO_ROOT } from '../helpers/server.ts';
import { useApp } from './support/app.ts';
import { chooseExport, openPanel, sessionHash } from './support/contract.ts';

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

  it('tables a draft with its terms, which the exported log carries and the CLI replays', async () => {
    const { page } = await app.open();
    await openPanel(page, 'Proposals');
    const builder = page.getByRole('region', { name: 'Draft a proposal' });
    await builder.waitFor();
    await builder.getByRole('checkbox', { name: 'Tied to a Gaza ceasefire' }).check();
    await builder
      .getByRole('combobox', { name: 'Halt to strikes' })
      .selectOption('offensiveOperations');
    await builder.getByRole('button', { name: 'Table this proposal' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), chooseExport(page, 'JSON')]);
    const path = join(mkdtempSync(join(tmpdir(), 'escalation-lab-draft-')), 'log.json');
    await file.saveAs(path);
    const log = JSON.parse(await readFile(path, 'utf8'));
    expect(log.inputs).toEqual(['us.tableProposal']);
    expect(log.proposals).toHaveLength(1);
    expect(log.proposals[0]).toMatchObject({
      step: 1,
      proposal: {
        kind: 'draft',
        terms: { tiedToGazaCeasefire: true, haltToStrikes: 'offensiveOperations' },
      },
    });
    const replay = execFileSync(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'escalation-lab.js'), 'replay', path],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(replay).toMatch(/^verified \d+ transitions and 1 tabled proposal$/m);
  });
});
