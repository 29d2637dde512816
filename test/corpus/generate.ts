/**
 * Builds every file of the corpus (cases.ts) from scratch: valid workbooks with our own layout and
 * writer, then damaged at the XML or byte level the way a user, a mailer or an attacker would.
 * Deterministic (fixed zip times and document dates) and fast: the heavy files are made by
 * arithmetic, not by writing their bulk (a 1 GB bomb is a repeated 1 KB block; the 200 MB file is
 * a sparse file on disk and a zero-filled array in memory).
 *
 * Files go to test/corpus/generated/ (git-ignored) so a person can open them (and the CLI test can
 * read the folder); the other tests use the bytes.
 */
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from "fs";
import { join } from "path";
import { crc32, deflateRawSync } from "zlib";
import { strToU8 } from "fflate";
import {
  loadCatalog,
  resolveCampaign,
  metaName,
  identificationName,
  cellName,
  type Definition,
  type Campaign,
} from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader/read-workbook";
import { checkWorkbook } from "../../src/domain/check";
import { breakdownOf, inputFigureKeys, mergeSubmissions, consolidatedPlan, type AcceptedFile } from "../../src/domain/merge";
import { CASES, type CaseId, type CorpusCase } from "./cases";
import { encryptedWorkbook, writeCfb, xlsWorkbook } from "./cfb-kit";
import { CAMPAIGN_ID, DISTRICT, DISTRICT_UNITS, OTHER_CAMPAIGN_ID, REJECTED_UNIT, figuresOf, sectorOf, type CorpusUnit } from "./figures";
import {
  addNames,
  cellStyle,
  CONTENT_TYPES,
  deleteName,
  deleteSheet,
  errorCell,
  escapeXml,
  formulaCell,
  inlineText,
  insertRows,
  ROWS_MARKER,
  moveSheetFirst,
  numberCell,
  renameSheet,
  setNamedCell,
  sheetPart,
  WORKBOOK_RELS,
} from "./xlsx-edit";
import {
  concat,
  deflatedEntry,
  editPart,
  partText,
  rawEntriesOf,
  storedEntry,
  unzipParts,
  writeRawZip,
  writeZipWithZeroGap,
  zeroBombEntry,
  zipParts,
  type Parts,
} from "./zip-kit";
import { render } from "../../src/domain/i18n/message";
import type { Result } from "../../src/domain/errors";

export const GENERATED_DIR = join(__dirname, "generated");

export interface CorpusFile {
  readonly case: CorpusCase;
  readonly bytes: Uint8Array;
}

const IDENTIFICATION_SHEET = "Thông tin chung";
const MB = 1024 * 1024;
/** The 200 MB case: its bytes beyond the head and tail are zeros that nobody writes or touches. */
export const BIG_FILE_BYTES = 200 * MB;

interface Context {
  readonly catalog: Definition;
  readonly campaign: Campaign;
  readonly otherCampaign: Campaign;
  /** A fresh copy of the parts of a valid submission of `unit`. */
  submission(unit: CorpusUnit, options?: { campaign?: Campaign; identification?: Partial<Record<string, string>> }): Promise<Parts>;
}

