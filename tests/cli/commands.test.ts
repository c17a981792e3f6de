// Child processes and property runs are slow on a loaded 2-core machine: generous timeouts, no timing assertions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { baselineJson } from '../helpers/scenarioFixture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'escalation-lab-cli-'));
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('escalation-lab CLI (as a child process)', { timeout: 120_000 }, () => {
  it('lists the bundled scenarios as id<TAB>title', () => {
    const { code, stdout } = cli(['list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^baseline-2024-01\tJanuary 2024: /m);
  });

  it('validates files and ids: ok for each valid one; every problem and exit 1 otherwise', () => {
    expect(cli(['validate', 'scenarios/baseline-2024-01.json', 'baseline-2024-01'])).toMatchObject({
      code: 0,
      stdout: 'ok scenarios/baseline-2024-01.json\nok scenarios/baseline-2024-01.json\n',
    });
    const broken = baselineJson();
    broken.start.postures.hezbollah.military = 'napping';
    broken.extra = true;
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = cli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${file}: /extra: unknown field (expected only the fields the format defines, found "extra")\n`,
    );
    writeFileSync(
      file,
      JSON.stringify({ ...baselineJson(), extra: undefined, start: broken.start }),
    );
    expect(cli(['validate', file]).stderr).toMatch(
      /\/start\/postures\/hezbollah\/military: unknown state \(expected one of "restraint", /,
    );
  });

  it('prints the event catalog with who controls each event', () => {
    const { code, stdout } = cli(['events', 'baseline-2024-01']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('type\tlabel\tcontrolled by\tdescription');
    expect(stdout).toMatch(/^hezbollah\.holdFire\tHold fire\tHezbollah\t/m);
    expect(stdout).toMatch(/^world\.gazaTruce\tGaza truce begins\tworld\t/m);
  });

  it('runs the script in every format, byte-identical each time', () => {
    const json = cli(['run', 'baseline-2024-01']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).format).toBe('escalation-lab/transition-log');
    expect(cli(['run', 'baseline-2024-01']).stdout).toBe(json.stdout);
    expect(cli(['run', 'baseline-2024-01', '--format', 'csv']).stdout).toMatch(
      /^step,event,cause,actor,from,to,/,
    );
    expect(cli(['run', 'baseline-2024-01', '--format=jsonl']).stdout.split('\n')[0]).toMatch(
      /^\{"type":"header"/,
    );
    expect(cli(['run', 'baseline-2024-01', '--format', 'text']).stdout).toMatch(
      /Step 2: Reject the US proposal \(Hezbollah\)/,
    );
  });

  it('runs given events and stops at one that is not enabled, naming the step, the event and why', () => {
    const ok = cli([
      'run',
      'baseline-2024-01',
      '--events',
      'world.gazaTruce,world.gazaTruceCollapses',
      '--format',
      'csv',
    ]);
    expect(ok.code).toBe(0);
    const bad = cli([
      'run',
      'baseline-2024-01',
      '--events',
      'us.tableProposal,hezbollah.acceptProposal',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^step 2: "hezbollah.acceptProposal" is not enabled: The terms on the table break what Hezbollah stated: hezbollahNoDealWhileGazaFighting \(Tied to a Gaza ceasefire: no\)/,
    );
    noStack(bad.stderr);
  });

  it('writes to --out, then replays and verifies the log; a tampered log fails at the first divergence', () => {
    const out = join(tmp, 'log.json');
    expect(cli(['run', 'baseline-2024-01', '--out', out]).code).toBe(0);
    expect(cli(['replay', out])).toMatchObject({ code: 0, stdout: 'verified 5 transitions\n' });
    const log = JSON.parse(readFileSync(out, 'utf8'));
    log.transitions[3].to = 'suspended';
    writeFileSync(out, JSON.stringify(log));
    const tampered = cli(['replay', out]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toBe(
      `${out}: step 2: transition 2 (us) to: expected "suspended", got "revisingProposal"\n`,
    );
  });

  it('replays JSON Lines too, and refuses a log of another scenario version', () => {
    const out = join(tmp, 'log.jsonl');
    cli(['run', 'baseline-2024-01', '--format', 'jsonl', '--out', out]);
    expect(cli(['replay', out]).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!);
    header.scenario.fingerprint = '0000';
    writeFileSync(out, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    const result = cli(['replay', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/another version of scenario "baseline-2024-01"/);
  });

  it('gives one clear line and exit 1 for bad input, exit 2 for wrong usage, never a stack trace', () => {
    const cases: [string[], number, RegExp][] = [
      [
        ['run', 'no-such-scenario'],
        1,
        /^no scenario "no-such-scenario" \(bundled: .*baseline-2024-01/,
      ],
      [['validate', join(tmp, 'missing.json')], 1, /missing\.json: no such file\n$/],
      [['replay', 'scenarios/baseline-2024-01.json'], 1, /\/format: /],
      [
        ['run', 'baseline-2024-01', '--bogus'],
        2,
        /unknown option --bogus\nusage: escalation-lab run /,
      ],
      [
        ['run', 'baseline-2024-01', '--format', 'pdf'],
        2,
        /--format must be one of json, csv, jsonl, text/,
      ],
      [['fly'], 2, /unknown command "fly"/],
      [['validate'], 2, /validate needs at least one FILE or ID/],
    ];
    for (const [args, code, message] of cases) {
      const result = cli(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr.trim().split('\n').length, args.join(' ')).toBeLessThanOrEqual(2);
      noStack(result.stderr);
    }
    writeFileSync(join(tmp, 'notjson.json'), '{ nope');
    const notJson = cli(['validate', join(tmp, 'notjson.json')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/notjson\.json: \/: not valid JSON at line 1, column 3/);
  });

  it('prints help with examples', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:\n {2}escalation-lab list/);
  });
});
