/**
 * The rows of a long table (a register of every unit) streamed into the sheet part ExcelJS wrote for
 * it. ExcelJS holds a cell object per cell and builds each part as one string: for a national register
 * of 136,000 units that is gigabytes. So ExcelJS draws the sheet with only its first table row, which
 * fixes the cells' style ids, and here that row is replaced by all of them, written a slice at a time
 * into a streaming deflate, so memory holds one slice, not the table.
 *
 * Text is written inline (t="inlineStr"), so no shared-strings table has to grow with the register;
 * characters XML cannot carry, and a literal "_xHHHH_", are escaped as OOXML says (ST_Xstring).
 */
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { RowsPlan } from "../../../domain/layout/plan";
import { columnLetter } from "../../../domain/a1";

/** Rows per slice of XML handed to the deflater: large enough to amortise, small enough to stay flat. */
const SLICE_ROWS = 512;

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Characters XML 1.0 cannot carry: control characters but tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as ST_Xstring: XML specials escaped, control characters and a literal "_xHHHH_" as OOXML escapes. */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/** Style id per column, read from the one table row ExcelJS drew. */
function templateStyles(row: string, count: number): string[] {
  const styles: string[] = [];
  for (let c = 1; c <= count; c++) {
    const match = new RegExp(`<c r="${columnLetter(c)}\\d+"(?: s="(\\d+)")?`).exec(row);
    styles.push(match?.[1] ?? "0");
  }
  return styles;
}

function rowXml(rows: RowsPlan, i: number, letters: readonly string[], styles: readonly string[]): string {
  const r = rows.firstRow + i;
  const values = rows.row(i);
  // A wrapped unit name needs its height said: neither Excel nor LibreOffice re-fits a file's rows.
  const height = rows.height?.(i);
  let xml = height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`;
  for (let c = 0; c < letters.length; c++) {
    const value = values[c] ?? null;
    const head = `<c r="${letters[c]}${r}" s="${styles[c]}"`;
    if (value === null || value === "") xml += `${head}/>`;
    else if (typeof value === "number") xml += `${head}><v>${value}</v></c>`;
    else xml += `${head} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

export interface StreamedSheet {
  /** Part name in the package, e.g. "xl/worksheets/sheet7.xml". */
  readonly part: string;
  readonly rows: RowsPlan;
}

/** A workbook-scoped defined name as workbook.xml holds it ("'Sheet'!$A$6:$BE$4006"). */
export interface RawDefinedName {
  readonly name: string;
  readonly formula: string;
}

/** The workbook part with `names` added to its defined names. */
function withNames(xml: string, names: readonly RawDefinedName[]): string {
  const added = names.map((n) => `<definedName name="${xmlText(n.name)}">${xmlText(n.formula)}</definedName>`).join("");
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${added}</definedNames>`);
  // Without other names ExcelJS writes no element; it belongs right after <sheets>.
  if (!xml.includes("</sheets>")) throw new Error("streamRows: no <sheets> in the workbook part");
  return xml.replace("</sheets>", `</sheets><definedNames>${added}</definedNames>`);
}

/**
 * The package ExcelJS wrote, re-zipped with every streamed sheet's table rows in place of its first
 * one, and with the defined names over those rows (kept away from ExcelJS, see writeWorkbook).
 */
export function streamRows(xlsx: Uint8Array, sheets: readonly StreamedSheet[], names: readonly RawDefinedName[] = []): Uint8Array {
  const parts = unzipSync(xlsx);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(parts)) {
    const streamed = sheets.find((s) => s.part === name);
    if (name.endsWith("/")) {
      const dir = new ZipPassThrough(name);
      zip.add(dir);
      dir.push(data, true);
      continue;
    }
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    if (!streamed) {
      file.push(name === "xl/workbook.xml" && names.length > 0 ? encoder.encode(withNames(decoder.decode(data), names)) : data, true);
      continue;
    }
    const xml = decoder.decode(data);
    const { rows } = streamed;
    const start = xml.indexOf(`<row r="${rows.firstRow}"`);
    const end = start < 0 ? -1 : xml.indexOf("</row>", start);
    // Our own writer put that row there a moment ago; its absence is a defect, never a user's error.
    if (end < 0) throw new Error(`streamRows: row ${rows.firstRow} not found in ${name}`);
    const letters = rows.styles.map((_, c) => columnLetter(c + 1));
    const styles = templateStyles(xml.slice(start, end), letters.length);
    file.push(encoder.encode(xml.slice(0, start)));
    for (let from = 0; from < rows.count; from += SLICE_ROWS) {
      let slice = "";
      for (let i = from; i < Math.min(rows.count, from + SLICE_ROWS); i++) slice += rowXml(rows, i, letters, styles);
      file.push(encoder.encode(slice));
    }
    file.push(encoder.encode(xml.slice(end + "</row>".length)), true);
  }
  zip.end();
  if (failure) throw failure;
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