/** The workbook as our writer made it, with its two timestamps fixed so every run gives the same bytes. */
async function writePlan(plan: Parameters<typeof writeWorkbook>[0]): Promise<Parts> {
  const parts = unzipParts(await writeWorkbook(plan));
  editPart(parts, "docProps/core.xml", (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$12026-06-01T08:00:00Z"));
  return parts;
}

const finish = (parts: Parts): Uint8Array => zipParts(parts);

function unitOf(c: CorpusCase): CorpusUnit {
  return c.expect.counts[0] ?? REJECTED_UNIT;
}

type Builder = (ctx: Context, c: CorpusCase) => Promise<Uint8Array>;

/** A valid submission of the case's own unit, edited by `edit`. */
const edited =
  (edit: (parts: Parts, ctx: Context) => void | Promise<void>, options?: { identification?: Partial<Record<string, string>> }): Builder =>
  async (ctx, c) => {
    const parts = await ctx.submission(unitOf(c), options);
    await edit(parts, ctx);
    return finish(parts);
  };

const valid: Builder = async (ctx, c) => finish(await ctx.submission(unitOf(c)));

/** A 1×1 PNG: what arrives when someone attaches a photo of the form instead of the form. */
function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(strToU8(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)) >>> 0);
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = new Uint8Array(deflateRawSync(new Uint8Array([0, 255, 255, 255])));
  const zlibWrapped = new Uint8Array([0x78, 0x01, ...idat, 0, 0, 0, 0]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibWrapped),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/**
 * `count` rows of numbers from row `first`, `columns` cells each, written digit by digit into one
 * buffer: a million rows in a few hundred milliseconds, without a giant string.
 */
function rowBytes(first: number, count: number, columns: number): Uint8Array {
  // One flat loop, no closures: in jest's sandbox a closure over `at` costs ten times the loop.
  const out = new Uint8Array(count * (32 + columns * 36));
  const ROW_OPEN = [60, 114, 111, 119, 32, 114, 61, 34]; // <row r="
  const ROW_MID = [34, 62]; // ">
  const CELL_OPEN = [60, 99, 32, 114, 61, 34]; // <c r="
  const CELL_MID = [34, 62, 60, 118, 62]; // "><v>
  const CELL_CLOSE = [60, 47, 118, 62, 60, 47, 99, 62]; // </v></c>
  const ROW_CLOSE = [60, 47, 114, 111, 119, 62]; // </row>
  const scratch = new Uint8Array(16);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const r = first + i;
    let width = 0;
    for (let n = r; n > 0; n = (n / 10) | 0) scratch[width++] = 48 + (n % 10);
    for (let k = 0; k < ROW_OPEN.length; k++) out[at++] = ROW_OPEN[k]!;
    for (let k = width - 1; k >= 0; k--) out[at++] = scratch[k]!;
    for (let k = 0; k < ROW_MID.length; k++) out[at++] = ROW_MID[k]!;
    for (let col = 0; col < columns; col++) {
      for (let k = 0; k < CELL_OPEN.length; k++) out[at++] = CELL_OPEN[k]!;
      out[at++] = 65 + col;
      for (let k = width - 1; k >= 0; k--) out[at++] = scratch[k]!;
      for (let k = 0; k < CELL_MID.length; k++) out[at++] = CELL_MID[k]!;
      const v = (i * 7 + col) % 1000;
      if (v >= 100) out[at++] = 48 + ((v / 100) | 0);
      if (v >= 10) out[at++] = 48 + (((v / 10) | 0) % 10);
      out[at++] = 48 + (v % 10);
      for (let k = 0; k < CELL_CLOSE.length; k++) out[at++] = CELL_CLOSE[k]!;
    }
    for (let k = 0; k < ROW_CLOSE.length; k++) out[at++] = ROW_CLOSE[k]!;
  }
  return out.subarray(0, at);
}

/** A worksheet part with `rows` where its marker (or </sheetData>) is, deflated natively at level 1 (a realistic ~8:1, far from a bomb's ratio). */
function bigSheetEntry(parts: Parts, part: string, rows: Uint8Array, at: string) {
  const xml = partText(parts, part);
  const cut = xml.indexOf(at);
  if (cut < 0) throw new Error(`corpus: no ${at} in ${part}`);
  const whole = Buffer.concat([
    Buffer.from(xml.slice(0, cut), "utf8"),
    rows,
    Buffer.from(xml.slice(cut + (at === ROWS_MARKER ? at.length : 0)), "utf8"),
  ]);
  const data = new Uint8Array(deflateRawSync(whole, { level: 1 }));
  return { name: part, method: 8 as const, data, crc: crc32(whole) >>> 0, declaredSize: whole.length };
}

