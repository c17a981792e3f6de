import type { z } from 'zod';

/** One thing wrong with an input file, located by JSON pointer. */
export interface Problem {
  readonly file: string;
  /** RFC 6901 JSON pointer to the offending value ('' for the whole file). */
  readonly pointer: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

/** `FILE: /pointer: message (expected …, found …)`: the one line a person reads. */
export function formatProblem(p: Problem): string {
  const detail = [
    p.expected && `expected ${p.expected}`,
    p.found !== undefined && `found ${p.found}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.file}: ${p.pointer || '/'}: ${p.message}${detail ? ` (${detail})` : ''}`;
}

/** A JSON pointer from a path of keys, escaped per RFC 6901. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A short, printable rendering of a found value: control characters escaped, long text cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  text = text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern finds control characters to escape them.
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The type of a value, as a person would name it. */
function typeName(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Turns zod's issues into problems, one per issue (one per unknown key). */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const pointer = toPointer(issue.path);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({
            file,
            pointer: toPointer([...issue.path, key]),
            message: 'unknown field',
            expected: 'only the fields the format defines',
            found: describeValue(key),
          });
        }
        break;
      case 'invalid_type':
        problems.push({
          file,
          pointer,
          message: input === undefined ? 'missing field' : 'wrong type',
          expected: `a ${issue.expected}`,
          found: input === undefined ? 'nothing' : `${typeName(input)} ${describeValue(input)}`,
        });
        break;
      case 'invalid_value':
        problems.push({
          file,
          pointer,
          message: 'not an allowed value',
          expected: `one of ${issue.values.map((v) => describeValue(v)).join(', ')}`,
          found: describeValue(input),
        });
        break;
      case 'invalid_union':
        problems.push({
          file,
          pointer,
          message: 'wrong shape',
          expected: 'a state name, or an object of region: state',
          found: `${typeName(input)} ${describeValue(input)}`,
        });
        break;
      case 'too_small':
        problems.push({
          file,
          pointer,
          message: 'too small',
          expected: `at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`,
          found: describeValue(input),
        });
        break;
      case 'too_big':
        problems.push({
          file,
          pointer,
          message: 'too big',
          expected: `at most ${String(issue.maximum)}`,
          found: describeValue(input),
        });
        break;
      default:
        problems.push({ file, pointer, message: issue.message, found: describeValue(input) });
    }
  }
  return problems;
}
