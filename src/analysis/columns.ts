/** A typed array the fast form and the search grow as they go. */
export type Column = Int8Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * `column`, or a copy at least `length` long (doubling, so growth is amortised),
 * with the new part set to `fill` (typed arrays start at 0 otherwise).
 */
export function ensureLength<T extends Column>(column: T, length: number, fill = 0): T {
  if (length <= column.length) return column;
  const grown = new (column.constructor as new (size: number) => T)(
    Math.max(length, column.length * 2),
  );
  grown.set(column as never);
  if (fill !== 0) grown.fill(fill, column.length);
  return grown;
}
