/**
 * Fills a rule's message (catalog data) in one language: numbers the local way (1.250; 12,5%),
 * row names placed in the sentence ("… lớn hơn tổng số đoàn viên (1.100)").
 */
import type { Definition } from "../definition/catalog";
import { isBuiltinColumn, type ColumnId, type Localized, type Rule } from "../definition/schema";
import { t } from "../i18n/strings";
import { columnLabel, formatExact, formatPercent, LANGS, nameInSentence, type Lang } from "./text";
import { fillPlaceholders } from "../i18n/placeholders";

export interface RuleMessageValues {
  readonly column: ColumnId;
  readonly left: number | null;
  readonly right: number | null;
  /** Band rules: left / right and the band's bounds. */
  readonly ratio?: number;
  readonly min?: number;
  readonly max?: number;
}

const changeFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

const computedFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }),
};

function fill(catalog: Definition, rule: Rule, values: RuleMessageValues, lang: Lang): string {
  const template = rule.message[lang];
  const name = (code: string): string => catalog.rowsByCode.get(code)?.row.name[lang] ?? code;
  const table = catalog.rowsByCode.get(rule.left[0].code)?.table;
  // A term pinned to a definition's own column names its cell: "tổng số CĐCS (Khu vực HCSN)".
  const termName = (term: Rule["left"][number]): string =>
    term.column && !isBuiltinColumn(term.column)
      ? t(lang, "columns.where", {
          label: name(term.code),
          column: columnLabel(lang, term.column, catalog.rowsByCode.get(term.code)?.table),
        })
      : name(term.code);
  // Density is a share (12,5%); a change is a factor (× 2,5).
  const ratio = (value: number): string =>
    rule.band === "density"
      ? formatPercent(lang, value)
      : rule.bounds
        ? computedFormats[lang].format(value)
        : changeFormats[lang].format(value);
  // A side computed with ÷ may have endless decimals: shown to 4 places; typed figures are shown exactly.
  const side = (value: number): string => (rule.calc ? computedFormats[lang].format(value) : formatExact(lang, value));
  const text = fillPlaceholders(template, (key, offset) => {
    const atStart = template.slice(0, offset).trim() === "";
    switch (key) {
      case "left":
        return values.left === null ? undefined : side(values.left);
      case "right":
        return values.right === null ? undefined : side(values.right);
      case "leftLabel":
        return nameInSentence(termName(rule.left[0]), atStart);
      case "rightLabel":
        return rule.right[0] ? nameInSentence(termName(rule.right[0]), atStart) : undefined; // band(expr, min, max), a constant side
      case "column":
        return columnLabel(lang, values.column, table);
      case "ratio":
        return values.ratio === undefined ? undefined : ratio(values.ratio);
      case "min":
        return values.min === undefined ? undefined : rule.bounds ? formatExact(lang, values.min) : ratio(values.min);
      case "max":
        return values.max === undefined ? undefined : rule.bounds ? formatExact(lang, values.max) : ratio(values.max);
      default:
        return undefined;
    }
  });
  // A rule checked in a column of the definition's own says which, unless its message already does.
  // A rule whose every term is pinned names its cells itself.
  const free = [...rule.left, ...rule.right].some((term) => !term.column);
  if (isBuiltinColumn(values.column) || template.includes("{column}") || !free) return text;
  return t(lang, "columns.inColumn", { message: text, column: columnLabel(lang, values.column, table) });
}

export function ruleMessage(catalog: Definition, rule: Rule, values: RuleMessageValues): Localized {
  const [vi, en] = LANGS.map((lang) => fill(catalog, rule, values, lang));
  return { vi, en };
}
