/**
 * XML character data as XML 1.0 defines it: line ends, attribute-value spaces, and the only entities a
 * spreadsheet part may use (the five built-in ones and numeric references; anything else is refused,
 * never looked up, so no file can define its own).
 */
import { malformed } from "./xml";

/** XML 1.0 §2.11: "\r\n" and a lone "\r" are read as "\n". */
export function normaliseLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** XML 1.0 §3.3.3: literal tab, newline and carriage return in an attribute value are read as spaces (character references are kept). */
export function normaliseAttributeSpaces(raw: string): string {
  return /[\t\n\r]/.test(raw) ? raw.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " ") : raw;
}

const BUILT_IN: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Decodes the five built-in entities and numeric references; anything else is refused, never looked up. */
export function decodeEntities(text: string, part: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > MAX_REFERENCE) throw malformed(part);
    out += text.slice(from, amp) + entityValue(text.slice(amp + 1, semi), part);
    from = semi + 1;
    amp = text.indexOf("&", from);
  }
  return out + text.slice(from);
}

/**
 * Holds UTF-8 text b[from, to) to the rules decodeEntities applies, without decoding it: for text a
 * caller skips but must still refuse when it is malformed, exactly as if it had been read. One pass over
 * the bytes; "&quot;" (a JSON text is full of them) is matched in place, any other reference goes to
 * entityValue.
 */
export function checkEntities(b: Uint8Array, from: number, to: number, part: string): void {
  for (let k = from; k < to; k++) {
    if (b[k] !== 38 /* & */) continue;
    if (k + 5 < to && b[k + 1] === 113 && b[k + 2] === 117 && b[k + 3] === 111 && b[k + 4] === 116 && b[k + 5] === 59) {
      k += 5;
      continue;
    }
    let semi = k + 1;
    while (semi < to && b[semi] !== 59 /* ; */ && semi - k <= MAX_REFERENCE) semi++;
    if (semi >= to || b[semi] !== 59 || semi - k > MAX_REFERENCE) throw malformed(part);
    let ref = "";
    for (let c = k + 1; c < semi; c++) ref += String.fromCharCode(b[c]);
    entityValue(ref, part);
    k = semi;
  }
}

/** "&" to ";" at most this far apart: the longest reference a part may hold ("&#x10FFFF;" and some leading zeros). */
const MAX_REFERENCE = 12;

/** The character a reference stands for ("quot", "#233", "#xE9"); anything else is refused. */
function entityValue(ref: string, part: string): string {
  if (ref.charCodeAt(0) === 35 /* # */) {
    const hex = ref.charCodeAt(1) === 120; /* x */
    const digits = ref.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw malformed(part);
    const code = parseInt(digits, hex ? 16 : 10);
    if (!isXmlChar(code)) throw malformed(part);
    return String.fromCodePoint(code);
  }
  const decoded = BUILT_IN.get(ref);
  if (decoded === undefined) throw malformed(part);
  return decoded;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
