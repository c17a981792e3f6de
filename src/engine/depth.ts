import { toPointer } from './problems.ts';

/** Deeper than any scenario or log needs; deep enough input could overflow the stack while checking it. */
export const MAX_NESTING = 32;

/**
 * The JSON pointer of the first value nested deeper than `limit`, or null. Walks
 * iteratively, so a 10,000-deep array cannot overflow the stack here.
 */
export function tooDeepAt(value: unknown, limit = MAX_NESTING): string | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    if (path.length >= limit) return toPointer(path);
    for (const [key, child] of Object.entries(current))
      stack.push({ value: child, path: [...path, Array.isArray(current) ? Number(key) : key] });
  }
  return null;
}
