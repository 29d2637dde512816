/**
 * The one string catalog mechanism. The domain's sections are joined here; the task pane and the CLI
 * add their own tables with `withTables` and get the same lookup. A key lives in exactly one table.
 * `t` fills {placeholders}; numbers passed as params are formatted the Vietnamese way (1.250) or English way (1,250).
 */
import { catalog } from "./catalog";
import { check } from "./check";
import { common } from "./common";
import { excel } from "./excel";
import { files } from "./files";
import { forms } from "./forms";
import { formsImport } from "./forms-import";
import { merge } from "./merge";
import { mergeMeasure } from "./merge-measure";
import { fileKinds } from "./file-kinds";
import { rosterInput } from "./roster-input";
import { rosterTemplates } from "./roster-templates";
import { loop } from "./loop";
import { ui } from "./ui";
import { templates } from "./templates";
import { writer } from "./writer";
import { unionForms } from "./union-forms";
import { definition } from "./definition";
import { campaignLevels } from "./campaign-levels";
import { formsImportColumns } from "./forms-import-columns";
import { mergeColumns } from "./merge-columns";
import { columns } from "./columns";
import { fillPlaceholders, paramOf } from "./placeholders";
import type { Message } from "./message";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];

const sections = [
  common,
  ui,
  templates,
  files,
  check,
  merge,
  writer,
  forms,
  formsImport,
  catalog,
  excel,
  unionForms,
  mergeMeasure,
  fileKinds,
  rosterInput,
  loop,
  definition,
  rosterTemplates,
  campaignLevels,
  formsImportColumns,
  columns,
  mergeColumns,
] as const;

/**
 * vi/en parity, enforced by the type checker: a key in one language of a section and not in the other
 * fails to compile, and the error names the key. (The tests check the placeholders.)
 */
type Unmatched<S extends { readonly vi: object; readonly en: object }> =
  Exclude<keyof S["vi"], keyof S["en"]> | Exclude<keyof S["en"], keyof S["vi"]>;
type Parity<S> = S extends { readonly vi: object; readonly en: object }
  ? [Unmatched<S>] extends [never]
    ? { readonly vi: Readonly<Record<keyof S["vi"], string>>; readonly en: Readonly<Record<keyof S["vi"], string>> }
    : { readonly "keys in only one language": Unmatched<S> }
  : never;
type EverySection<T extends readonly unknown[]> = { readonly [I in keyof T]: Parity<T[I]> };
sections satisfies EverySection<typeof sections>;

type Section = (typeof sections)[number];
export type StringKey = Section extends infer S ? (S extends { readonly vi: infer V } ? keyof V : never) : never; // distributes over the sections: a key of any section

type Params = Readonly<Record<string, string | number>>;
type Table = { readonly vi: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };
/** The keys of a layer's own sections. */
export type KeysOf<T extends readonly Table[]> = T[number] extends infer S
  ? S extends { readonly vi: infer V }
    ? Extract<keyof V, string>
    : never
  : never;

/** The lookup over a set of tables: `t` fills a key, `render` a message of the one model. */
export interface Strings<K extends string> {
  t(lang: Lang, key: K, params?: Params): string;
  render(lang: Lang, message: Message<K>): string;
  /** A message whose key is in these tables (the domain's `message` knows only the domain's keys). */
  message(code: string, key: K, params?: Message["params"]): Message<K>;
  /** A message whose code is its key (most are): the key named once. */
  keyed(key: K, params?: Message["params"]): Message<K>;
  /** Both languages, for output that carries both (`validate --json` keeps `{vi, en}`). */
  inBothLanguages(message: Message<K>): { readonly vi: string; readonly en: string };
  /** Every key, for the completeness tests. */
  allKeys(lang: Lang): string[];
}

function indexed(
  tables: readonly Table[],
  into: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() },
): Record<Lang, Map<string, string>> {
  for (const table of tables) {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(table[lang])) {
        // A key lives in exactly one table, so a layer cannot reword a domain message by accident.
        if (into[lang].has(key)) throw new Error(`string key ${key} is in two tables`);
        into[lang].set(key, text);
      }
    }
  }
  return into;
}

const isMessage = (value: object): value is Message => "key" in value;

function stringsOf<K extends string>(maps: Record<Lang, Map<string, string>>): Strings<K> {
  const t = (lang: Lang, key: K, params: Params = {}): string =>
    fillParams(lang, maps[lang].get(key) ?? maps.vi.get(key) ?? String(key), params);
  const render = (lang: Lang, message: Message<K>): string => {
    const filled: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(message.params ?? {})) {
      // A param is plain, bilingual (the side of the language shown) or itself a message.
      filled[name] = typeof value !== "object" ? value : isMessage(value) ? render(lang, value as Message<K>) : value[lang];
    }
    return t(lang, message.key, filled);
  };
  const message = (code: string, key: K, params?: Message["params"]): Message<K> =>
    params === undefined ? { code, key } : { code, key, params };
  return {
    t,
    render,
    message,
    keyed: (key, params) => message(key, key, params),
    inBothLanguages: (message) => ({ vi: render("vi", message), en: render("en", message) }),
    allKeys: (lang) => [...maps[lang].keys()],
  };
}

const domainMaps = indexed(sections);
const domain = stringsOf<StringKey>(domainMaps);

/**
 * The domain's tables with a layer's own (the task pane's, the CLI's) on top: one lookup, several
 * tables. Each layer table gets the same vi/en parity check at compile time.
 */
export function withTables<const T extends readonly Table[]>(tables: T & EverySection<T>): Strings<StringKey | KeysOf<T>> {
  const maps = indexed(tables, { vi: new Map(domainMaps.vi), en: new Map(domainMaps.en) });
  return stringsOf<StringKey | KeysOf<T>>(maps);
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 3 }).format(value);
}

export const t: (lang: Lang, key: StringKey, params?: Params) => string = domain.t;
export const render: (lang: Lang, message: Message) => string = domain.render;
export const inBothLanguages = domain.inBothLanguages;
export const message: (code: string, key: StringKey, params?: Message["params"]) => Message = domain.message;
export const allKeys = domain.allKeys;

/** `{name}` filled from params; numbers formatted in the language (1.250 / 1,250). */
export function fillParams(lang: Lang, text: string, params: Readonly<Record<string, string | number>>): string {
  return fillPlaceholders(text, (name) => {
    const value = paramOf(params, name);
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}
