import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

/**
 * The rows of docs/reliability.md that the CLI answers: each bad input gets one
 * clear message naming what and where, exit 1, and no stack trace.
 */
const tmp = mkdtempSync(join(tmpdir(), 'escalation-lab-reliability-'));

function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function broken(edit: (s: Record<string, any>) => void): string {
  const data = baselineJson();
  edit(data);
  return JSON.stringify(data);
}

function expectClearFailure(args: string[], message: RegExp) {
  const result = cli(args);
  expect(result.code, args.join(' ')).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:/);
  return result;
}

describe('reliability: scenario files', { timeout: 120_000 }, () => {
  const rows: [string, string, RegExp][] = [
    ['not JSON', '{"id": "x",,}', /: \/: not valid JSON at line 1, column 12/],
    ['empty', '', /: \/: the file is empty/],
    [
      'a wrong type',
      broken((s) => (s.minutes = 'forty')),
      /: \/minutes: wrong type \(expected a number, found a string "forty"\)/,
    ],
    [
      'an unknown field',
      broken((s) => (s.script[0].colour = 'red')),
      /: \/script\/0\/colour: unknown field/,
    ],
    [
      'an unknown party',
      broken((s) => s.played.push('hamas')),
      /: \/played\/4: not a playable party \(expected one of "hezbollah", /,
    ],
    [
      'an unknown state',
      broken((s) => (s.start.postures.gaza = 'peace')),
      /: \/start\/postures\/gaza: unknown state \(expected one of "war", "truce", "ceasefire", "ended", found "peace"\)/,
    ],
    [
      'an unknown event',
      broken((s) => (s.script[2].event = 'hezbollah.surrender')),
      /: \/script\/2\/event: unknown event type/,
    ],
    [
      'duplicate ids',
      broken((s) => s.sources.push(s.sources[0])),
      /: \/sources\/\d+\/id: duplicate source id/,
    ],
    [
      'a step whose event is not enabled',
      broken((s) => (s.script[0].event = 'hezbollah.holdFire')),
      /: \/script\/0\/event: event not enabled at step 1: Hezbollah fires until a full ceasefire in Gaza/,
    ],
    // Built as text: JSON.stringify itself cannot go 10,000 levels deep.
    [
      '10,000-deep nesting',
      broken(() => {}).replace(
        '"thingsToTry":',
        `"thingsToTry":${'['.repeat(10_000)}${']'.repeat(10_000)},"x":`,
      ),
      /: \/brief\/thingsToTry\/0\/0.*: nested too deeply/,
    ],
    [
      'control characters in text',
      broken((s) => (s.title = 'Bell\u0007 ringing')),
      /: \/title: text without control characters \(found "Bell\\u0007 ringing"\)/,
    ],
  ];
  for (const [what, content, message] of rows) {
    it(`answers ${what} with one clear message`, () => {
      const result = expectClearFailure(
        ['validate', file(`${what.replace(/\W+/g, '-')}.json`, content)],
        message,
      );
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('refuses a 50 MB file by its size, without reading it', () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 32));
    expectClearFailure(['validate', big], /big\.json: file too large \(50\.0 MB; at most 8 MB\)/);
  });

  it('keeps markup as plain text: a scenario full of tags still validates, and runs', () => {
    const path = file(
      'markup.json',
      broken((s) => {
        s.title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
        s.script[0].narration = '<a href="javascript:alert(3)">click</a>';
      }),
    );
    expect(cli(['validate', path]).code).toBe(0);
    expect(cli(['run', path, '--format', 'text']).stdout).toContain('<script>alert(1)</script>');
  });

  it('names a folder, a missing file and an unknown id', () => {
    mkdirSync(join(tmp, 'folder.json'), { recursive: true });
    expectClearFailure(
      ['validate', join(tmp, 'folder.json')],
      /folder\.json: is a folder, not a file/,
    );
    expectClearFailure(['run', join(tmp, 'nothing.json')], /nothing\.json: no such file/);
    expectClearFailure(['events', 'no-such-id'], /^no scenario "no-such-id"/);
  });
});

describe('reliability: logs', { timeout: 120_000 }, () => {
  const out = join(tmp, 'good.json');
  cli(['run', 'baseline-2024-01', '--out', out]);
  const good = JSON.parse(cli(['run', 'baseline-2024-01']).stdout);
  const logFile = (name: string, edit: (log: Record<string, any>) => void) => {
    const log = structuredClone(good);
    edit(log);
    return file(name, JSON.stringify(log));
  };

  it('answers a truncated log', () => {
    expectClearFailure(
      ['replay', file('cut.json', JSON.stringify(good).slice(0, 300))],
      /cut\.json: \/: not a log: neither JSON nor JSON Lines/,
    );
  });

  it('answers a transition edited by hand with the first divergence', () => {
    expectClearFailure(
      ['replay', logFile('edited.json', (l) => (l.transitions[1].from = 'rejectedProposal'))],
      /edited\.json: step 1: transition 2 \(hezbollah\) from: expected "rejectedProposal", got "openToTalks"/,
    );
  });

  it('answers a scenario fingerprint that does not match', () => {
    expectClearFailure(
      ['replay', logFile('print.json', (l) => (l.scenario.fingerprint = 'ffff'))],
      /another version of scenario "baseline-2024-01"/,
    );
  });

  it('answers a newer format version by name', () => {
    expectClearFailure(
      ['replay', logFile('v2.json', (l) => (l.version = 2))],
      /v2\.json: \/version: this log was written by a newer Escalation Lab \(expected format version 1, found 2\)/,
    );
  });

  it("answers another scenario's log", () => {
    const other = file(
      'other-scenario.json',
      broken((s) => (s.id = 'other-scenario')),
    );
    expectClearFailure(
      ['replay', out, '--scenario', other],
      /this log is for scenario "baseline-2024-01", not "other-scenario"/,
    );
  });
});