const BUILDERS: Record<CaseId, Builder> = {
  "valid-a": valid,
  "valid-c": valid,

  "not-a-zip": async () => png(),
  "truncated-zip": async (ctx) => {
    const whole = finish(await ctx.submission(REJECTED_UNIT));
    return whole.slice(0, Math.floor(whole.length * 0.6));
  },
  "empty-file": async () => new Uint8Array(0),
  "xls-renamed": async () => xlsWorkbook(),
  "ods-renamed": async () =>
    writeRawZip([
      storedEntry("mimetype", strToU8("application/vnd.oasis.opendocument.spreadsheet")),
      deflatedEntry(
        "META-INF/manifest.xml",
        strToU8(
          '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        ),
      ),
      deflatedEntry(
        "content.xml",
        strToU8(
          '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Biểu 01"><table:table-row><table:table-cell><text:p>Tổng số đoàn viên</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
        ),
      ),
    ]),
  "csv-renamed": async () =>
    strToU8("\ufeffMã đơn vị;Tên đơn vị;Tổng số đoàn viên\r\nCDCS_900;Công đoàn cơ sở Trường Cao đẳng Sư phạm Điện Biên;1.250\r\n"),
  "docx-renamed": async () =>
    zipParts(
      new Map([
        [
          CONTENT_TYPES,
          strToU8(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
          ),
        ],
        [
          "_rels/.rels",
          strToU8(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          ),
        ],
        [
          "word/document.xml",
          strToU8(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo tổng kết</w:t></w:r></w:p></w:body></w:document>',
          ),
        ],
      ]),
    ),
  encrypted: async () => encryptedWorkbook(),

  "zip-bomb": async (ctx) => {
    const parts = await ctx.submission(REJECTED_UNIT);
    const target = sheetPart(parts, "Biểu 01");
    return writeRawZip(rawEntriesOf(parts, new Map([[target, zeroBombEntry(target, 1024)]])));
  },
  "zip-bomb-unread": async (ctx, c) => {
    const parts = await ctx.submission(unitOf(c));
    const entries = rawEntriesOf(parts);
    entries.push(zeroBombEntry("xl/media/image1.bin", 1024));
    return writeRawZip(entries);
  },
  "zip-duplicate-entry": async (ctx) => {
    const parts = await ctx.submission(REJECTED_UNIT);
    const part = sheetPart(parts, "Biểu 01");
    const forged = partText(parts, part).replace(/(<c r="D12"[^>]*><v>)\d+(<\/v>)/, "$1999999$2");
    return writeRawZip([...rawEntriesOf(parts), deflatedEntry(part, strToU8(forged))]);
  },
  "zip-path-traversal": async (ctx, c) => {
    const parts = await ctx.submission(unitOf(c));
    const script = strToU8("#!/bin/sh\necho owned\n");
    return writeRawZip([...rawEntriesOf(parts), deflatedEntry("../../../../tmp/evil.sh", script), deflatedEntry("/etc/cron.d/x", script)]);
  },
  "million-rows-below": async (ctx, c) => {
    const parts = await ctx.submission(unitOf(c));
    const part = sheetPart(parts, "Biểu 04");
    return writeRawZip(rawEntriesOf(parts, new Map([[part, bigSheetEntry(parts, part, rowBytes(1000, 1_000_000, 1), "</sheetData>")]])));
  },
  "million-rows-above": async (ctx) => {
    const parts = await ctx.submission(REJECTED_UNIT);
    insertRows(parts, "Biểu 01", 1, 1_000_000, null);
    const part = sheetPart(parts, "Biểu 01");
    return writeRawZip(rawEntriesOf(parts, new Map([[part, bigSheetEntry(parts, part, rowBytes(1, 1_000_000, 3), ROWS_MARKER)]])));
  },
  "name-huge-range": edited((parts) => addNames(parts, [{ name: "UR_ZZ_ALL", formula: "'Biểu 01'!$A$1:$XFD$1048576" }])),
  "file-200mb": async () => {
    throw new Error("built by bigFile()");
  },
  "names-5000": edited((parts) =>
    addNames(
      parts,
      Array.from({ length: 5000 }, (_, i) => ({ name: `Vung_In_${i + 1}`, formula: `'Biểu 01'!$A$${(i % 50) + 1}:$E$${(i % 50) + 20}` })),
    ),
  ),
  "names-30000": edited((parts) =>
    addNames(
      parts,
      Array.from({ length: 30_000 }, (_, i) => ({ name: `Ten_${i + 1}`, formula: `'Biểu 02'!$B$${(i % 40) + 1}` })),
    ),
  ),
  "billion-laughs": edited((parts) =>
    editPart(parts, "xl/sharedStrings.xml", (xml) => {
      const entities = [
        '<!ENTITY lol0 "lol">',
        ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`),
      ].join("");
      return xml.replace("?>", `?><!DOCTYPE sst [${entities}]>`).replace(/<si><t>[^<]*<\/t><\/si>/, "<si><t>&lol9;</t></si>");
    }),
  ),
  "external-entity": edited((parts) =>
    editPart(parts, "xl/sharedStrings.xml", (xml) =>
      xml
        .replace("?>", '?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
        .replace(/<si><t>[^<]*<\/t><\/si>/, "<si><t>&xxe;</t></si>"),
    ),
  ),
  "deep-nesting": edited((parts) =>
    editPart(parts, sheetPart(parts, IDENTIFICATION_SHEET), (xml) =>
      xml.replace("<sheetData>", `${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}<sheetData>`),
    ),
  ),
  "xlsm-macros": edited((parts) => {
    parts.set(
      "xl/vbaProject.bin",
      writeCfb([
        { name: "PROJECT", data: strToU8('ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\nName="VBAProject"\r\n') },
        { name: "Module1", data: strToU8('Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n  Shell "calc.exe"\r\nEnd Sub\r\n') },
      ]),
    );
    editPart(parts, WORKBOOK_RELS, (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    editPart(parts, CONTENT_TYPES, (xml) =>
      xml
        .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
        .replace(
          'ContentType="application/vnd.openxmlformats-officedocument.PLACEHOLDER"',
          'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
        )
        .replace(
          '<Default Extension="rels"',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels"',
        ),
    );
  }),

  "other-campaign": async (ctx) => finish(await ctx.submission(REJECTED_UNIT, { campaign: ctx.otherCampaign })),
  "version-0": edited((parts) => setNamedCell(parts, metaName("TEMPLATE_VERSION"), numberCell(0))),
  "version-unreadable": edited((parts) => setNamedCell(parts, metaName("TEMPLATE_VERSION"), inlineText("một"))),
  "meta-proto-json": edited((parts) =>
    setNamedCell(
      parts,
      metaName("CAMPAIGN_DEF"),
      inlineText(
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"def":{"__proto__":{"polluted":"yes"}},"custom":false}',
      ),
    ),
  ),
  "sheets-renamed-reordered": edited((parts) => {
    renameSheet(parts, "Biểu 01", "01 - Đoàn viên");
    renameSheet(parts, "Biểu 02", "02 - CĐCS");
    renameSheet(parts, "Biểu 03", "03 - Thi đua");
    renameSheet(parts, "Biểu 04", "04 (đã sửa)");
    moveSheetFirst(parts, "03 - Thi đua");
  }),
  "rows-inserted": edited((parts) => {
    insertRows(parts, "Biểu 01", 12, 5, (r) => `<c r="B${r}" t="inlineStr"><is><t>Ghi chú thêm của đơn vị, dòng ${r}</t></is></c>`);
    insertRows(parts, "Biểu 02", 11, 3, (r) => `<c r="E${r}" t="inlineStr"><is><t>Dòng chèn ${r}</t></is></c>`);
  }),
  "sheet-relationship-broken": edited((parts) => {
    const target = sheetPart(parts, "Biểu 04").replace(/^xl\//, "");
    editPart(parts, WORKBOOK_RELS, (xml) =>
      xml.replace(
        new RegExp(`Type="[^"]*/worksheet"( Target="${target}")`),
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"$1',
      ),
    );
  }),
  "name-deleted": edited((parts) => deleteName(parts, cellName("DV_TONG", "value"))),
  "identification-missing": edited((parts) => deleteSheet(parts, IDENTIFICATION_SHEET)),

  "cell-text": edited((parts) => setNamedCell(parts, cellName("DV_MOI", "value"), inlineText("khoảng 70"))),
  "cell-negative": edited((parts) => setNamedCell(parts, cellName("DV_GIAM", "value"), numberCell(-3))),
  "cell-fraction": edited((parts) => setNamedCell(parts, cellName("CB_TONG", "value"), numberCell(29.5))),
  "cell-formula-no-value": edited((parts) => setNamedCell(parts, cellName("LDG_NGUOI", "value"), formulaCell("SUM(D1:D2)"))),
  "cell-errors": edited((parts) => {
    setNamedCell(parts, cellName("HT_LUOT", "value"), errorCell("#REF!", "#REF!+1"));
    setNamedCell(parts, cellName("KT_CANHAN", "value"), errorCell("#DIV/0!", "1/0"));
  }),
  "cell-date": edited((parts) =>
    setNamedCell(parts, cellName("CL_LUOT", "value"), { ...numberCell(46178), style: cellStyle(parts, identificationName("DATE")) }),
  ),
  "cell-huge": edited((parts) => {
    setNamedCell(parts, cellName("ATVSV", "value"), numberCell("1e308"));
    setNamedCell(parts, cellName("PL_LUOT", "value"), numberCell("12345678901234567890"));
    setNamedCell(parts, cellName("CL_LUOT", "value"), numberCell("9007199254740993"));
  }),
  "cell-vn-separators": edited((parts) => {
    setNamedCell(parts, cellName("LD_TONG", "value"), inlineText("1.250"));
    setNamedCell(parts, cellName("MA_TIEN", "value"), { t: "str", body: "<v>1.250,5</v>" });
  }),
  "cell-not-a-number": edited((parts) => setNamedCell(parts, cellName("DV_MOI", "value"), numberCell("NaN"))),
  "cell-formula-cached": edited((parts) => setNamedCell(parts, cellName("KT_TAPTHE", "value"), formulaCell("2+1", 3))),

  "id-hyperlink": edited((parts) =>
    setNamedCell(parts, identificationName("UNIT_NAME"), formulaCell('HYPERLINK("http://evil","x")', "x", "str")),
  ),
  "id-equals-text": valid,
  "id-proto": async (ctx) =>
    finish(await ctx.submission({ ...REJECTED_UNIT, code: "__proto__", name: "constructor" }, { identification: { PARENT: "prototype" } })),
  "id-constructor": edited(() => undefined, { identification: { PREPARER: "toString", PARENT: "hasOwnProperty" } }),
  "id-long-name": edited((parts) => setNamedCell(parts, identificationName("UNIT_NAME"), inlineText("Công đoàn cơ sở ".repeat(625)))),
  "id-control": async (ctx, c) => {
    const parts = await ctx.submission({ ...unitOf(c), name: "Trạm Y tế xã Na Sang" });
    // Excel stores a control character in text as _xHHHH_ (ST_Xstring); raw ones are not legal XML.
    setNamedCell(parts, identificationName("UNIT_NAME"), {
      t: "inlineStr",
      body: `<is><t>${escapeXml("Công đoàn")}_x0007_ Trạm Y tế_x001B_ xã Na Sang</t></is>`,
    });
    return finish(parts);
  },
  "id-nfd": edited((parts) => {
    setNamedCell(parts, identificationName("UNIT_NAME"), inlineText("Công đoàn Trường Mầm non Hoa Ban Điện Biên".normalize("NFD")));
  }),

  "duplicate-first": async (ctx) => finish(await ctx.submission(DISTRICT_UNITS.first)),
  "duplicate-later": valid,
  district: async (ctx) => districtWorkbook(ctx),
  "district-unit-direct": valid,
};

