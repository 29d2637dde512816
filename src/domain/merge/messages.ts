/** Shows a merge message in a language: bilingual parameters (row labels) pick their side. */
import { t, type Lang, type StringKey } from "../i18n/strings";
import type { Catalog } from "../catalog/load";
import { splitFigureKey, type FigureKey } from "../submission";
import type { Localized } from "../catalog/schema";
import type { Message } from "./types";

export function render(lang: Lang, message: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = typeof value === "object" ? value[lang] : value;
  return t(lang, message.key, params);
}

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

/** A catalog string in both languages, to pass as a parameter of another message. */
export const bilingual = (key: StringKey): Localized => ({ vi: t("vi", key), en: t("en", key) });
