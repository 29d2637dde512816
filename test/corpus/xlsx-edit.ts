/**
 * Edits of a workbook at the XML level, the way a user's Excel (or a hostile hand) would leave it:
 * a cell by its defined name, a name, a sheet. Plain string surgery on the parts our writer made;
 * each edit throws when it finds nothing to change, so a writer change cannot silently empty a case.
 */
import { editPart, partText, type Parts } from "./zip-kit";

export const WORKBOOK = "xl/workbook.xml";
export const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
export const CONTENT_TYPES = "[Content_Types].xml";

export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (text: string): string =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export interface NameTarget {
  readonly sheet: string;
  /** Without $: "D12". */
  readonly ref: string;
}

export function definedNames(parts: Parts): Map<string, NameTarget> {
  const out = new Map<string, NameTarget>();
  for (const m of partText(parts, WORKBOOK).matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)) {
    const formula = unescapeXml(m[2]!);
    const target = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
    if (target) out.set(m[1]!, { sheet: (target[1] ?? target[2]!).replace(/''/g, "'"), ref: `${target[3]}${target[4]}` });
  }
  return out;
}

/** The worksheet part of a sheet name: workbook.xml's r:id, through the workbook's relationships. */
export function sheetPart(parts: Parts, sheet: string): string {
  const sheetTag = [...partText(parts, WORKBOOK).matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)![1]!) === sheet);
  if (!sheetTag) throw new Error(`corpus: no sheet "${sheet}"`);
  const rid = /r:id="([^"]+)"/.exec(sheetTag)![1]!;
  const rel = new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*>`).exec(partText(parts, WORKBOOK_RELS));
  const target = /Target="([^"]+)"/.exec(rel![0])![1]!;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export function locate(parts: Parts, name: string): { part: string; ref: string; sheet: string } {
  const target = definedNames(parts).get(name);
  if (!target) throw new Error(`corpus: no defined name ${name}`);
  return { part: sheetPart(parts, target.sheet), ref: target.ref, sheet: target.sheet };
}

const cellPattern = (ref: string): RegExp => new RegExp(`<c r="${ref}"((?:\\s[^>]*?)?)(?:/>|>(.*?)</c>)`);

/** The style index of the cell a name points to ("12"), to carry over or to borrow. */
export function cellStyle(parts: Parts, name: string): string | undefined {
  const { part, ref } = locate(parts, name);
  const m = cellPattern(ref).exec(partText(parts, part));
  if (!m) throw new Error(`corpus: no cell ${ref} in ${part}`);
  return /\ss="(\d+)"/.exec(m[1]!)?.[1];
}

/** What goes inside a cell: its t attribute and its children. */
export interface CellContent {
  readonly t?: "s" | "n" | "b" | "e" | "str" | "inlineStr" | "d";
  readonly body: string;
  /** Style index to use instead of the cell's own. */
  readonly style?: string;
}

export const numberCell = (value: string | number): CellContent => ({ body: `<v>${value}</v>` });
export const inlineText = (text: string): CellContent => ({
  t: "inlineStr",
  body: `<is><t xml:space="preserve">${escapeXml(text)}</t></is>`,
});
export const formulaCell = (formula: string, cached?: string | number, t?: CellContent["t"]): CellContent => ({
  ...(t ? { t } : {}),
  body: `<f>${escapeXml(formula)}</f>${cached === undefined ? "" : `<v>${typeof cached === "string" ? escapeXml(cached) : cached}</v>`}`,
});
export const errorCell = (error: string, formula?: string): CellContent => ({
  t: "e",
  body: `${formula ? `<f>${escapeXml(formula)}</f>` : ""}<v>${escapeXml(error)}</v>`,
});

/** Replaces the cell a defined name points to, keeping its style unless told otherwise. */
export function setNamedCell(parts: Parts, name: string, content: CellContent): void {
  const { part, ref } = locate(parts, name);
  editPart(parts, part, (xml) => {
    const m = cellPattern(ref).exec(xml);
    if (!m) throw new Error(`corpus: no cell ${ref} in ${part}`);
    const style = content.style ?? /\ss="(\d+)"/.exec(m[1]!)?.[1];
    const cell = `<c r="${ref}"${style ? ` s="${style}"` : ""}${content.t ? ` t="${content.t}"` : ""}>${content.body}</c>`;
    return xml.slice(0, m.index) + cell + xml.slice(m.index + m[0].length);
  });
}

export function deleteName(parts: Parts, name: string): void {
  editPart(parts, WORKBOOK, (xml) => xml.replace(new RegExp(`<definedName name="${name}"[^>]*>[^<]*</definedName>`), ""));
}

/** Adds workbook-scoped names just before </definedNames>. */
export function addNames(parts: Parts, names: readonly { name: string; formula: string }[]): void {
  const xml = names.map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.formula)}</definedName>`).join("");
  editPart(parts, WORKBOOK, (text) => text.replace("</definedNames>", `${xml}</definedNames>`));
}

const quoteSheet = (sheet: string): string => `&apos;${escapeXml(sheet).replace(/'/g, "&apos;&apos;")}&apos;`;

