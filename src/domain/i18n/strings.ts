/**
 * The one string catalog. Sections are joined here; a key lives in exactly one section.
 * `t` fills {placeholders}; numbers passed as params are formatted the Vietnamese way (1.250) or English way (1,250).
 */
import { check } from "./check";
import { common } from "./common";
import { files } from "./files";
import { forms } from "./forms";
import { formsImport } from "./forms-import";
import { merge } from "./merge";
import { ui } from "./ui";
import { templates } from "./templates";
import { writer } from "./writer";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const sections = [common, ui, templates, files, check, merge, writer, forms, formsImport] as const;

type Section = (typeof sections)[number];
export type StringKey = Section extends infer S ? (S extends { readonly vi: infer V } ? keyof V : never) : never; // distributes over the sections: a key of any section

const tables: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() };
for (const section of sections) {
  for (const lang of LANGS) {
    for (const [key, text] of Object.entries(section[lang])) tables[lang].set(key, text as string);
  }
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 3 }).format(value);
}

export function t(lang: Lang, key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = tables[lang].get(key as string) ?? tables.vi.get(key as string) ?? String(key);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

/** Every key of every section, for the completeness test. */
export function allKeys(lang: Lang): string[] {
  return [...tables[lang].keys()];
}
