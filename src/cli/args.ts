import { parseArgs as parseNodeArgs } from 'node:util';
import { UserFacingError } from '../engine/errors.ts';

/** A command line the user got wrong: printed with the usage line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The flags a command accepts: the ones that take a value and the ones that do not. */
export interface FlagSpec {
  readonly values?: readonly string[];
  readonly switches?: readonly string[];
  /** Flags that may be given more than once (their values are collected). */
  readonly repeatable?: readonly string[];
}

/** Parsed arguments: positionals in order, flags by name (repeatable ones as arrays). */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly switches: ReadonlySet<string>;
}

type NodeOptions = NonNullable<Parameters<typeof parseNodeArgs>[0]>['options'];

/** The spec in the form `node:util` parseArgs takes. */
function nodeOptions(spec: FlagSpec): NonNullable<NodeOptions> {
  const options: NonNullable<NodeOptions> = {};
  for (const name of spec.values ?? []) options[name] = { type: 'string' };
  for (const name of spec.repeatable ?? []) options[name] = { type: 'string', multiple: true };
  for (const name of spec.switches ?? []) options[name] = { type: 'boolean' };
  return options;
}

/** Node's parse errors, said the way the rest of the CLI says them. */
function usageErrorFrom(
  error: Error & { code?: string },
  argv: readonly string[],
  spec: FlagSpec,
): UsageError {
  const given = /'(--?[^'\s]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`unknown option ${given}`);
  const flag = given.replace(/^-+/, '').split('=')[0]!;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const isSwitch = spec.switches?.includes(flag) && argv.some((a) => a.startsWith(`--${flag}=`));
    return new UsageError(isSwitch ? `--${flag} takes no value` : `--${flag} needs a value`);
  }
  return new UsageError(error.message);
}

/**
 * `--seed -1` gives the value "-1" (then refused by the flag's own check, with its
 * range); node:util would call a value with a leading dash ambiguous, so such a pair is
 * passed on as `--seed=-1`. A value with two leading dashes is still taken for a flag.
 */
function joinDashValues(argv: readonly string[], spec: FlagSpec): string[] {
  const takesValue = new Set([...(spec.values ?? []), ...(spec.repeatable ?? [])]);
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--') {
      joined.push(...argv.slice(i));
      break;
    }
    if (
      arg.startsWith('--') &&
      takesValue.has(arg.slice(2)) &&
      next !== undefined &&
      /^-(?!-)/.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/**
 * Parses `--flag value`, `--flag=value` and `--switch` with `node:util` parseArgs
 * (strict: anything unknown is a UsageError). A value that looks like another flag is
 * refused, so `--out --format json` cannot write a file called "--format".
 */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({
      args: joinDashValues(argv, spec),
      options: nodeOptions(spec),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageErrorFrom(error as Error & { code?: string }, argv, spec);
  }
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const switches = new Set<string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === true) switches.add(name);
    else if (Array.isArray(value))
      lists[name] = value.filter((v): v is string => typeof v === 'string');
    else if (typeof value === 'string') values[name] = value;
  }
  return { positionals: parsed.positionals, values, lists, switches };
}

/** A flag's value from a fixed set, or a UsageError naming the choices. */
export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  flag: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/**
 * A whole number in a range from a flag's text, or a one-line UserFacingError naming
 * the flag (a number out of range is shown as given, anything else in quotes).
 */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (/^\d+$/.test(text) && value >= min && value <= max) return value;
  const got = /^\d+$/.test(text) ? String(value) : `"${text}"`;
  throw new UserFacingError(`--${flag} must be a whole number from ${min} to ${max} (got ${got})`);
}

/** An optional whole-number flag: its default when absent. */
export function wholeNumberOr(
  text: string | undefined,
  fallback: number,
  flag: string,
  min: number,
  max: number,
): number {
  return text === undefined ? fallback : wholeNumber(text, flag, min, max);
}

/** The largest seed a scenario or a run takes (the PRNG's 32-bit state). */
export const MAX_SEED = 4294967295;
