import { describe, expect, it } from 'vitest';
import { choice, parseArgs, UsageError, wholeNumber, wholeNumberOr } from '../../src/cli/args.ts';
import { UserFacingError } from '../../src/engine/errors.ts';

const spec = { values: ['format', 'out', 'seed'], switches: ['timestamp'], repeatable: ['set'] };

/** The message of the UsageError that parsing throws, or null when it parses. */
function usageMessage(argv: readonly string[]): string | null {
  try {
    parseArgs(argv, spec);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('parseArgs', () => {
  it('reads positionals, `--flag value`, `--flag=value`, switches and repeated flags', () => {
    const args = parseArgs(
      ['a.json', '--format', 'csv', '--out=x.csv', '--timestamp', '--set', 'p=1', '--set=q=2', 'b'],
      spec,
    );
    expect(args.positionals).toEqual(['a.json', 'b']);
    expect(args.values).toEqual({ format: 'csv', out: 'x.csv' });
    expect(args.lists).toEqual({ set: ['p=1', 'q=2'] });
    expect([...args.switches]).toEqual(['timestamp']);
  });

  it('takes everything after `--` as positionals', () => {
    expect(parseArgs(['--', '--format', 'x'], spec).positionals).toEqual(['--format', 'x']);
  });

  it('refuses unknown options, missing values, a value on a switch, and a flag taken for a value', () => {
    expect(usageMessage(['--bogus'])).toBe('unknown option --bogus');
    expect(usageMessage(['--bogus=1'])).toBe('unknown option --bogus');
    expect(usageMessage(['--out'])).toBe('--out needs a value');
    expect(usageMessage(['--out', '--format', 'json'])).toBe('--out needs a value');
    expect(usageMessage(['--timestamp=yes'])).toBe('--timestamp takes no value');
  });

  it('passes a value with one leading dash to the flag, which then judges it', () => {
    expect(parseArgs(['--seed', '-1'], spec).values.seed).toBe('-1');
    expect(() => wholeNumber('-1', 'seed', 0, 9)).toThrow(
      '--seed must be a whole number from 0 to 9 (got "-1")',
    );
  });
});

describe('flag values', () => {
  it('choice: the fallback when absent, the value when allowed, a UsageError naming the choices otherwise', () => {
    expect(choice(undefined, ['a', 'b'] as const, 'a', 'format')).toBe('a');
    expect(choice('b', ['a', 'b'] as const, 'a', 'format')).toBe('b');
    expect(() => choice('c', ['a', 'b'] as const, 'a', 'format')).toThrow(
      new UsageError('--format must be one of a, b (got "c")'),
    );
  });

  it('wholeNumber: in range or a one-line error showing what was given', () => {
    expect(wholeNumber('7', 'runs', 1, 10)).toBe(7);
    expect(() => wholeNumber('11', 'runs', 1, 10)).toThrow(
      '--runs must be a whole number from 1 to 10 (got 11)',
    );
    expect(() => wholeNumber('many', 'runs', 1, 10)).toThrow(UserFacingError);
    expect(wholeNumberOr(undefined, 40, 'steps', 1, 100)).toBe(40);
    expect(wholeNumberOr('5', 40, 'steps', 1, 100)).toBe(5);
  });
});
