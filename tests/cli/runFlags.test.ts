import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.ts';
import { RUN_FLAGS, runFlags } from '../../src/cli/runFlags.ts';

const parse = (argv: readonly string[]) => parseArgs(argv, RUN_FLAGS);

describe('runFlags', () => {
  it('reads --runs, --seed, --steps and repeated --set the same way for every command', () => {
    const flags = runFlags(
      parse(['--runs', '20', '--seed=3', '--steps', '9', '--set', 'world.massCasualtyIncident=2']),
      { command: 'x', maxRuns: 100 },
    );
    expect(flags).toEqual({
      runs: 20,
      seed: 3,
      steps: 9,
      set: { 'world.massCasualtyIncident': 2 },
    });
  });

  it('uses the command’s defaults, and asks for a flag that has none', () => {
    expect(runFlags(parse([]), { command: 'rank', maxRuns: 100, runs: 50, seed: 1 })).toEqual({
      runs: 50,
      seed: 1,
      steps: 40,
      set: {},
    });
    expect(() => runFlags(parse(['--seed', '1']), { command: 'simulate', maxRuns: 100 })).toThrow(
      new UsageError('simulate needs --runs N'),
    );
    expect(() => runFlags(parse(['--runs', '1']), { command: 'simulate', maxRuns: 100 })).toThrow(
      new UsageError('simulate needs --seed S'),
    );
  });

  it('refuses a batch larger than the command allows', () => {
    expect(() =>
      runFlags(parse(['--runs', '101', '--seed', '1']), { command: 'x', maxRuns: 100 }),
    ).toThrow('--runs must be a whole number from 1 to 100 (got 101)');
  });
});
