/**
 * SQLite (through the driver adapter) refuses statements with more than a few hundred bound
 * parameters, so `in` lists and bulk inserts go in slices of this many.
 */
export const sqlChunk = 100;

export function chunks<T>(list: readonly T[], size = sqlChunk): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += size) result.push(list.slice(i, i + size));
  return result;
}
