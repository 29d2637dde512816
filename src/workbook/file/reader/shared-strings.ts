/**
 * The shared-strings table: cells of type "s" hold an index into it. Rich text is the
 * concatenation of its runs' <t>; phonetic guides (<rPh>, used for East-Asian readings) are not
 * part of the cell's text. We keep only the indices asked for and stop after the last of them.
 */
import type { XlsxPackage } from "./package";
import type { XmlHandler } from "./xml";
import { StopReading } from "./zip";
import { decodeOoxmlText } from "./ooxml-text";

export interface SharedStrings {
  get(index: number): string | undefined;
}

/**
 * `wanted` = the indices cells refer to; "all" for a whole-sheet read. `checked` = indices whose text
 * is not kept but must be as readable as if it were (see XmlHandler.checkText): they read as "".
 */
export function readSharedStrings(
  pkg: XlsxPackage,
  partName: string | undefined,
  wanted: ReadonlySet<number> | "all",
  checked: ReadonlySet<number> = NONE,
): SharedStrings {
  const found = new Map<number, string>();
  if (partName === undefined || (wanted !== "all" && wanted.size === 0 && checked.size === 0)) return found;
  let last = -1;
  if (wanted !== "all") for (const index of [...wanted, ...checked]) last = Math.max(last, index);

  let index = -1;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let checking = false;
  let text = "";
  const keeps = (i: number): boolean => wanted === "all" || wanted.has(i);
  const handler: XmlHandler = {
    get wantText() {
      return inText;
    },
    get checkText() {
      return checking;
    },
    open(name: string) {
      if (name === "si") {
        index++;
        inItem = true;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0) {
        if (keeps(index)) inText = true;
        else if (checked.has(index)) checking = true;
      }
    },
    close(name: string) {
      if (name === "t") inText = checking = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && inItem) {
        inItem = false;
        if (keeps(index)) found.set(index, decodeOoxmlText(text));
        else if (checked.has(index)) found.set(index, "");
        if (wanted !== "all" && index >= last) throw StopReading.signal;
      }
    },
    text(chunk: string) {
      text += chunk;
    },
  };
  pkg.readXml(partName, handler);
  return found;
}

const NONE: ReadonlySet<number> = new Set();
