/** What a figure is called in a merge message, in both languages. */
import type { Catalog } from "../catalog/load";
import { splitFigureKey, type FigureKey } from "../submission";
import type { Localized } from "../catalog/schema";

const COLUMN_LABELS: Readonly<Record<string, Localized>> = {
  value: { vi: "số lượng", en: "quantity" },
  base: { vi: "đầu kỳ", en: "baseline" },
  end: { vi: "cuối kỳ", en: "end" },
  change: { vi: "tăng/giảm", en: "change" },
  cumulative: { vi: "lũy kế", en: "cumulative" },
};

export const columnLabel = (column: string): Localized => COLUMN_LABELS[column] ?? { vi: column, en: column };

/** "Tổng số đoàn viên (DV_TONG, cuối kỳ)": what a figure is, for a message. */
export function figureLabel(catalog: Catalog, key: FigureKey): Localized {
  const { code, column } = splitFigureKey(key);
  const row = catalog.rowsByCode.get(code)?.row;
  const col = columnLabel(column);
  if (!row) return { vi: `${code} (${col.vi})`, en: `${code} (${col.en})` };
  return column === "value" ? { vi: `${row.name.vi} (${code})`, en: `${row.name.en} (${code})` } : { vi: `${row.name.vi} (${code}, ${col.vi})`, en: `${row.name.en} (${code}, ${col.en})` };
}
