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

/** Parses `--flag value`, `--flag=value` and `--switch`; anything unknown is a UsageError. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.switches?.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      switches.add(name);
    } else if (spec.values?.includes(name) || spec.repeatable?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (spec.repeatable?.includes(name)) (lists[name] ??= []).push(value);
      else values[name] = value;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, values, lists, switches };
}

/** A flag's value from a fixed set, or a UsageError naming the choices. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** A whole number in a range from a flag's text, or a one-line UserFacingError naming the flag. */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UserFacingError(`--${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  return value;
}
