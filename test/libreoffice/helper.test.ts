/** The LibreOffice helper itself: it recalculates on load and keeps Vietnamese intact in CSV. */
import ExcelJS from "exceljs";
import { describeWithLibreOffice, libreOfficeVersion, parseCsv, sheetsAsCsv } from "../support/libreoffice";

describeWithLibreOffice("LibreOffice helper", () => {
  it("recomputes a formula whose cached value is stale, on every sheet, in UTF-8", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Biểu 01");
    first.getCell("A1").value = 2;
    first.getCell("B1").value = { formula: "A1+3", result: 99 };
    first.getCell("C1").value = "Đoàn viên công đoàn, nữ";
    const hidden = workbook.addWorksheet("_meta", { state: "hidden" });
    hidden.getCell("A1").value = { formula: "'Biểu 01'!A1*10", result: 1 };
    const sheets = await sheetsAsCsv(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect([...sheets.keys()]).toEqual(["Biểu 01", "_meta"]);
    expect(sheets.get("Biểu 01")!.cell("B1")).toBe("5");
    expect(sheets.get("Biểu 01")!.cell("C1")).toBe("Đoàn viên công đoàn, nữ");
    expect(sheets.get("_meta")!.cell("A1")).toBe("20");
    expect(libreOfficeVersion()).toMatch(/LibreOffice \d+\.\d+/);
  });
});

describe("CSV parsing", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",,x\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["two\nlines", "", "x"],
    ]);
  });
});
