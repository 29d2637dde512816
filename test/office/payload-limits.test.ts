/**
 * Excel on the web refuses a request or a response over 5 MB, counted in UTF-8 bytes (the stand-in
 * does the same). Vietnamese text takes about 1.5 bytes a character, so a budget in characters is not
 * enough; and a consolidated workbook or a roster sheet holds more than one response can carry.
 */
import type { SheetPlan, WorkbookPlan } from "../../src/domain/layout/plan";
import { columnLetter } from "../../src/domain/layout/a1";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { FakeExcel, PAYLOAD_LIMIT } from "./fakeExcel";

/** 80 characters, 116 UTF-8 bytes. */
const TEXT = "Đảng ủy, Công đoàn cơ sở Trường Tiểu học Mường Thanh — đoàn viên nữ được kết nạp";

describe("payloads under Excel on the web's 5 MB", () => {
  it("splits a write of Vietnamese text by its UTF-8 bytes, each request under 5 MB", async () => {
    const cells = Array.from({ length: 4 * 12_000 }, (_, i) => ({ ref: `${columnLetter((i % 4) + 1)}${Math.floor(i / 4) + 1}`, value: `${TEXT} ${i}` }));
    const sheet: SheetPlan = { name: "Danh sách", role: "table", cells, merges: [], columnWidths: [], protect: false, visibility: "visible" };
    const plan: WorkbookPlan = { sheets: [sheet], names: [], properties: { title: "", subject: "", creator: "", keywords: "" } };
    const excel = new FakeExcel();
    await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    expect(Math.max(...excel.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT); // the whole would not fit one request
    expect(excel.sheet("Danh sách")?.peek("D12000")?.value).toBe(`${TEXT} 47999`);
  });

  it("reads a workbook whose UR_ names hold more than one response can carry, in chunks", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Chi tiết theo đơn vị");
    for (let i = 0; i < 30_000; i++) {
      sheet.put(`B${i + 1}`, `${TEXT} ${i}`);
      excel.names.set(`UR_DV${i}_TEN`, { sheet: sheet.name, ref: `B${i + 1}`, broken: false });
    }
    const raw = await createOfficeWorkbook(excel.deps()).read();
    expect(raw.names.size).toBe(30_000);
    expect(raw.names.get("UR_DV29999_TEN")?.cells).toEqual([[{ value: `${TEXT} 29999` }]]);
    expect(Math.max(...excel.responses)).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("reads a roster sheet at the size limit in bands of rows under the response limit", async () => {
    const excel = new FakeExcel();
    const roster = excel.addSheet("Danh sách");
    const rows = 50_000;
    for (let r = 1; r <= rows; r++) {
      roster.put(`A${r}`, `CD${r}`);
      roster.put(`B${r}`, `${TEXT} ${r}`);
      roster.put(`C${r}`, "cdcs");
      roster.put(`D${r}`, "Huyện Điện Biên");
    }
    const read = await createOfficeWorkbook(excel.deps()).readSheetRows("Danh sách");
    if (!read.ok) throw new Error(read.reason);
    expect(read.rows).toHaveLength(rows);
    expect(read.rows[rows - 1]).toEqual([`CD${rows}`, `${TEXT} ${rows}`, "cdcs", "Huyện Điện Biên"]);
    expect(Math.max(...excel.responses)).toBeLessThan(PAYLOAD_LIMIT);
  });
});
