/**
 * Hand-built .xlsx files for reader tests: the parts as text, zipped with fflate, so each test shows
 * exactly the XML a writer (Excel, LibreOffice, a WPS-style tool, a hostile one) would produce.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HandSheet {
  readonly name: string;
  /** The <sheetData> content (rows), or a whole worksheet part when it starts with "<?xml" or "<". */
  readonly data: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface HandWorkbook {
  readonly sheets: readonly HandSheet[];
  /** [name, formula, localSheetId?] */
  readonly names?: readonly (readonly [string, string, number?])[];
  /** Raw <si> contents or plain strings (written as <si><t>…</t></si>). */
  readonly sharedStrings?: readonly string[];
  readonly styles?: string;
  /** Sheet targets as written in workbook.xml.rels: "relative" (worksheets/sheet1.xml) or "absolute" (/xl/worksheets/sheet1.xml). */
  readonly targets?: "relative" | "absolute";
  readonly workbookPr?: string;
  /** Extra or replacement parts, by path. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
}

export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function worksheet(data: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${data}</sheetData></worksheet>`;
}

export function handParts(book: HandWorkbook): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels: string[] = [];
  const sheets: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const target = book.targets === "absolute" ? `/xl/worksheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rIdS${i + 1}" Type="${TYPE}/worksheet" Target="${target}"/>`);
    sheets.push(
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rIdS${i + 1}"/>`,
    );
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      sheet.data.startsWith("<") && !sheet.data.startsWith("<row") ? sheet.data : worksheet(sheet.data);
  });
  if (book.sharedStrings) {
    rels.push(`<Relationship Id="rIdSST" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
    const items = book.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${escapeXml(s)}</t></si>`));
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  if (book.styles) {
    rels.push(`<Relationship Id="rIdStyles" Type="${TYPE}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = book.styles;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`;
  const names = (book.names ?? [])
    .map(
      ([name, formula, local]) =>
        `<definedName name="${escapeXml(name)}"${local === undefined ? "" : ` localSheetId="${local}"`}>${escapeXml(formula)}</definedName>`,
    )
    .join("");
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${book.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : "") +
    `</workbook>`;
  Object.assign(parts, book.parts ?? {});
  return parts;
}

export function zipParts(parts: Readonly<Record<string, string | Uint8Array>>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [path, content] of Object.entries(parts)) files[path] = [typeof content === "string" ? strToU8(content) : content, { level }];
  return zipSync(files);
}

export const handXlsx = (book: HandWorkbook): Uint8Array => zipParts(handParts(book));

/** A styles part whose cellXfs are the given numFmtIds, with optional custom formats. */
export function stylesXml(xfNumFmtIds: readonly number[], custom: readonly (readonly [number, string])[] = []): string {
  const numFmts = custom.length
    ? `<numFmts count="${custom.length}">${custom.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("")}</numFmts>`
    : "";
  const xfs = xfNumFmtIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"${id ? ' applyNumberFormat="1"' : ""}/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${numFmts}<cellXfs count="${xfNumFmtIds.length}">${xfs}</cellXfs></styleSheet>`;
}
