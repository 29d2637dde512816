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

/** `wanted` = the indices cells refer to; "all" for a whole-sheet read. */
export function readSharedStrings(pkg: XlsxPackage, partName: string | undefined, wanted: ReadonlySet<number> | "all"): SharedStrings {
  const found = new Map<number, string>();
  if (partName === undefined || (wanted !== "all" && wanted.size === 0)) return found;
  let last = -1;
  if (wanted !== "all") for (const index of wanted) last = Math.max(last, index);

  let index = -1;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let text = "";
  const handler: XmlHandler = {
    get wantText() {
      return inText;
    },
    open(name: string) {
      if (name === "si") {
        index++;
        inItem = true;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0 && (wanted === "all" || wanted.has(index))) inText = true;
    },
    close(name: string) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && inItem) {
        inItem = false;
        if (wanted === "all" || wanted.has(index)) found.set(index, decodeOoxmlText(text));
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
