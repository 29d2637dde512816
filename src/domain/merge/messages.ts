/** What a figure is called in a merge message, in both languages. */
import type { Definition } from "../definition/catalog";
import { splitFigureKey, type FigureKey } from "../submission";
import { isBuiltinColumn, type Localized } from "../definition/schema";
import { t } from "../i18n/strings";

/** The column's name from the catalog (the same words the check uses); an unknown column as it is. */
export const columnLabel = (column: string): Localized =>
  isBuiltinColumn(column) ? { vi: t("vi", `check.column.${column}`), en: t("en", `check.column.${column}`) } : { vi: column, en: column };

/** "Tổng số đoàn viên (DV_TONG, cuối kỳ)": what a figure is, for a message. */
export function figureLabel(catalog: Definition, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  const col = columnLabel(column);
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
  const col = columnLabel(column);
  return { vi: `${row.name.vi} (${col.vi})`, en: `${row.name.en} (${col.en})` };
}
