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
import { fillPlaceholders, paramOf } from "./placeholders";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const sections = [common, ui, templates, files, check, merge, writer, forms, formsImport] as const;

/**
 * vi/en parity, enforced by the type checker: a key in one language of a section and not in the other
 * fails to compile, and the error names the key. (The tests check the placeholders.)
 */
type Unmatched<S extends { readonly vi: object; readonly en: object }> = Exclude<keyof S["vi"], keyof S["en"]> | Exclude<keyof S["en"], keyof S["vi"]>;
type Parity<S> = S extends { readonly vi: object; readonly en: object }
  ? [Unmatched<S>] extends [never]
    ? { readonly vi: Readonly<Record<keyof S["vi"], string>>; readonly en: Readonly<Record<keyof S["vi"], string>> }
    : { readonly "keys in only one language": Unmatched<S> }
  : never;
type EverySection<T extends readonly unknown[]> = { readonly [I in keyof T]: Parity<T[I]> };
sections satisfies EverySection<typeof sections>;

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
  return fillParams(lang, text, params);
}

/** `{name}` filled from params; numbers formatted in the language (1.250 / 1,250). */
export function fillParams(lang: Lang, text: string, params: Readonly<Record<string, string | number>>): string {
  return fillPlaceholders(text, (name) => {
    const value = paramOf(params, name);
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

/** Every key of every section, for the completeness test. */
export function allKeys(lang: Lang): string[] {
  return [...tables[lang].keys()];
}
