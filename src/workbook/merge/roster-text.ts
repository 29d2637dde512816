/**
 * A roster's CSV bytes as text, whatever Vietnamese Excel saved: UTF-8 (with or without BOM), UTF-16
 * (with its BOM: "Unicode Text"), or Windows-1258 (the Vietnamese ANSI code page of "CSV (Comma
 * delimited)", which writes tone marks as combining characters: NFC-composed here). Anything else is
 * named as an encoding we cannot read, never decoded into garbled names.
 */
import { keyed } from "../../domain/i18n/message";
import type { Result } from "../../domain/errors";

export type RosterText = Result<{ readonly text: string; readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" }>;

/** C0 controls other than tab and line breaks, and every C1 control: no roster holds them, a wrong decoding does. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

export function decodeRosterText(bytes: Uint8Array): RosterText {
  const decode = (encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258", from = 0): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from));
    } catch {
      return null;
    }
  };
  const accept = (text: string | null, encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258"): RosterText | null =>
    text !== null && !NOT_TEXT.test(text) ? { ok: true, value: { text: text.normalize("NFC"), encoding } } : null;
  const undecodable = (): RosterText => ({ ok: false, error: keyed("merge.roster.encoding") });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return accept(decode("utf-8", 3), "utf-8") ?? undecodable();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return accept(decode("utf-16le", 2), "utf-16le") ?? undecodable();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return accept(decode("utf-16be", 2), "utf-16be") ?? undecodable();
  // UTF-16 without its BOM (NUL in every other byte) is not guessed at.
  if (bytes.includes(0)) return undecodable();
  return accept(decode("utf-8"), "utf-8") ?? accept(decode("windows-1258"), "windows-1258") ?? undecodable();
}
