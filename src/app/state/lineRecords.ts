/**
 * Records the class makes beside a line (predictions, refused tries) are kept by line
 * and step. A branch shares its parent's steps up to the fork, so a line's records are
 * its own plus its ancestors' up to each fork: what the class did on the steps this
 * line shows. Records written before lines were kept carry no line and count as the
 * main line's.
 */
import type { Line } from '../../engine/index.ts';

/** The line every session starts with; records without a line belong to it. */
export const MAIN_LINE = 'main';

/** Anything recorded at a step of a line. */
export interface LineRecord {
  readonly step: number;
  readonly line?: string | undefined;
}

/** The line a record belongs to. */
export const lineOf = (r: LineRecord): string => r.line ?? MAIN_LINE;

/**
 * The records that belong to `line` up to step `cursor`: its own, then each ancestor's
 * up to the step the child forked after. In step order (stable for equal steps).
 */
export function recordsOnLine<R extends LineRecord>(
  records: readonly R[],
  lines: readonly Line[],
  line: string,
  cursor: number,
): R[] {
  // The step ranges that each line contributes: (line id → last step shown).
  const upTo = new Map<string, number>();
  let at: Line | undefined = lines.find((l) => l.id === line);
  let limit = cursor;
  if (!at) upTo.set(line, cursor);
  while (at && !upTo.has(at.id)) {
    upTo.set(at.id, limit);
    const parent: Line['parent'] = at.parent;
    if (!parent) break;
    limit = Math.min(limit, parent.step);
    at = lines.find((l) => l.id === parent.line);
  }
  return records
    .filter((r) => {
      const last = upTo.get(lineOf(r));
      return last !== undefined && r.step <= last;
    })
    .sort((a, b) => a.step - b.step);
}
