/** What a figure is called in a merge message, in both languages. */
import type { Catalog } from "../definition/catalog";
import { splitFigureKey, type FigureKey } from "../submission";
import { COLUMN_IDS, type ColumnId, type Localized } from "../definition/schema";
import { t } from "../i18n/strings";

const isColumnId = (column: string): column is ColumnId => (COLUMN_IDS as readonly string[]).includes(column);

/** The column's name from the catalog (the same words the check uses); an unknown column as it is. */
export const columnLabel = (column: string): Localized => (isColumnId(column) ? { vi: t("vi", `check.column.${column}`), en: t("en", `check.column.${column}`) } : { vi: column, en: column });

/** "Tổng số đoàn viên (DV_TONG, cuối kỳ)": what a figure is, for a message. */
export function figureLabel(catalog: Catalog, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  const col = columnLabel(column);
  if (!row) return { vi: `${code} (${col.vi})`, en: `${code} (${col.en})` };
  return column === "value" ? { vi: `${row.name.vi} (${code})`, en: `${row.name.en} (${code})` } : { vi: `${row.name.vi} (${code}, ${col.vi})`, en: `${row.name.en} (${code}, ${col.en})` };
}
