/**
 * Versions of one definition: a later version may only add codes, so a file made from an earlier one
 * can still be merged by the later one — its missing codes are simply not reported.
 */
import type { Catalog } from "./catalog";

/**
 * True when `older` is an earlier version of the same form whose codes all exist in `newer` with the
 * same kind and type. A code may move to another table (the 2026 forms moved LD_TONG into "I. Tình hình
 * lao động"): figures are read by their defined names, never by sheet or position.
 */
export function olderSubsetOf(older: Catalog, newer: Catalog): boolean {
  if (older.form.id !== newer.form.id || older.form.version >= newer.form.version) return false;
  for (const [code, { row }] of older.rowsByCode) {
    const found = newer.rowsByCode.get(code);
    if (!found || found.row.kind !== row.kind || found.row.valueType !== row.valueType) return false;
  }
  return true;
}
