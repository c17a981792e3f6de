import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { teamDoc } from '../../src/classroom/protocol.ts';
import { readLog, replayLog } from '../../src/engine/index.ts';
import { serve, type Served } from '../../src/server/listen.ts';
import {
  launchBrowser,
  openPage,
  seriousAxeViolations,
  type RecordedPage,
} from '../helpers/browser.ts';
import { loadScenario } from '../helpers/scenarioFiles.ts';
import { connect } from '../helpers/session.ts';
import { openPanel } from './support/contract.ts';
import { appReady } from './support/ready.ts';

/**
 * A class session in real Chromium against the real session server (`serve` in this
 * process, serving the same static build): a teacher and three teams, each in its own
 * browser context, through two rounds, one with a move the engine refuses.
 */
const dir = mkdtempSync(join(tmpdir(), 'session-e2e-'));
let served: Served;
let base: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  served = await serve({
    port: 0,
    host: false,
    site: inject('appOutDir'),
    dataFile: join(dir, 'sessions.sqlite'),
  });
  base = served.addresses[0]!.replace('localhost', '127.0.0.1');
  browser = await launchBrowser(inject('chromiumPath'));
});
afterAll(async () => {
  await Promise.all(pages.map((p) => p.close()));
  await browser?.close();
  await served?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const entry = await openPage(browser);
  pages.push(entry);
  await entry.page.goto(new URL(path, base).href);
  return entry.page;
}

/** Joins as a team; waits for "Your moves" (admitted at once) or for the waiting room. */
async function joinAs(
  code: string,
  party: string,
  name: string,
  admitted: 'at once' | 'waits' = 'at once',
): Promise<Page> {
  const page = await open(`#join=${code}`);
  await page.getByLabel('Team', { exact: true }).selectOption({ label: party });
  await page.getByLabel('Team name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page
    .getByRole('region', { name: admitted === 'at once' ? 'Your moves' : 'Waiting' })
    .waitFor();
  return page;
}

/** Starts a class session on the teacher's page; returns the join code. */
async function startSession(teacher: Page, autoAdmit: boolean): Promise<string> {
  await openPanel(teacher, 'Class session');
  await teacher.getByRole('button', { name: 'Start class session' }).click();
  // The first session of a fresh browser on a loaded machine can take a while to draw.
  await teacher.locator('[data-join-code]').waitFor({ timeout: 30_000 });
  const code = (await teacher.locator('[data-join-code]').getAttribute('data-join-code'))!;
  const box = teacher.getByRole('checkbox', { name: 'Admit teams automatically' });
  // Off unless the teacher turns it on: a join code can travel beyond the classroom.
  expect(await box.isChecked()).toBe(false);
  if (autoAdmit) {
    await box.check();
    await expect.poll(() => served.session.registry.autoAdmit(code)).toBe(true);
  }
  return code;
}

async function submit(page: Page, move: string, rationale: string): Promise<void> {
  const moves = page.getByRole('region', { name: 'Your moves' });
  await moves.getByRole('radio', { name: move }).check();
  await moves.getByLabel('Rationale (one line)').fill(rationale);
  await moves.getByRole('button', { name: 'Submit move' }).click();
  await expect.poll(() => moves.textContent()).toContain('waiting for the reveal');
}

const classRow = (teacher: Page, team: string) =>
  teacher
    .getByRole('region', { name: 'Class', exact: true })
    .getByRole('listitem')
    .filter({ hasText: team });
const stageStep = (page: Page) =>
  page
    .getByRole('region', { name: 'Stage' })
    .getByText(/^Step \d+\./)
    .textContent();

describe('a class session across devices', () => {
  it('runs rounds through reveal and returns a refused move with the engine’s reason', async () => {
    const teacher = await open('');
    await appReady({ page: teacher });
    const code = await startSession(teacher, true);
    expect(code).toMatch(/^[0-9A-Z]{10}$/);
    await expect(teacher.getByRole('img', { name: /QR code of the join link/ })).toBeTruthy();
    await teacher.getByRole('img', { name: /QR code of the join link/ }).waitFor();

    const us = await joinAs(code, 'United States', 'Envoys');
    const hezbollah = await joinAs(code, 'Hezbollah', 'Cedars');
    const israel = await joinAs(code, 'Israel', 'Galilee');
    // A student's page has none of the teacher's controls.
    expect(await us.getByRole('button', { name: 'Open round' }).count()).toBe(0);
    expect(await us.getByRole('combobox', { name: 'View as' }).count()).toBe(0);

    for (const team of ['Envoys', 'Cedars', 'Galilee'])
      await expect
        .poll(() => classRow(teacher, team).textContent(), { timeout: 10_000 })
        .toMatch(/joined/);
    await teacher.getByRole('button', { name: 'Open round' }).click();
    await submit(us, 'Table a proposal', 'Test the conditions');
    await submit(hezbollah, 'Pass (no move this round)', 'Wait for the proposal');
    await submit(israel, 'Pass (no move this round)', 'Wait');
    for (const team of ['Envoys', 'Cedars', 'Galilee'])
      await expect.poll(() => classRow(teacher, team).textContent()).toMatch(/submitted/);
    // The board says who submitted, not what.
    expect(
      await teacher.getByRole('region', { name: 'Class', exact: true }).textContent(),
    ).not.toContain('Table a proposal');
    await teacher.getByRole('button', { name: 'Reveal moves' }).click();
    for (const page of [us, hezbollah, israel])
      await expect.poll(() => stageStep(page)).toMatch(/^Step 1\./);
    await expect
      .poll(() => us.getByRole('region', { name: 'Your moves' }).textContent())
      .toContain('Your move was applied');

    // A reload of the teacher's page restores the session; a team's reload rejoins its team.
    await teacher.reload();
    await appReady({ page: teacher });
    await expect
      .poll(() => teacher.locator('[data-join-code]').getAttribute('data-join-code'))
      .toBe(code);
    await expect.poll(() => classRow(teacher, 'Galilee').textContent()).toMatch(/joined/);
    await us.reload();
    await us.getByRole('region', { name: 'Your moves' }).waitFor();
    expect(await us.getByRole('button', { name: 'Join' }).count()).toBe(0);
    await expect.poll(() => stageStep(us)).toMatch(/^Step 1\./);

    // Round 2: Hezbollah's rejection comes first in the engine's party order, so Israel's
    // acceptance finds no proposal on the table and is refused.
    await teacher.getByRole('button', { name: 'Open round' }).click();
    await expect
      .poll(() => israel.getByRole('region', { name: 'Your moves' }).textContent())
      .toContain('Round 2 is open');
    await submit(hezbollah, 'Reject the US proposal', 'Stated condition: Gaza first');
    await submit(israel, 'Accept the US proposal', 'Quiet in the north');
    await expect.poll(() => classRow(teacher, 'Galilee').textContent()).toMatch(/submitted/);
    await expect.poll(() => classRow(teacher, 'Cedars').textContent()).toMatch(/submitted/);
    await teacher.getByRole('button', { name: 'Reveal moves' }).click();
    await israel
      .getByRole('alert')
      .filter({ hasText: 'Your move was refused: A US proposal must be on the table.' })
      .waitFor();
    for (const page of [us, hezbollah, israel])
      await expect.poll(() => stageStep(page)).toMatch(/^Step 2\./);

    // Presence: a team whose device goes away shows as offline.
    await pages.find((p) => p.page === us)!.close();
    await expect
      .poll(() => classRow(teacher, 'Envoys').textContent(), { timeout: 15_000 })
      .toMatch(/offline/);

    expect(await seriousAxeViolations(israel)).toEqual([]);
    expect(await seriousAxeViolations(teacher)).toEqual([]);

    const download = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'End session' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.inputs).toEqual(['us.tableProposal', 'hezbollah.rejectProposal']);
    expect(exported.rounds.map((r: { round: number }) => r.round)).toEqual([1, 2]);
    const refused = exported.rounds[1].entries.find((e: { party: string }) => e.party === 'israel');
    expect(refused).toMatchObject({
      team: 'Galilee',
      status: 'refused',
      rationale: 'Quiet in the north',
    });
    const read = readLog('class.json', readFileSync(file, 'utf8'));
    expect(read.ok && replayLog(conflictModel, loadScenario('baseline-2024-01'), read.log).ok).toBe(
      true,
    );
    // The session's data is gone from the server: the join link no longer works.
    await expect.poll(() => served.session.registry.info(code)).toBeNull();
    // Four browser contexts and two rounds: more than the default minute on a busy machine.
  }, 150_000);

  it('applies each move as it arrives in free play', async () => {
    const teacher = await open('');
    await appReady({ page: teacher });
    const code = await startSession(teacher, true);
    await teacher.getByRole('checkbox', { name: /Free play/ }).check();
    const us = await joinAs(code, 'United States', 'Envoys');
    await expect
      .poll(() => us.getByRole('region', { name: 'Your moves' }).textContent())
      .toContain('Free play');
    const moves = us.getByRole('region', { name: 'Your moves' });
    await moves.getByRole('radio', { name: 'Table a proposal' }).check();
    await moves.getByRole('button', { name: 'Submit move' }).click();
    await expect.poll(() => stageStep(us), { timeout: 10_000 }).toMatch(/^Step 1\./);
    await expect.poll(() => moves.textContent()).toContain('Your move was applied');
  });

  it('lets a team in only when the teacher admits it, and shows who is here', async () => {
    const teacher = await open('');
    await appReady({ page: teacher });
    const code = await startSession(teacher, false);
    const cedars = await joinAs(code, 'Hezbollah', 'Cedars', 'waits');
    await cedars
      .getByRole('status')
      .filter({ hasText: 'Waiting for the teacher to admit your team.' })
      .waitFor();
    expect(await cedars.getByRole('region', { name: 'Your moves' }).count()).toBe(0);
    expect(await seriousAxeViolations(cedars)).toEqual([]);

    // A forged submission with the waiting team's own token, straight to the server.
    const token = (await cedars.evaluate(
      (key) => localStorage.getItem(key),
      `escalation-lab:class-session:team:${code}`,
    ))!;
    const wsUrl = `${base.replace('http', 'ws')}session`;
    const forged = connect(wsUrl, teamDoc(code, 'hezbollah'), token);
    forged.doc.getMap('team').set('submission', {
      id: 1,
      round: 1,
      move: 'hezbollah.rejectProposal',
      rationale: 'x',
      prediction: null,
    });
    await expect(forged.ready).rejects.toThrow(/permission-denied/);
    forged.close();
    const saved = JSON.parse(
      (await teacher.evaluate(() => localStorage.getItem('escalation-lab:class-session:teacher')))!,
    ) as { token: string };
    const check = connect(wsUrl, teamDoc(code, 'hezbollah'), saved.token);
    await check.ready;
    expect(check.doc.getMap('team').get('submission')).toBeUndefined();
    check.close();

    // The teacher sees the team waiting, gives it another party and lets it in.
    const row = classRow(teacher, 'Cedars');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/waiting/);
    await row.getByRole('combobox', { name: 'Party for Cedars' }).selectOption({ label: 'Israel' });
    await expect
      .poll(async () => (await served.session.registry.teams(code))[0]?.party)
      .toBe('israel');
    await row.getByRole('button', { name: 'Admit Cedars' }).click();
    const moves = cedars.getByRole('region', { name: 'Your moves' });
    await moves.waitFor({ timeout: 10_000 });
    await expect.poll(() => cedars.getByText(/Team Cedars plays Israel\./).count()).toBe(1);
    await expect
      .poll(() => classRow(teacher, 'Cedars').textContent())
      .toMatch(/plays Israel: joined/);

    // A reload keeps the team admitted; a second team shows up in "Who is here".
    await cedars.reload();
    await moves.waitFor();
    expect(await cedars.getByRole('region', { name: 'Waiting' }).count()).toBe(0);
    const envoys = await joinAs(code, 'United States', 'Envoys', 'waits');
    await classRow(teacher, 'Envoys').getByRole('button', { name: 'Admit Envoys' }).click();
    await envoys.getByRole('region', { name: 'Your moves' }).waitFor({ timeout: 10_000 });
    const here = cedars.getByRole('region', { name: 'Who is here' });
    await expect.poll(() => here.textContent(), { timeout: 10_000 }).toContain('Teacher: online');
    await expect
      .poll(() => here.textContent(), { timeout: 10_000 })
      .toContain('Envoys (United States): online');
    expect(await here.textContent()).toContain('Cedars (Israel, your team): online');
    // Announced politely, once.
    await expect
      .poll(() => here.locator('[aria-live="polite"]').textContent())
      .toBe('Envoys joined.');

    // The admitted team submits, and the reveal applies it.
    await teacher.getByRole('button', { name: 'Open round' }).click();
    await submit(cedars, 'Pass (no move this round)', 'Watch the north');
    await expect.poll(() => classRow(teacher, 'Cedars').textContent()).toMatch(/submitted/);
    await teacher.getByRole('button', { name: 'Reveal moves' }).click();
    await expect.poll(() => moves.textContent()).toContain('You passed this round.');
    expect(await seriousAxeViolations(cedars)).toEqual([]);
    expect(await seriousAxeViolations(teacher)).toEqual([]);

    // A team that leaves shows as offline to the others.
    await pages.find((p) => p.page === envoys)!.close();
    await expect
      .poll(() => here.textContent(), { timeout: 15_000 })
      .toContain('Envoys (United States): offline');
    expect(await here.locator('[aria-live="polite"]').textContent()).toBe('Envoys left.');

    // A removed team's screen says so at once and offers the join form again.
    await classRow(teacher, 'Cedars').getByRole('button', { name: 'Remove Cedars' }).click();
    await cedars
      .getByRole('alert')
      .filter({ hasText: 'The teacher removed this team, or the session has ended.' })
      .waitFor({ timeout: 10_000 });
    await cedars.getByRole('button', { name: 'Join' }).waitFor();
    expect(await cedars.getByRole('region', { name: 'Your moves' }).count()).toBe(0);
  }, 120_000);
});