/** Renames a sheet and every defined name and formula that refers to it, as Excel does. */
export function renameSheet(parts: Parts, from: string, to: string): void {
  const part = sheetPart(parts, from);
  editPart(parts, WORKBOOK, (xml) =>
    xml
      .replace(`name="${escapeXml(from)}"`, `name="${escapeXml(to)}"`)
      .split(`${quoteSheet(from)}!`)
      .join(`${quoteSheet(to)}!`),
  );
  void part;
  for (const name of parts.keys()) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const text = partText(parts, name);
    if (text.includes(`${quoteSheet(from)}!`)) editPart(parts, name, (xml) => xml.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`));
  }
}

/** Moves a sheet to the front of the tab order (its part and r:id stay: only the order in workbook.xml changes). */
export function moveSheetFirst(parts: Parts, sheet: string): void {
  editPart(parts, WORKBOOK, (xml) => {
    const tag = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((t) => t.includes(`name="${escapeXml(sheet)}"`));
    if (!tag) throw new Error(`corpus: no sheet ${sheet}`);
    return xml.replace(tag, "").replace("<sheets>", `<sheets>${tag}`);
  });
}

const shiftRef = (ref: string, at: number, by: number): string =>
  ref.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (whole, d1: string, col: string, d2: string, row: string) =>
    Number(row) >= at ? `${d1}${col}${d2}${Number(row) + by}` : whole,
  );

/**
 * Inserts `count` rows before row `at` of a sheet, as Excel does: every row, cell, merge, validation,
 * same-sheet formula reference and defined name at or below moves down. `cells(row)` gives the
 * new rows' cells (what the user typed there); null leaves ROWS_MARKER where the rows go, for a
 * caller that builds millions of rows as bytes.
 */
export const ROWS_MARKER = "<!--corpus-rows-->";

export function insertRows(parts: Parts, sheet: string, at: number, count: number, cells: ((row: number) => string) | null): void {
  const part = sheetPart(parts, sheet);
  editPart(parts, part, (xml) => {
    let out = xml.replace(/<row r="(\d+)"/g, (whole, row: string) => (Number(row) >= at ? `<row r="${Number(row) + count}"` : whole));
    out = out.replace(/<c r="([A-Z]+)(\d+)"/g, (whole, col: string, row: string) =>
      Number(row) >= at ? `<c r="${col}${Number(row) + count}"` : whole,
    );
    out = out.replace(
      /<(mergeCell|dataValidation|conditionalFormatting)([^>]*?)(ref|sqref)="([^"]+)"/g,
      (_w, tag: string, mid: string, attr: string, ref: string) => `<${tag}${mid}${attr}="${shiftRef(ref, at, count)}"`,
    );
    out = out.replace(/<dimension ref="([^"]+)"/, (_w, ref: string) => `<dimension ref="${shiftRef(ref, at, count)}"`);
    out = out.replace(/(<pane[^>]*topLeftCell=")([^"]+)"/, (_w, head: string, ref: string) => `${head}${shiftRef(ref, at, count)}"`);
    // Formulas: shift references to this sheet only (not those after "!", which name another sheet).
    out = out.replace(
      /<f>([^<]*)<\/f>/g,
      (_w, f: string) =>
        `<f>${f.replace(/(^|[^!A-Za-z$'])(\$?[A-Z]{1,3}\$?\d+)/g, (_m, pre: string, ref: string) => pre + shiftRef(ref, at, count))}</f>`,
    );
    const rows =
      cells === null ? ROWS_MARKER : Array.from({ length: count }, (_, i) => `<row r="${at + i}">${cells(at + i)}</row>`).join("");
    const firstAfter = new RegExp(`<row r="(\\d+)"`, "g");
    let insertAt = out.indexOf("</sheetData>");
    for (let m = firstAfter.exec(out); m; m = firstAfter.exec(out)) {
      if (Number(m[1]) >= at + count) {
        insertAt = m.index;
        break;
      }
    }
    return out.slice(0, insertAt) + rows + out.slice(insertAt);
  });
  const quoted = quoteSheet(sheet);
  editPart(parts, WORKBOOK, (xml) =>
    xml.replace(/(<definedName name="[^"]+"[^>]*>)([^<]*)(<\/definedName>)/g, (whole, open: string, formula: string, close: string) =>
      formula.startsWith(`${quoted}!`) ? `${open}${quoted}!${shiftRef(formula.slice(quoted.length + 1), at, count)}${close}` : whole,
    ),
  );
}

/**
 * Deletes a sheet as Excel does: the sheet, its part, its relationship and content type go, and the
 * names that pointed into it become #REF!.
 */
export function deleteSheet(parts: Parts, sheet: string): void {
  const part = sheetPart(parts, sheet);
  const quoted = quoteSheet(sheet);
  editPart(parts, WORKBOOK, (xml) => {
    const tag = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((t) => t.includes(`name="${escapeXml(sheet)}"`))!;
    const rid = /r:id="([^"]+)"/.exec(tag)![1]!;
    editPart(parts, WORKBOOK_RELS, (rels) => rels.replace(new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*/>`), ""));
    return xml
      .replace(tag, "")
      .replace(/(<definedName name="[^"]+"[^>]*>)([^<]*)(<\/definedName>)/g, (whole, open: string, formula: string, close: string) =>
        formula.startsWith(`${quoted}!`) ? `${open}#REF!${close}` : whole,
      );
  });
  editPart(parts, CONTENT_TYPES, (xml) => xml.replace(new RegExp(`<Override PartName="/${part.replace(/[.]/g, "\\.")}"[^>]*/>`), ""));
  parts.delete(part);
  // Formulas elsewhere that pointed into it become #REF! too.
  const reference = new RegExp(`${quoted}!\\$?[A-Z]{1,3}\\$?\\d+`, "g");
  for (const name of [...parts.keys()]) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name) || !partText(parts, name).includes(`${quoted}!`)) continue;
    editPart(parts, name, (xml) => xml.replace(reference, "#REF!"));
  }
}
