/**
 * Excel on the web refuses a request or a response over 5 MB, counted in UTF-8 bytes (the stand-in
 * does the same, measuring each request as the JSON Office.js sends). Vietnamese text takes about 1.5
 * bytes a character, so a budget in characters is not enough; and a consolidated workbook or a roster
 * sheet holds more than one response can carry.
 */
import type { SheetPlan, WorkbookPlan } from "../../src/domain/layout/plan";
import { columnLetter } from "../../src/domain/a1";
import { consolidatedPlan } from "../../src/domain/merge";
import type { FigureKey } from "../../src/domain/submission";
import { AppErrorException } from "../../src/domain/errors";
import { createOfficeWorkbook, SYNC_PAYLOAD_BUDGET } from "../../src/workbook/office/officeWorkbook";
import { FakeExcel, PAYLOAD_LIMIT } from "./fakeExcel";
import { catalog, merge, unitFile, DISTRICT } from "../merge/support";

/** 80 characters, 116 UTF-8 bytes. */
const TEXT = "Đảng ủy, Công đoàn cơ sở Trường Tiểu học Mường Thanh — đoàn viên nữ được kết nạp";

describe("payloads under Excel on the web's 5 MB", () => {
  it("splits a write of Vietnamese text by its UTF-8 bytes, each request under 5 MB", async () => {
    const cells = Array.from({ length: 4 * 12_000 }, (_, i) => ({
      ref: `${columnLetter((i % 4) + 1)}${Math.floor(i / 4) + 1}`,
      value: `${TEXT} ${i}`,
    }));
    const sheet: SheetPlan = {
      name: "Danh sách",
      role: "table",
      cells,
      merges: [],
      columnWidths: [],
      protect: false,
      visibility: "visible",
    };
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

  it("reads one name larger than a response (a consolidated workbook's breakdown) in bands of rows, whole", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Chi tiết theo đơn vị");
    const rows = 40_000;
    for (let r = 1; r <= rows; r++) {
      sheet.put(`A${r}`, `CD${r}`);
      sheet.put(`B${r}`, `${TEXT} ${r}`);
      sheet.put(`C${r}`, r);
    }
    excel.names.set("UR_BREAKDOWN", { sheet: sheet.name, ref: `A1:C${rows}`, broken: false });
    const raw = await createOfficeWorkbook(excel.deps()).read();
    const breakdown = raw.names.get("UR_BREAKDOWN");
    expect(breakdown?.ref).toBe(`A1:C${rows}`);
    expect(breakdown?.cells).toHaveLength(rows);
    expect(breakdown?.cells[rows - 1]).toEqual([{ value: `CD${rows}` }, { value: `${TEXT} ${rows}` }, { value: rows }]);
    expect(Math.max(...excel.responses)).toBeLessThan(PAYLOAD_LIMIT);
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
    if (!read.ok) throw new Error(read.error);
    expect(read.value).toHaveLength(rows);
    expect(read.value[rows - 1]).toEqual([`CD${rows}`, `${TEXT} ${rows}`, "cdcs", "Huyện Điện Biên"]);
    expect(Math.max(...excel.responses)).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("keeps every request of a consolidation's write within the adapter's budget, measured as serialized JSON", async () => {
    // 300 units against a budget scaled down 13 times stands for 4,000 units against the real one (a
    // 4,000-unit plan takes half a minute to build); the forms' number-format grids and the breakdown's
    // values are what weighs.
    const files = Array.from({ length: 300 }, (_, i) =>
      unitFile(
        {
          code: `CD${i}`,
          name: `Công đoàn cơ sở Trường Tiểu học số ${i} xã Mường Thanh`,
          date: "2026-06-05",
          figures: new Map<FigureKey, number>([
            ["DV_TONG@value", i + 1],
            ["LD_TONG@value", 2 * i + 2],
            ["SK_GIATRI@value", 0.125],
          ]),
        },
        undefined,
        `cd${i}.xlsx`,
        i,
      ),
    );
    const plan = consolidatedPlan(catalog, merge(files, DISTRICT), "2026-06-15").plan;
    const budget = Math.round(SYNC_PAYLOAD_BUDGET / 13);
    const excel = new FakeExcel();
    await createOfficeWorkbook(excel.deps(), budget).writePlan(plan, { confirmReplace: async () => true });
    expect(excel.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * budget); // several requests' worth
    expect(Math.max(...excel.payloads)).toBeLessThanOrEqual(budget);
  }, 60_000);

  it("keeps a wide sheet of number-formatted cells under the budget: the format grids are counted, not only the style", async () => {
    const cells = [];
    // One style over 12,000 × 30 cells: its number-format grid alone is about 3 MB of JSON.
    for (let r = 1; r <= 12_000; r++)
      for (let c = 1; c <= 30; c++)
        cells.push({ ref: `${columnLetter(c)}${r}`, value: r * c, style: "inputInteger" as const, locked: false });
    const sheet: SheetPlan = {
      name: "Chi tiết",
      role: "breakdown",
      cells,
      merges: [],
      columnWidths: [],
      protect: false,
      visibility: "visible",
    };
    const excel = new FakeExcel();
    await createOfficeWorkbook(excel.deps()).writePlan(
      { sheets: [sheet], names: [], properties: { title: "", subject: "", creator: "", keywords: "" } },
      { confirmReplace: async () => true },
    );
    expect(Math.max(...excel.payloads)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
    expect(excel.sheet("Chi tiết")?.peek("AD12000")?.value).toBe(360_000);
  }, 60_000);

  it("highlights and clears 20,000 cells in chunks, each request and response under the budget", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Chi tiết theo đơn vị");
    const cells = Array.from({ length: 20_000 }, (_, i) => ({
      sheet: sheet.name,
      address: `${columnLetter((i % 20) + 3)}${Math.floor(i / 20) + 5}`,
    }));
    const port = createOfficeWorkbook(excel.deps());
    await expect(port.highlight(cells)).resolves.toEqual({ lockedSheets: [] });
    expect(sheet.peek("V1004")?.fill).not.toBeNull();
    await expect(port.clearHighlights()).resolves.toEqual({ lockedSheets: [] });
    expect(sheet.peek("V1004")?.fill).toBeNull();
    expect(excel.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT); // one request would not do
    expect(Math.max(...excel.payloads, ...excel.responses)).toBeLessThanOrEqual(SYNC_PAYLOAD_BUDGET);
  }, 60_000);

  it("names a payload Excel still refuses for the user instead of an unexpected error", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Danh sách");
    // One cell larger than a request can carry: no chunking can split it.
    const huge: SheetPlan = {
      name: "Ghi chú",
      role: "table",
      cells: [{ ref: "A1", value: "Đ".repeat(3_000_000) }],
      merges: [],
      columnWidths: [],
      protect: false,
      visibility: "visible",
    };
    const failure = await createOfficeWorkbook(excel.deps())
      .writePlan(
        { sheets: [huge], names: [], properties: { title: "", subject: "", creator: "", keywords: "" } },
        { confirmReplace: async () => true },
      )
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppErrorException);
    expect((failure as AppErrorException).error).toMatchObject({
      code: "excel.RequestPayloadSizeLimitExceeded",
      key: "excel.error.payload",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual([sheet.name]); // the write was undone
  });
});
