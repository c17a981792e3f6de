import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_LABEL_COLUMNS, readLog } from '../../src/engine/index.ts';
import { REPO_ROOT } from '../helpers/server.ts';
import { BASELINE, chooseExport, control, EXPORT_FORMATS } from './support/contract.ts';
import { useApp } from './support/app.ts';
import { logJsonFor, playSteps, transitionsUpTo } from './support/model.ts';
import { expectLogRows, expectPostures } from './support/screen.ts';

const app = useApp();
const script = playSteps(BASELINE.id, BASELINE.script);
const scriptTransitions = transitionsUpTo(script, 3);
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'escalation-lab-e2e-'));
});

/** Runs the CLI's `replay` on a file, as a teacher would, and returns what it printed. */
function cliReplay(file: string): string {
  return execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'escalation-lab.js'), 'replay', file],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
}

/** Exports one format and saves the download; returns its suggested name, path and text. */
async function download(
  page: Page,
  format: string,
): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), chooseExport(page, format)]);
  const name = file.suggestedFilename();
  const path = join(folder, `${format.replace(/\s+/g, '-')}-${name}`);
  await file.saveAs(path);
  return { name, path, text: readFileSync(path, 'utf8') };
}

describe('export', () => {
  it('should download the log in every format, named after the scenario, and the CLI should verify JSON and JSON Lines', async () => {
    const { page } = await app.open();
    for (let i = 0; i < 3; i++) await control(page, 'Next step').click();
    await expectPostures(page, script[3]!);

    for (const format of EXPORT_FORMATS) {
      const file = await download(page, format.name);
      expect(file.name).toBe(`${BASELINE.id}-log.${format.extension}`);
      if (format.extension === 'csv') {
        const lines = file.text.trim().split(/\r?\n/);
        expect(lines[0]).toBe([...CSV_COLUMNS, ...CSV_LABEL_COLUMNS].join(','));
        expect(lines.length - 1, 'one CSV row per transition').toBe(scriptTransitions);
        continue;
      }
      const read = readLog(file.path, file.text);
      expect(read.ok, `${format.name} export reads as a log`).toBe(true);
      if (read.ok) expect(read.log.inputs).toEqual([...BASELINE.script]);
      expect(cliReplay(file.path).trim()).toBe(`verified ${scriptTransitions} transitions`);
    }
  });
});

describe("a teacher's own scenario file", () => {
  it('should open a valid scenario file and share it again as a file', async () => {
    const own = {
      ...JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios', `${BASELINE.id}.json`), 'utf8')),
      id: 'my-lesson',
      title: 'My lesson on the border',
    };
    const path = join(folder, 'my-lesson.json');
    writeFileSync(path, JSON.stringify(own, null, 2));
    const { page } = await app.open();
    await page.getByLabel('Open scenario file').setInputFiles(path);
    await expect.poll(() => page.title()).toContain('My lesson on the border');
    await expectPostures(page, script[0]!, 'the opened scenario at its start');
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!, 'its script runs');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Share scenario file' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('my-lesson.json');
    const shared = join(folder, 'shared-my-lesson.json');
    await file.saveAs(shared);
    const back = JSON.parse(readFileSync(shared, 'utf8')) as { id: string; script: unknown[] };
    expect(back.id).toBe('my-lesson');
    expect(back.script).toEqual(own.script);
  });
});

describe('import', () => {
  it('should load an imported log as the current line and go on from its end', async () => {
    const inputs = BASELINE.script.slice(0, 2);
    const path = join(folder, 'two-steps.json');
    writeFileSync(path, logJsonFor(BASELINE.id, inputs));
    const { page } = await app.open();
    await page.getByLabel('Import log').setInputFiles(path);
    await expectPostures(page, script[2]!, 'after import');
    await expectLogRows(page, transitionsUpTo(script, 2));
    // The imported line follows the script, so Next step goes on from its end.
    await control(page, 'Next step').click();
    await expectPostures(page, script[3]!, 'Next step after import');
  });

  it('should refuse a log from another scenario version with a visible alert and keep the session', async () => {
    const path = join(folder, 'other-version.json');
    writeFileSync(
      path,
      logJsonFor(BASELINE.id, BASELINE.script.slice(0, 2), {
        fingerprint: 'sha256:0000000000000000',
      }),
    );
    const { page } = await app.open();
    await control(page, 'Next step').click();
    await expectPostures(page, script[1]!);
    await page.getByLabel('Import log').setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: /version/i });
    await alert.first().waitFor();
    expect(await alert.first().isVisible()).toBe(true);
    await expectPostures(page, script[1]!, 'the session is kept');
    await expectLogRows(page, transitionsUpTo(script, 1));
  });
});