/** A district's consolidated workbook of two units, made the way a district makes it: read, check, merge, write. */
async function districtWorkbook(ctx: Context): Promise<Uint8Array> {
  const accepted: AcceptedFile[] = [];
  for (const [index, unit] of [DISTRICT_UNITS.g, DISTRICT_UNITS.hInDistrict].entries()) {
    const read = readWorkbook(finish(await ctx.submission(unit)));
    if (!read.ok) throw new Error(`corpus: district input unreadable: ${render("en", read.error)}`);
    const checked = checkWorkbook(ctx.catalog, read.value.workbook);
    if (!checked.submission || checked.issues.length > 0)
      throw new Error(`corpus: district input has issues: ${checked.issues.map((i) => i.id).join(", ")}`);
    accepted.push({
      index,
      name: `${unit.code}.xlsx`,
      submission: checked.submission,
      breakdown: breakdownOf(read.value.workbook.names, inputFigureKeys(ctx.catalog, ctx.campaign)),
      warnings: [],
    });
  }
  const result = mergeSubmissions({ catalog: ctx.catalog, campaign: ctx.campaign, mergingUnit: DISTRICT, accepted, rejected: [] });
  const { plan } = consolidatedPlan(ctx.catalog, result, "2026-06-08");
  return finish(await writePlan(plan));
}

