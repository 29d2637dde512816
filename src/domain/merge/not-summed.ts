/**
 * Figures a merge keeps per unit and never totals: rows aggregated as "none" (a percentage a unit
 * typed, a rank), text rows, and the cells of a column the definition aggregates as "none". Their consolidated cell stays empty, with a note saying why; each
 * unit's value stays in the register, so nothing a unit reported is lost one level up.
 */
import type { Definition } from "../definition/catalog";
import type { Row } from "../definition/schema";
import { findColumn } from "../definition/columns";
import { splitFigureKey, type FigureKey } from "../submission";

export const isSummed = (row: Row): boolean => row.aggregation !== "none";

export function isUnsummedKey(catalog: Definition, key: FigureKey): boolean {
  const { code, column } = splitFigureKey(key);
  const found = catalog.rowsByCode.get(code);
  if (!found) return false;
  return !isSummed(found.row) || findColumn(found.table, column)?.aggregation === "none";
}

/** Indexes of the text keys: the register columns that hold text, every other one numbers only. */
export function textIndexes(catalog: Definition, keys: readonly FigureKey[]): ReadonlySet<number> {
  const out = new Set<number>();
  keys.forEach((key, k) => {
    if (catalog.rowsByCode.get(splitFigureKey(key).code)?.row.valueType === "text") out.add(k);
  });
  return out;
}

/** Indexes of the keys never totalled; empty (and cheap) for a form that sums everything. */
export function unsummedIndexes(catalog: Definition, keys: readonly FigureKey[]): ReadonlySet<number> {
  const out = new Set<number>();
  keys.forEach((key, k) => {
    if (isUnsummedKey(catalog, key)) out.add(k);
  });
  return out;
}
