/**
 * Small text helpers shared by the checks: numbers shown exactly as the cell held them, and names placed inside a sentence.
 */
import { isBuiltinColumn, type ColumnId, type Row, type Table } from "../definition/schema";
import type { CampaignKind } from "../definition/columns";
import { LANGS, t, type Lang } from "../i18n/strings";

const exactFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 20 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 }),
};
const percentFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 }),
};

/** 1250.5 → "1.250,5" (vi), "1,250.5" (en); every digit the cell showed, never rounded. */
export const formatExact = (lang: Lang, value: number): string => exactFormats[lang].format(value);
/** 0.125 → "12,5%" (vi), "12.5%" (en). */
export const formatPercent = (lang: Lang, value: number): string => percentFormats[lang].format(value);

/** A number without grouping, as a hint of what was meant: 1250.5 → "1250,5" (vi), "1250.5" (en). */
export function formatPlain(lang: Lang, value: number): string {
  const text = String(value);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/**
 * A row's name placed in a sentence: upper-case first letter at the start, lower-case elsewhere
 * ("… lớn hơn tổng số đoàn viên"). A first word in capitals (CĐCS, CNVCLĐ) is an acronym and kept.
 */
export function nameInSentence(name: string, atStart: boolean): string {
  const chars = [...name];
  if (chars.length === 0) return name;
  const [first, second = ""] = chars;
  if (atStart) return first.toLocaleUpperCase("vi") + chars.slice(1).join("");
  const acronym = second !== "" && second === second.toLocaleUpperCase("vi") && second !== second.toLocaleLowerCase("vi");
  return acronym ? name : first.toLocaleLowerCase("vi") + chars.slice(1).join("");
}

/** A column's name in a message: the catalog's word for a built-in column, the definition's label for its own ("Kế hoạch năm"). */
export const columnLabel = (lang: Lang, column: ColumnId, table?: Pick<Table, "columns">): string =>
  isBuiltinColumn(column) ? t(lang, `check.column.${column}`) : (table?.columns?.find((c) => c.id === column)?.label[lang] ?? column);

/**
 * "Tổng số đoàn viên" in a periodic report; "Tổng số đoàn viên (cuối kỳ)" in a review; "Tổng số đoàn viên
 * (Khu vực HCSN)" in a column of the definition's own.
 */
export function where(lang: Lang, row: Pick<Row, "name">, column: ColumnId, kind: CampaignKind, table?: Pick<Table, "columns">): string {
  const label = row.name[lang];
  if (!isBuiltinColumn(column)) return t(lang, "columns.where", { label, column: columnLabel(lang, column, table) });
  return kind === "periodic"
    ? t(lang, "check.where.periodic", { label })
    : t(lang, "check.where.review", { label, column: columnLabel(lang, column) });
}

/** C0/C1 control characters (tab and newline included: they break a one-line field) and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const hasControlCharacters = (text: string): boolean => HAS_CONTROL.test(text);
/** For display only: the original text is kept in the submission. */
export const displayText = (text: string): string => text.replace(CONTROL, "");

/** Long user text shortened for a message, by code points (never splitting a surrogate pair). */
export function excerpt(text: string, max = 60): string {
  const chars = [...displayText(text)];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

export { LANGS };
export type { Lang };
