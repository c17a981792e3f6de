import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validateStatement from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'debrief-cli-'));
const main = join(dir, 'main.json');
const branch = join(dir, 'branch.json');
beforeAll(() => {
  cli(['run', 'baseline-2024-01', '--out', main]);
  cli([
    'run',
    'baseline-2024-01',
    '--events',
    'us.tableProposal,israel.launchAirCampaign',
    '--out',
    branch,
  ]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Child processes are slow on a loaded 2-core machine: a generous timeout, no timing assertions.
describe('escalation-lab debrief (as a child process)', { timeout: 120_000 }, () => {
  it('prints the debrief of a log as Markdown', () => {
    const r = cli(['debrief', main]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Debrief: January 2024/);
    expect(r.stdout).toContain('## What your class did, and what happened');
    expect(r.stdout).toContain('## Discussion');
  });

  it('compares two logs and names the first differing step', () => {
    const r = cli(['debrief', main, '--compare', branch]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**First difference:** The lines part at step 2');
  });

  it('writes HTML, JSON and xAPI to a file', () => {
    const out = join(dir, 'd.html');
    const r = cli(['debrief', main, '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote the debrief to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain('@media print');
    const json = JSON.parse(cli(['debrief', branch, '--format', 'json']).stdout);
    expect(json.end.outcome).toBe('fullScaleWar');
    const lines = cli(['debrief', main, '--format', 'xapi']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(validateStatement(JSON.parse(line))).toEqual([]);
  });

  it('reads a log’s predictions', () => {
    const log = JSON.parse(readFileSync(main, 'utf8'));
    const p = {
      step: 2,
      party: 'hezbollah',
      region: 'diplomacy',
      predicted: 'acceptedProposal',
      actual: 'rejectedProposal',
      correct: false,
      by: 'Team A',
    };
    const withPredictions = join(dir, 'predicted.json');
    writeFileSync(withPredictions, JSON.stringify({ ...log, predictions: [p] }));
    expect(cli(['debrief', withPredictions]).stdout).toContain(
      '0 of 1 predictions were right (Team A: 0 of 1)',
    );
  });

  it('fails with one line and exit 1 on a bad file, exit 2 on bad usage', () => {
    const missing = cli(['debrief', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    const notLog = join(dir, 'x.json');
    writeFileSync(notLog, '{"a":1}');
    const bad = cli(['debrief', notLog]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not a transition log');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = cli(['debrief', main, '--format', 'pdf']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of md, html, json, xapi');
    expect(cli(['debrief']).code).toBe(2);
  });

  it('refuses to compare logs of two scenarios', () => {
    const other = join(dir, 'spiral.json');
    cli(['run', 'escalation-spiral', '--out', other]);
    const r = cli(['debrief', main, '--compare', other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('only lines of one scenario can be compared');
  });
});