/** The 200 MB workbook: a valid submission plus a stored 200 MB media part of zeros, as head + (zeros) + tail. */
async function bigFile(ctx: Context): Promise<{ head: Uint8Array; gapBytes: number; tail: Uint8Array }> {
  const parts = await ctx.submission(REJECTED_UNIT);
  return writeZipWithZeroGap("xl/media/video1.bin", BIG_FILE_BYTES, rawEntriesOf(parts));
}

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`corpus: ${render("en", result.error)}`);
  return result.value;
}

export function corpusContext(): Context {
  const catalog = loadCatalog();
  const campaign = must(resolveCampaign(catalog.campaignDefs, CAMPAIGN_ID));
  const otherCampaign = must(resolveCampaign(catalog.campaignDefs, OTHER_CAMPAIGN_ID));
  const cache = new Map<string, Uint8Array>();
  return {
    catalog,
    campaign,
    otherCampaign,
    async submission(unit, options = {}) {
      const use = options.campaign ?? campaign;
      const key = JSON.stringify([unit, use.id, options.identification ?? {}]);
      let bytes = cache.get(key);
      if (!bytes) {
        const extra = options.identification ?? {};
        const { plan } = buildTemplate({
          catalog,
          campaign: use,
          unit: {
            unitCode: unit.code,
            unitName: unit.name,
            level: unit.level,
            datePrepared: unit.date,
            preparer: extra["PREPARER"] ?? "Nguyễn Thị Hoa",
            phone: "0215 3825 123",
            parent: extra["PARENT"] ?? "LĐLĐ huyện Điện Biên Đông",
            head: "Lò Văn Pọm",
            sector: sectorOf(unit).text,
          },
          figures: figuresOf(unit),
        });
        bytes = finish(await writePlan(plan));
        cache.set(key, bytes);
      }
      return unzipParts(bytes);
    },
  };
}

