/**
 * The one message model: a stable code for machines (`--json`, tests, the CLI's own decisions), a key
 * of the string catalog and its params. Reader errors, check issues and merge reasons are all this;
 * text is made only at the edges (CLI output, the task pane, a written sheet) by `render`, in the
 * language chosen there (strings.ts: one lookup over the domain's tables and a layer's own).
 */
import { message, t, type Lang, type StringKey } from "./strings";

/** Text in both languages: a row label, a campaign title, a rule's own message from the definition. */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}

/** A param is plain, bilingual (the side of the language shown is used) or itself a message. */
export type MessageParam = string | number | Localized | Message;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface Message<K extends string = StringKey> {
  /** Stable: "reader.zip-corrupt", "rule:DV_NU_LE_TONG@value", "merge.roster.level", ... */
  readonly code: string;
  readonly key: K;
  readonly params?: MessageParams;
}

/** A message whose code is its key: most merge and roster messages need no other name. */
export const keyed = (key: StringKey, params?: MessageParams): Message => message(key, key, params);

export { render, inBothLanguages, message } from "./strings";

/**
 * A param that differs by language and is costly to make (a row's place in a sentence, a number written
 * the local way): each side is made when first read. A merge makes thousands of messages (a blank cell
 * is one) that nobody reads. Both are enumerable getters, so spreading, JSON and structured cloning see
 * plain text.
 */
export function perLanguage(text: (lang: Lang) => string): Localized {
  let vi: string | undefined;
  let en: string | undefined;
  return {
    get vi() {
      return (vi ??= text("vi"));
    },
    get en() {
      return (en ??= text("en"));
    },
  };
}

/** A catalog string in both languages, to pass as a param of another message. */
export const bilingual = (key: StringKey): Localized => ({ vi: t("vi", key), en: t("en", key) });
