/**
 * Fills a rule's message (catalog data) in one language: numbers the local way (1.250; 12,5%),
 * row names placed in the sentence ("… lớn hơn tổng số đoàn viên (1.100)").
 */
import type { Catalog } from "../catalog/load";
import type { ColumnId, Localized, Rule } from "../catalog/schema";
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

function fill(catalog: Catalog, rule: Rule, values: RuleMessageValues, lang: Lang): string {
  const template = rule.message[lang];
  const name = (code: string): string => catalog.rowsByCode.get(code)?.row.name[lang] ?? code;
  // Density is a share (12,5%); a change is a factor (× 2,5).
  const ratio = (value: number): string => (rule.band === "density" ? formatPercent(lang, value) : changeFormats[lang].format(value));
  return fillPlaceholders(template, (key, offset) => {
    const atStart = template.slice(0, offset).trim() === "";
    switch (key) {
      case "left":
        return values.left === null ? undefined : formatExact(lang, values.left);
      case "right":
        return values.right === null ? undefined : formatExact(lang, values.right);
      case "leftLabel":
        return nameInSentence(name(rule.left[0].code), atStart);
      case "rightLabel":
        return nameInSentence(name(rule.right[0].code), atStart);
      case "column":
        return columnLabel(lang, values.column);
      case "ratio":
        return values.ratio === undefined ? undefined : ratio(values.ratio);
      case "min":
        return values.min === undefined ? undefined : ratio(values.min);
      case "max":
        return values.max === undefined ? undefined : ratio(values.max);
      default:
        return undefined;
    }
  });
}

export function ruleMessage(catalog: Catalog, rule: Rule, values: RuleMessageValues): Localized {
  const [vi, en] = LANGS.map((lang) => fill(catalog, rule, values, lang));
  return { vi, en };
}
