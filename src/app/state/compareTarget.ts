/**
 * Which line "Compare lines" sets beside the current one: the line it branched from,
 * else a line that branched from it, else the first other line. Null with one line.
 */
import type { Line } from '../../engine/index.ts';

/** The line to compare `current` with, or null when there is no other line. */
export function compareTarget(lines: readonly Line[], current: string): string | null {
  const line = lines.find((l) => l.id === current);
  const parent = line?.parent?.line;
  if (parent && lines.some((l) => l.id === parent)) return parent;
  const child = lines.find((l) => l.parent?.line === current);
  if (child) return child.id;
  return lines.find((l) => l.id !== current)?.id ?? null;
}
