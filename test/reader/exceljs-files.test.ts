/**
 * Files written by ExcelJS (the library under our own template writer), and the same files re-saved
 * by LibreOffice: the reader gives back the same names and values.
 */
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import type { RawValue } from "../../src/domain/raw";
import { readSheetTable } from "../../src/workbook/file/reader";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { cellOf, mustRead, named } from "./read-helpers";

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A small submission: identification text, counts, a money figure, a computed percentage with its cached result, a date. */
async function submission(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const id = workbook.addWorksheet("Thông tin chung");
  id.getCell("B5").value = "CĐCS Công ty Than Điện Biên";
  id.getCell("B6").value = "DB-0042";
  id.getCell("B9").value = new Date(Date.UTC(2020, 6, 15));
  id.getCell("B9").numFmt = "dd/mm/yyyy";
  const sheet = workbook.addWorksheet("Biểu 01");
  sheet.getCell("D7").value = 1250;
  sheet.getCell("D8").value = 800;
  sheet.getCell("D9").value = { formula: "IF(D7=0,0,D8/D7)", result: 0.64 };
  sheet.getCell("D9").numFmt = "0.0%";
  sheet.getCell("D10").value = 12.345;
  sheet.getCell("E7").value = "Số liệu đến 31/5";
  const hidden = workbook.addWorksheet("_meta", { state: "veryHidden" });
  hidden.getCell("A1").value = "tk10-nq6a-2011-2020";
  workbook.definedNames.add("'Thông tin chung'!$B$5", "UR_ID_UNIT_NAME");
  workbook.definedNames.add("'Thông tin chung'!$B$6", "UR_ID_UNIT_CODE");
  workbook.definedNames.add("'Thông tin chung'!$B$9", "UR_ID_DATE");
  workbook.definedNames.add("'Biểu 01'!$D$7", "UR_DV_TONG");
  workbook.definedNames.add("'Biểu 01'!$D$8", "UR_DV_NU");
  workbook.definedNames.add("'Biểu 01'!$D$9", "UR_DV_TYLE");
  workbook.definedNames.add("'Biểu 01'!$D$10", "UR_SK_GIATRI");
  workbook.definedNames.add("'Biểu 01'!$D$7:$E$8", "UR_BLOCK");
  workbook.definedNames.add("'_meta'!$A$1", "UR_META_CAMPAIGN");
  return toBytes(workbook);
}

function expectSubmission(bytes: Uint8Array, formulaOf: (f: string | undefined) => void, metaState: "hidden" | "veryHidden"): void {
  const outcome = mustRead(bytes);
  expect(cellOf(outcome, "UR_ID_UNIT_NAME").value).toBe("CĐCS Công ty Than Điện Biên");
  expect(cellOf(outcome, "UR_ID_UNIT_CODE").value).toBe("DB-0042");
  expect(cellOf(outcome, "UR_ID_DATE")).toMatchObject({ value: 44027, isDate: true });
  expect(cellOf(outcome, "UR_DV_TONG").value).toBe(1250);
  expect(cellOf(outcome, "UR_DV_NU").value).toBe(800);
  expect(cellOf(outcome, "UR_DV_TYLE").value).toBeCloseTo(0.64, 12);
  formulaOf(cellOf(outcome, "UR_DV_TYLE").formula);
  expect(cellOf(outcome, "UR_SK_GIATRI").value).toBe(12.345);
  expect(named(outcome, "UR_BLOCK").cells.map((row) => row.map((c) => c.value))).toEqual([
    [1250, "Số liệu đến 31/5"],
    [800, null],
  ]);
  expect(cellOf(outcome, "UR_META_CAMPAIGN").value).toBe("tk10-nq6a-2011-2020");
  expect(outcome.workbook.sheets).toEqual([
    { name: "Thông tin chung", state: "visible" },
    { name: "Biểu 01", state: "visible" },
    { name: "_meta", state: metaState },
  ]);
  expect(outcome.flags.brokenNames).toEqual([]);
}

describe("a submission written by ExcelJS", () => {
  it("reads every name with its value, the cached result of a formula and a date", async () => {
    expectSubmission(await submission(), (formula) => expect(formula).toBe("IF(D7=0,0,D8/D7)"), "veryHidden");
  });

  it("reads a whole sheet as rows for a roster", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Cấp"]);
    sheet.addRow(["DB-01", "CĐCS Mường Chà", "cdcs"]);
    sheet.addRow([102, "LĐLĐ huyện Tuần Giáo", "huyen"]);
    sheet.getCell("E5").value = true;
    const result = readSheetTable(await toBytes(workbook));
    expect(result.ok && result.value).toEqual({
      sheet: "Danh sách",
      rows: [
        ["Mã đơn vị", "Tên đơn vị", "Cấp"],
        ["DB-01", "CĐCS Mường Chà", "cdcs"],
        [102, "LĐLĐ huyện Tuần Giáo", "huyen"],
        [],
        [null, null, null, null, true],
      ],
    });
  });

  it("reads the sheet asked for by name (NFC or NFD), and says when there is none", async () => {
    const bytes = await submission();
    const byName = readSheetTable(bytes, "biểu 01".normalize("NFD"));
    expect(byName.ok && byName.value.sheet).toBe("Biểu 01");
    const missing = readSheetTable(bytes, "Biểu 09");
    expect(missing.ok ? "" : missing.error.code).toBe("reader.sheet-not-found");
  });

  it("reads back any table of values exactly (property)", async () => {
    // Text XML 1.0 can carry (no control characters but tab/newline, no lone surrogates), not starting like a formula.
    const xmlText = (s: string) =>
      [...s].every((ch) => {
        const c = ch.codePointAt(0)!;
        return (c >= 0x20 || c === 9 || c === 10) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffe && c !== 0xffff;
      });
    const text = fc.string({ maxLength: 30, unit: "grapheme" }).filter((s) => !/^[=+\-@]/.test(s) && xmlText(s));
    const value: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.boolean(),
      text.filter((s) => s.length > 0),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), async (table) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("T");
        table.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
        const width = Math.max(...table.map((row) => row.length));
        workbook.definedNames.add(`T!$A$1:$${String.fromCharCode(64 + width)}$${table.length}`, "UR_TABLE");
        const outcome = mustRead(await toBytes(workbook));
        const read = named(outcome, "UR_TABLE").cells.map((row) => row.map((c) => c.value));
        const expected = table.map((row) =>
          [...row, ...new Array<RawValue>(width - row.length).fill(null)].map((v) => (Object.is(v, -0) ? 0 : v)),
        );
        expect(read.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v)))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describeWithLibreOffice("a submission re-saved by LibreOffice", () => {
  it("reads the same names and values", async () => {
    const resaved = await resaveWithLibreOffice(await submission());
    // LibreOffice has no "very hidden": it saves such a sheet as hidden.
    expectSubmission(resaved, (formula) => expect(formula).toMatch(/^IF\(D7=0,\s*0,\s*D8\/D7\)$/), "hidden");
  });

  it("reads a roster LibreOffice saved, with its shared strings", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Cấp"]);
    sheet.addRow(["DB-01", "CĐCS Mường Chà", "cdcs"]);
    const result = readSheetTable(await resaveWithLibreOffice(await toBytes(workbook)));
    expect(result.ok && result.value.rows).toEqual([
      ["Mã đơn vị", "Tên đơn vị", "Cấp"],
      ["DB-01", "CĐCS Mường Chà", "cdcs"],
    ]);
  });
});
