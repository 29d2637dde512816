/** What a figure is called in a merge message, in both languages. */
import type { Definition } from "../definition/catalog";
import { splitFigureKey, type FigureKey } from "../submission";
import type { Localized, Table } from "../definition/schema";
import { findColumn } from "../definition/columns";

/**
 * The column's name: a built-in column's from the catalog (the same words the check uses), a
 * definition's own as its columns sheet labels it ("Kế hoạch năm"); an unknown column as it is.
 */
export const columnLabel = (column: string, table?: Pick<Table, "columns">): Localized =>
  findColumn(table ?? {}, column)?.label ?? { vi: column, en: column };

/** The label of a figure's column, looked up in its row's table. */
export function figureColumnLabel(catalog: Definition, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  return columnLabel(column, catalog.rowsByCode.get(code)?.table);
}

/** "Tổng số đoàn viên (DV_TONG, cuối kỳ)": what a figure is, for a message. */
export function figureLabel(catalog: Definition, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  const col = figureColumnLabel(catalog, key);
  if (!row) return { vi: `${code} (${col.vi})`, en: `${code} (${col.en})` };
  return column === "value"
    ? { vi: `${row.name.vi} (${code})`, en: `${row.name.en} (${code})` }
    : { vi: `${row.name.vi} (${code}, ${col.vi})`, en: `${row.name.en} (${code}, ${col.en})` };
}

/** "Tổng số lao động": what a figure is, for a person (a report, a chart); the column only when it is not the value. Never the code. */
export function figureName(catalog: Definition, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  if (!row) return figureLabel(catalog, key);
  if (column === "value") return row.name;
  const col = figureColumnLabel(catalog, key);
  return { vi: `${row.name.vi} (${col.vi})`, en: `${row.name.en} (${col.en})` };
}
