import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

describe('escalation-lab rank', { timeout: 120_000 }, () => {
  it("ranks the played parties' decisions for an outcome, the same way each time", () => {
    const args = [
      'rank',
      'baseline-2024-01',
      '--outcome',
      'fullScaleWar',
      '--runs',
      '200',
      '--seed',
      '3',
    ];
    const first = cli(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Full-scale war: .* as the scenario stands\.$/m);
    expect(first.stdout).toMatch(/^ 1\. .*\[[a-z]+\.[A-Za-z]+\], .*points$/m);
    expect(cli(args).stdout).toBe(first.stdout);
    const json = JSON.parse(cli([...args, '--format', 'json']).stdout);
    expect(json.effects.length).toBeGreaterThan(10);
  });

  it('answers bad input with one line and exit 1, wrong usage with exit 2', () => {
    const unknown = cli(['rank', 'baseline-2024-01', '--outcome', 'peace']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^unknown outcome "peace"/);
    const usage = cli(['rank', 'baseline-2024-01']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/rank needs --outcome OUTCOME\nusage: escalation-lab rank /);
  });
});
