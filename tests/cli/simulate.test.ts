import { describe, expect, it } from 'vitest';
import { conflictModel } from '../../machines/index.ts';
import { scenarioWeights } from '../../src/analysis/weights.ts';
import { handleAnalysisRequest } from '../../src/analysis/workerProtocol.ts';
import { loadScenarioFile } from '../helpers/scenarioFiles.ts';
import { main } from '../../src/cli/main.ts';
import { cli } from '../helpers/cli.ts';

/** Runs the CLI in this process (the same `main` bin/ calls): for the many error cases. */
function inProcess(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const oneLine = (text: string) => {
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
};

// Child processes are slow on a loaded 2-core machine: a generous timeout, no timing assertions.
describe('escalation-lab simulate', { timeout: 120_000 }, () => {
  it('prints each outcome with its share and interval; the same seed gives the same bytes', () => {
    const args = ['simulate', 'baseline-2024-01', '--runs', '300', '--seed', '7'];
    const first = cli(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^outcome\s+runs\s+share\s+95% interval\s+median steps\s+median peak level$/m,
    );
    for (const id of conflictModel.outcomes.map((o) => o.id))
      expect(first.stdout).toMatch(
        new RegExp(`^${id}\\s+\\d+\\s+\\d+\\.\\d%\\s+\\d+\\.\\d%–\\d+\\.\\d%`, 'm'),
      );
    expect(cli(args).stdout).toBe(first.stdout);
    expect(cli(['simulate', 'baseline-2024-01', '--runs', '300', '--seed', '8']).stdout).not.toBe(
      first.stdout,
    );
  });

  it('gives the browser worker’s numbers: same request, same runs', () => {
    const { stdout, code } = cli([
      'simulate',
      'baseline-2024-01',
      '--runs',
      '120',
      '--seed',
      '11',
      '--set',
      'world.massCasualtyIncident=3',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const fromCli = JSON.parse(stdout);
    const { scenario } = loadScenarioFile('scenarios/baseline-2024-01.json');
    const answer = handleAnalysisRequest(conflictModel, {
      id: 1,
      kind: 'simulate',
      request: {
        postures: scenario.start.postures,
        played: scenario.played,
        runs: 120,
        seed: 11,
        steps: 40,
        weights: scenarioWeights(scenario.weights),
        set: { 'world.massCasualtyIncident': 3 },
        sweep: null,
      },
    });
    expect(answer.kind).toBe('simulate');
    if (answer.kind !== 'simulate') return;
    expect(JSON.parse(JSON.stringify(answer.result))).toEqual({
      parameterNames: fromCli.parameterNames,
      groups: fromCli.groups,
      rows: fromCli.rows,
    });
    expect(fromCli.rows).toHaveLength(120);
  });

  it('writes one row per run in BehaviorSpace’s table layout when sweeping', () => {
    const { stdout, code } = cli([
      'simulate',
      'baseline-2024-01',
      '--runs',
      '4',
      '--seed',
      '3',
      '--set',
      'world.houthiAttacks=2',
      '--sweep',
      'world.massCasualtyIncident=0:1:0.5',
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toBe(
      'run,seed,world.massCasualtyIncident,world.houthiAttacks,outcome,steps,peak_level',
    );
    expect(rows).toHaveLength(12);
    const cells = rows.map((r) => r.split(','));
    expect(cells.map((c) => c[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(cells.map((c) => c[2])).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0.5',
      '0.5',
      '0.5',
      '0.5',
      '1',
      '1',
      '1',
      '1',
    ]);
    // Run i has the same seed under every value (common random numbers).
    expect(cells.slice(4, 8).map((c) => c[1])).toEqual(cells.slice(0, 4).map((c) => c[1]));
    for (const c of cells) {
      expect(c[3]).toBe('2');
      expect(conflictModel.outcomes.map((o) => o.id)).toContain(c[4]);
      expect(Number(c[6])).toBeGreaterThanOrEqual(0);
      expect(Number(c[6])).toBeLessThanOrEqual(10);
    }
  });

  it('exits 2 with the usage line for wrong flags', () => {
    for (const args of [
      ['simulate', 'baseline-2024-01', '--runs', '5'],
      ['simulate', 'baseline-2024-01', '--runs', '5', '--seed', '1', '--fast'],
      ['simulate', '--runs', '5', '--seed', '1'],
    ]) {
      const result = inProcess(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/\nusage: escalation-lab simulate FILE\|ID --runs N --seed S/);
    }
  });

  it('exits 1 with one line for bad values', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--sweep', 'world.massCasualtyIncident=3:1:1'],
        /^--sweep world\.massCasualtyIncident: need FROM ≤ TO and STEP > 0/,
      ],
      [['--sweep', 'oops'], /^--sweep must be NAME=FROM:TO:STEP/],
      [['--set', 'world.nothing=2'], /^unknown parameter "world\.nothing"/],
      [['--set', 'world.massCasualtyIncident=-1'], /weight must be a number from 0 to 1000/],
      [['--steps', 'many'], /^--steps must be a whole number/],
    ];
    for (const [extra, message] of cases) {
      const result = inProcess([
        'simulate',
        'baseline-2024-01',
        '--runs',
        '5',
        '--seed',
        '1',
        ...extra,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      oneLine(result.stderr);
    }
  });
});
