/**
 * The transitions taken in the last step, as the diagram's props may give them: the old
 * "region|from|to" string (several joined by spaces) or `{ region, from, to }` objects.
 */
import { edgeKey } from '../../diagram/graph.ts';

/** One taken transition as an object. */
export interface TakenEdge {
  readonly region: string | null;
  readonly from: string;
  readonly to: string;
}

/** Every form the `taken` prop accepts. */
export type TakenProp = string | TakenEdge | readonly TakenEdge[] | null | undefined;

/** The taken transitions as a set of "region|from|to" keys. */
export function takenKeys(taken: TakenProp): Set<string> {
  if (!taken) return new Set();
  if (typeof taken === 'string') return new Set(taken.split(' ').filter(Boolean));
  const list: readonly TakenEdge[] = Array.isArray(taken) ? taken : [taken as TakenEdge];
  return new Set(list.map((t) => edgeKey(t.region ?? null, t.from, t.to)));
}
