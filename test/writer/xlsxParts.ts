/**
 * A written .xlsx taken apart for inspection: its XML parts, sheets by name, defined names. Tests read
 * the XML the writer produced rather than trusting ExcelJS to read back what ExcelJS wrote.
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";

export interface XlsxParts {
  readonly files: Record<string, Uint8Array>;
  text(path: string): string;
  /** Sheet name → part path ("xl/worksheets/sheet2.xml"), in workbook order. */
  readonly sheetPaths: ReadonlyMap<string, string>;
  readonly sheetStates: ReadonlyMap<string, string>;
  /** Workbook-scoped defined names (no localSheetId) → their text, XML entities decoded. */
  readonly names: ReadonlyMap<string, string>;
  sheetXml(name: string): string;
}

export const decodeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x([0-9a-f]+)|#(\d+));/gi, (_, e: string, hex?: string, dec?: string) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[e],
  );

export const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
};

export function openXlsx(bytes: Uint8Array): XlsxParts {
  const files = unzipSync(bytes);
  const text = (path: string): string => {
    const f = files[path];
    if (!f) throw new Error(`no part ${path}`);
    return strFromU8(f);
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attr(m[0], "Target")!;
    targets.set(attr(m[0], "Id")!, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheetPaths = new Map<string, string>();
  const sheetStates = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name")!;
    sheetPaths.set(name, targets.get(attr(m[0], "r:id")!)!);
    sheetStates.set(name, attr(m[0], "state") ?? "visible");
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attr(m[0], "localSheetId") !== undefined) continue;
    names.set(attr(m[0], "name")!, decodeXml(m[2]));
  }
  return { files, text, sheetPaths, sheetStates, names, sheetXml: (name) => text(sheetPaths.get(name) ?? `(no sheet ${name})`) };
}

/** "'Biểu 01'!$D$7" → { sheet: "Biểu 01", ref: "D7" }. */
export function splitReference(text: string): { sheet: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(text);
  if (!m) throw new Error(`not a sheet reference: ${text}`);
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), ref: m[3].replace(/\$/g, "") };
}

/** The <c> element of a cell ("" when the sheet has none). */
export function cellXml(sheetXml: string, ref: string): string {
  // Lazy attributes, so a self-closing <c .../> is not read as the start of <c ...>...</c> reaching into the next cell.
  const m = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>.*?</c>)`).exec(sheetXml);
  return m ? m[0] : "";
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Types values into cells reached by defined names, as a user would: the cell keeps its style, gets a
 * number (<v>) or an inline string, and loses nothing else. Patches the sheet XML in place.
 */
export function fillByName(bytes: Uint8Array, values: ReadonlyMap<string, number | string>): Uint8Array {
  const parts = openXlsx(bytes);
  const files: Record<string, Uint8Array> = { ...parts.files };
  const bySheet = new Map<string, string>();
  for (const [name, value] of values) {
    const target = parts.names.get(name);
    if (!target) throw new Error(`no defined name ${name}`);
    const { sheet, ref } = splitReference(target);
    const path = parts.sheetPaths.get(sheet)!;
    let xml = bySheet.get(path) ?? parts.text(path);
    const existing = cellXml(xml, ref);
    if (!existing) throw new Error(`${name}: no cell ${ref} on ${sheet} to type into`);
    const style = attr(existing, "s");
    const s = style === undefined ? "" : ` s="${style}"`;
    const replacement =
      typeof value === "number"
        ? `<c r="${ref}"${s}><v>${value}</v></c>`
        : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    xml = xml.replace(existing, () => replacement);
    bySheet.set(path, xml);
  }
  for (const [path, xml] of bySheet) files[path] = strToU8(xml);
  return zipSync(files);
}