/**
 * Written under a "~$" name (which the CLI, like Excel, treats as a lock file and skips) and renamed:
 * a run reading the folder never sees half a file written by another run.
 */
function writeAtomically(name: string, bytes: Uint8Array): void {
  const temporary = join(GENERATED_DIR, `~$${process.pid}_${name}`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, join(GENERATED_DIR, name));
}

export interface GeneratedCorpus {
  readonly files: readonly CorpusFile[];
  readonly ms: number;
}

/** Builds every case; writes them under generated/ unless `write` is false. */
export async function generateCorpus(options: { write?: boolean; only?: readonly CaseId[] } = {}): Promise<GeneratedCorpus> {
  const started = Date.now();
  const ctx = corpusContext();
  const write = options.write ?? true;
  if (write) {
    mkdirSync(GENERATED_DIR, { recursive: true });
    // Files of cases that no longer exist go; the others are replaced in place (another run may be reading them).
    const current = new Set<string>(CASES.map((c) => c.file));
    for (const name of readdirSync(GENERATED_DIR))
      if (!current.has(name) && !name.startsWith("~$")) rmSync(join(GENERATED_DIR, name), { force: true });
  }
  const files: CorpusFile[] = [];
  for (const c of CASES) {
    if (options.only && !options.only.includes(c.id)) continue;
    if (c.id === "file-200mb") {
      const big = await bigFile(ctx);
      const total = big.head.length + big.gapBytes + big.tail.length;
      // Zero-filled by the allocator and never written between head and tail: those pages stay unmapped.
      const bytes = new Uint8Array(total);
      bytes.set(big.head, 0);
      bytes.set(big.tail, total - big.tail.length);
      if (write) {
        const temporary = join(GENERATED_DIR, `~$${process.pid}_${c.file}`);
        const fd = openSync(temporary, "w");
        writeSync(fd, big.head, 0, big.head.length, 0);
        writeSync(fd, big.tail, 0, big.tail.length, total - big.tail.length); // the gap stays a hole
        closeSync(fd);
        renameSync(temporary, join(GENERATED_DIR, c.file));
      }
      files.push({ case: c, bytes });
      continue;
    }
    const caseStarted = Date.now();
    const bytes = await BUILDERS[c.id](ctx, c);
    if (process.env["CORPUS_TIMING"]) console.log(`${c.id}: ${Date.now() - caseStarted} ms, ${bytes.length} bytes`);
    if (write) writeAtomically(c.file, bytes);
    files.push({ case: c, bytes });
  }
  return { files, ms: Date.now() - started };
}
