/**
 * Versions of one definition: a later version may only add codes, so a file made from an earlier one
 * can still be merged by the later one — its missing codes are simply not reported.
 */
import type { Catalog } from "../catalog/load";

/** True when `older` is an earlier version of the same form whose codes all exist in `newer`, each in the same table. */
export function olderSubsetOf(older: Catalog, newer: Catalog): boolean {
  if (older.form.id !== newer.form.id || older.form.version >= newer.form.version) return false;
  for (const [code, { table, row }] of older.rowsByCode) {
    const found = newer.rowsByCode.get(code);
    if (!found || found.table.id !== table.id || found.row.kind !== row.kind || found.row.valueType !== row.valueType) return false;
  }
  return true;
}
