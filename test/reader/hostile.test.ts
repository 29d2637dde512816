/**
 * Broken, foreign and hostile files: each ends as one error value with its own code, quickly, and
 * without exhausting memory. Big inputs are generated in the test and kept small on disk.
 */
import { strToU8, zipSync } from "fflate";
import { deflateRawSync } from "zlib";
import { files } from "../../src/domain/i18n/files";
import { DEFAULT_READ_LIMITS, readSheetTable, readWorkbook } from "../../src/workbook/file/reader";
import { cfbWithStreams } from "./build-cfb";
import { handParts, handXlsx, MAIN_NS, zipParts } from "./build-xlsx";
import { errorCode, mustRead } from "./read-helpers";
import { concat, crcOfZeros, writeRawZip } from "../corpus/zip-kit";
import { render } from "../../src/domain/i18n/message";

const valid = (): Uint8Array =>
  handXlsx({ sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>1</v></c></row>` }], names: [["UR_X", "S!$A$1"]] });

/** A valid workbook whose one part is replaced by `xml`. */
const withPart = (path: string, xml: string): Uint8Array =>
  zipParts({ ...handParts({ sheets: [{ name: "S", data: "" }], names: [["UR_X", "S!$A$1"]], sharedStrings: ["a"] }), [path]: xml });

/**
 * A zip whose one entry inflates to `size` zero bytes (native zlib deflates zeros in a blink; the
 * zip on disk stays tiny); the central directory declares `declared` bytes.
 */
function zeroBomb(path: string, size: number, declared = size): Uint8Array {
  const data = new Uint8Array(deflateRawSync(zeros(size), { level: 9 }));
  return writeRawZip([{ name: path, method: 8, data, crc: crcOfZeros(size), declaredSize: declared >>> 0 }]);
}

const zeroCache = new Map<number, Buffer>();
function zeros(size: number): Buffer {
  let buffer = zeroCache.get(size);
  if (buffer === undefined) zeroCache.set(size, (buffer = Buffer.alloc(size)));
  return buffer;
}

/** Where an entry's compressed data starts, found through its local header. */
function entryData(bytes: Uint8Array, path: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    if (name === path) return start;
    at = start + view.getUint32(at + 18, true);
  }
  throw new Error(`no entry ${path}`);
}

/** A bomb inside an otherwise valid workbook: the sheet part is the zeros. */
function workbookWithBombSheet(size: number, declared = size): Uint8Array {
  const bomb = zeroBomb("xl/worksheets/sheet1.xml", size, declared);
  const others = zipParts(
    Object.fromEntries(
      Object.entries(handParts({ sheets: [{ name: "S", data: "" }], names: [["UR_X", "S!$A$1"]] })).filter(
        ([p]) => p !== "xl/worksheets/sheet1.xml",
      ),
    ),
  );
  return mergeZips(others, bomb);
}

/** Joins the entries of two zips made above into one archive (both central directories, one end record). */
function mergeZips(a: Uint8Array, b: Uint8Array): Uint8Array {
  const parse = (z: Uint8Array) => {
    const v = new DataView(z.buffer, z.byteOffset, z.byteLength);
    const eocd = z.length - 22;
    return { count: v.getUint16(eocd + 10, true), cdSize: v.getUint32(eocd + 12, true), cdOffset: v.getUint32(eocd + 16, true) };
  };
  const pa = parse(a);
  const pb = parse(b);
  const bCentral = b.slice(pb.cdOffset, pb.cdOffset + pb.cdSize);
  const bv = new DataView(bCentral.buffer);
  // Shift b's local header offsets by the size of a's entries.
  for (let at = 0; at < bCentral.length;) {
    bv.setUint32(at + 42, bv.getUint32(at + 42, true) + pa.cdOffset, true);
    at += 46 + bv.getUint16(at + 28, true) + bv.getUint16(at + 30, true) + bv.getUint16(at + 32, true);
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, pa.count + pb.count, true);
  ev.setUint16(10, pa.count + pb.count, true);
  ev.setUint32(12, pa.cdSize + pb.cdSize, true);
  ev.setUint32(16, pa.cdOffset + pb.cdOffset, true);
  return concat([a.subarray(0, pa.cdOffset), b.subarray(0, pb.cdOffset), a.subarray(pa.cdOffset, pa.cdOffset + pa.cdSize), bCentral, end]);
}

describe("files that are not .xlsx workbooks", () => {
  it("an empty file", () => expect(errorCode(new Uint8Array(0))).toBe("reader.empty-file"));

  it("random bytes", () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
    bytes[0] = 0x00;
    expect(errorCode(bytes)).toBe("reader.not-xlsx");
  });

  it("a truncated zip", () => {
    const bytes = valid();
    expect(errorCode(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe("reader.zip-corrupt");
  });

  it("a zip whose deflate data is damaged", () => {
    const bytes = handXlsx({
      sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(50) }],
      names: [["UR_X", "S!$A$1"]],
    });
    const damaged = bytes.slice();
    const start = entryData(damaged, "xl/worksheets/sheet1.xml");
    for (let i = start + 5; i < start + 40; i++) damaged[i] = 0xff;
    expect(["reader.zip-corrupt", "reader.xml-malformed"]).toContain(errorCode(damaged));
  });

  it("an old binary .xls (a compound file with a Workbook stream)", () =>
    expect(errorCode(cfbWithStreams(["Workbook", "SummaryInformation"]))).toBe("reader.xls-binary"));

  it("a password-protected .xlsx (a compound file with EncryptionInfo / EncryptedPackage)", () => {
    expect(errorCode(cfbWithStreams(["EncryptionInfo", "EncryptedPackage"]))).toBe("reader.encrypted");
  });

  it("another compound file (an old .doc)", () => expect(errorCode(cfbWithStreams(["WordDocument"]))).toBe("reader.not-xlsx"));

  it("an OpenDocument spreadsheet renamed .xlsx", () => {
    const ods = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
    });
    expect(errorCode(ods)).toBe("reader.ods");
  });

  it("a CSV renamed .xlsx", () => expect(errorCode(strToU8("Mã đơn vị,Tên đơn vị,Cấp\nDB-01,CĐCS Mường Chà,cdcs\n"))).toBe("reader.text"));

  it("a zip without a workbook (a .docx renamed)", () => {
    expect(errorCode(zipSync({ "word/document.xml": strToU8("<w:document/>"), "[Content_Types].xml": strToU8("<Types/>") }))).toBe(
      "reader.no-workbook",
    );
  });

  it("a workbook naming a sheet part the zip does not have", () => {
    const parts = handParts({ sheets: [{ name: "S", data: "" }], names: [["UR_X", "S!$A$1"]] });
    delete parts["xl/worksheets/sheet1.xml"];
    expect(errorCode(zipParts(parts))).toBe("reader.part-missing");
  });

  it("a file over the size limit", () => expect(errorCode(valid(), { maxFileBytes: 100 })).toBe("reader.too-large"));
});

describe("hostile XML", () => {
  it("refuses a DOCTYPE with entities (billion laughs) without expanding anything", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><sst xmlns="${MAIN_NS}"><si><t>&lol3;</t></si></sst>`;
    const bytes = withPart("xl/sharedStrings.xml", laughs);
    const sheet = withPart("xl/worksheets/sheet1.xml", laughs.replace("<sst", "<worksheet").replace("</sst>", "</worksheet>"));
    expect(errorCode(sheet)).toBe("reader.xml-doctype");
    expect(errorCode(withPart("xl/workbook.xml", laughs))).toBe("reader.xml-doctype");
    // The shared strings are read only when a cell needs them: make one need them.
    const needing = zipParts({
      ...handParts({
        sheets: [{ name: "S", data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }],
        names: [["UR_X", "S!$A$1"]],
        sharedStrings: ["a"],
      }),
      "xl/sharedStrings.xml": laughs,
    });
    expect(errorCode(needing)).toBe("reader.xml-doctype");
    void bytes;
  });

  it("refuses an external entity", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><workbook xmlns="${MAIN_NS}"><sheets/><definedNames><definedName name="UR_X">&xxe;</definedName></definedNames></workbook>`;
    expect(errorCode(withPart("xl/workbook.xml", xxe))).toBe("reader.xml-doctype");
  });

  it("refuses an undeclared entity reference as damaged XML", () => {
    expect(
      errorCode(
        withPart(
          "xl/workbook.xml",
          `<workbook xmlns="${MAIN_NS}"><sheets><sheet name="S" sheetId="1" r:id="rIdS1"/></sheets><definedNames><definedName name="UR_X">&nbsp;</definedName></definedNames></workbook>`,
        ),
      ),
    ).toBe("reader.xml-malformed");
  });

  it("stops deeply nested XML at the depth limit without overflowing the stack", () => {
    const depth = 100_000;
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${"<x>".repeat(depth)}${"</x>".repeat(depth)}</row></sheetData></worksheet>`;
    expect(errorCode(withPart("xl/worksheets/sheet1.xml", xml))).toBe("reader.xml-too-deep");
  });

  it("refuses mismatched tags", () => {
    expect(
      errorCode(
        withPart("xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData></worksheet>`),
      ),
    ).toBe("reader.xml-malformed");
  });

  it("refuses invalid UTF-8 rather than replacing it", () => {
    const parts = handParts({
      sheets: [{ name: "S", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>X</t></is></c></row>` }],
      names: [["UR_X", "S!$A$1"]],
    });
    const sheet = strToU8(parts["xl/worksheets/sheet1.xml"] as string);
    sheet[sheet.indexOf(0x58)] = 0xff; // the "X"
    expect(errorCode(zipParts({ ...parts, "xl/worksheets/sheet1.xml": sheet }))).toBe("reader.xml-malformed");
  });
});

describe("limits", () => {
  it("stops a zip bomb at the part limit while inflating (header honest)", () => {
    const bomb = workbookWithBombSheet(160 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(["reader.part-too-large", "reader.inflate-ratio"]).toContain(errorCode(bomb));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("stops a zip bomb whose header claims a small size", () => {
    const bomb = workbookWithBombSheet(160 * 1024 * 1024, 1000);
    expect(["reader.part-too-large", "reader.inflate-ratio"]).toContain(errorCode(bomb));
  });

  it("tells the ratio, part and total limits apart", () => {
    const zeros = workbookWithBombSheet(8 * 1024 * 1024);
    expect(errorCode(zeros)).toBe("reader.inflate-ratio");
    expect(errorCode(zeros, { maxInflateRatio: 1e9, maxPartBytes: 1024 * 1024 })).toBe("reader.part-too-large");
    expect(errorCode(zeros, { maxInflateRatio: 1e9, maxInflatedBytes: 2 * 1024 * 1024 })).toBe("reader.inflated-too-large");
  });

  it("refuses a header that lies about a part's size", () => {
    const parts = handParts({ sheets: [{ name: "S", data: `<row r="1"><c r="A1"><v>1</v></c></row>` }], names: [["UR_X", "S!$A$1"]] });
    const bytes = zipParts(parts);
    // The honest file first: its workbook part, kept for reuse, must not stand in for the lying one's.
    expect(readWorkbook(zipParts(parts)).ok).toBe(true);
    // Change the declared (uncompressed) size of workbook.xml in the central directory.
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    for (let at = view.getUint32(eocd + 16, true); view.getUint32(at, true) === 0x02014b50;) {
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === "xl/workbook.xml") view.setUint32(at + 24, view.getUint32(at + 24, true) - 10, true);
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(errorCode(bytes)).toBe("reader.zip-corrupt");
  });

  it("refuses too many zip entries", () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DEFAULT_READ_LIMITS.maxEntries; i++) entries[`x/${i}.txt`] = new Uint8Array(0);
    expect(errorCode(zipSync(entries))).toBe("reader.too-many-entries");
  });

  it("refuses too many defined names", () => {
    const names: [string, string][] = [];
    for (let i = 0; i <= DEFAULT_READ_LIMITS.maxDefinedNames; i++) names.push([`N${i}`, "S!$A$1"]);
    expect(errorCode(handXlsx({ sheets: [{ name: "S", data: "" }], names }))).toBe("reader.too-many-names");
  });

  let million: Uint8Array | undefined;
  const millionCells = (): Uint8Array => {
    if (million !== undefined) return million;
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 10; c++) row += `<c r="${"ABCDEFGHIJ"[c]}${r}"><v>${c}</v></c>`;
      rows.push(row + "</row>");
    }
    million = zipParts(handParts({ sheets: [{ name: "S", data: rows.join("") }], names: [["UR_LAST", "S!$J$100000"]] }), 1);
    return million;
  };

  it("reads a sheet of a million cells within the default limits, and refuses it under a lower cells limit", () => {
    const bytes = millionCells();
    expect(mustRead(bytes).workbook.names.get("UR_LAST")?.cells[0][0].value).toBe(9);
    expect(errorCode(bytes, { maxCells: 500_000 })).toBe("reader.too-many-cells");
    const table = readSheetTable(bytes, undefined, { maxCells: 500_000 });
    expect(table.ok ? "ok" : table.error.code).toBe("reader.too-many-cells");
  });

  it("refuses a named range larger than the cells limit before reading anything", () => {
    expect(errorCode(handXlsx({ sheets: [{ name: "S", data: "" }], names: [["UR_ALL", "S!$A$1:$XFD$1048576"]] }))).toBe(
      "reader.too-many-cells",
    );
  });

  it("stops at the time limit", () => {
    expect(errorCode(millionCells(), { maxMillis: 5 })).toBe("reader.timeout");
  });

  it("reports a bad limit option as a value", () => {
    expect(errorCode(valid(), { maxCells: -1 })).toBe("reader.invalid-limits");
  });
});

describe("error messages", () => {
  it("every code has a Vietnamese and an English message with the same placeholders", () => {
    for (const [key, vi] of Object.entries(files.vi)) {
      const en = files.en[key as keyof typeof files.en];
      expect(en).toBeDefined();
      const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(vi)).toEqual(holes(en));
    }
  });

  it("fills the limit into the message, the Vietnamese way", () => {
    const result = readWorkbook(valid(), { maxFileBytes: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(render("vi", result.error)).toContain("Tệp quá lớn");
  });
});
