/** The one writer of top-down report sheets (status, comparison with the previous period): where each cell lands, what is merged. */
import { sheetCursor } from "../../src/domain/layout/sheet-cursor";

describe("a sheet cursor", () => {
  it("starts at A1 and places values on the current row, as table cells unless another style is named", () => {
    const sheet = sheetCursor(4);
    sheet.put(1, "Tên");
    sheet.put(3, 12, "computedInteger");
    expect(sheet.row).toBe(1);
    expect(sheet.cells).toEqual([
      { ref: "A1", value: "Tên", style: "cell" },
      { ref: "C1", value: 12, style: "computedInteger" },
    ]);
    expect(sheet.merges).toEqual([]);
  });

  it("writes a line across the sheet's width as one merged cell, then moves to the next row", () => {
    const sheet = sheetCursor(6);
    sheet.line("Tình trạng nộp báo cáo", "title");
    sheet.line("Tổng hợp", "paragraph");
    expect(sheet.row).toBe(3);
    expect(sheet.cells).toEqual([
      { ref: "A1", value: "Tình trạng nộp báo cáo", style: "title" },
      { ref: "A2", value: "Tổng hợp", style: "paragraph" },
    ]);
    expect(sheet.merges).toEqual(["A1:F1", "A2:F2"]);
  });

  it("writes headers from column A and moves down; leaves blank rows when asked", () => {
    const sheet = sheetCursor(3);
    sheet.next();
    sheet.header(["TT", "Đơn vị"]);
    sheet.next(5);
    sheet.put(2, "x");
    expect(sheet.cells).toEqual([
      { ref: "A2", value: "TT", style: "header" },
      { ref: "B2", value: "Đơn vị", style: "header" },
      { ref: "B8", value: "x", style: "cell" },
    ]);
  });

  it("merges part of the current row, to the last column by default", () => {
    const sheet = sheetCursor(10);
    sheet.next(3);
    sheet.merge(1, 2);
    sheet.merge(2);
    expect(sheet.merges).toEqual(["A4:B4", "B4:J4"]);
  });

  it("places formulas that refer to their neighbours on the same row", () => {
    const sheet = sheetCursor(5);
    sheet.next(6);
    sheet.cell(4, { formula: `${sheet.at(2)}-${sheet.at(3)}`, value: 3, style: "computedInteger" });
    expect(sheet.cells).toEqual([{ ref: "D7", formula: "B7-C7", value: 3, style: "computedInteger" }]);
  });

  it("keeps one sheet's cells apart from another's", () => {
    const a = sheetCursor(2);
    const b = sheetCursor(2);
    a.line("a", "text");
    expect(b.cells).toEqual([]);
    expect(b.row).toBe(1);
  });

  it("finishes a protected, visible report sheet printed A4 landscape, with its wrapped rows heightened and a rows table only when it has rows", () => {
    const sheet = sheetCursor(2);
    sheet.put(1, "Một lý do rất dài ".repeat(12));
    sheet.next();
    const empty = { firstRow: 2, count: 0, styles: [], row: () => [] };
    const plan = sheet.plan({ name: "Tình trạng", role: "status", columnWidths: [10, 10], freeze: { rows: 1, columns: 0 }, rows: empty });
    expect(plan).toMatchObject({
      name: "Tình trạng",
      role: "status",
      cells: sheet.cells,
      merges: [],
      protect: true,
      visibility: "visible",
      print: { paper: "A4", orientation: "landscape", fitToWidth: true },
      freeze: { rows: 1, columns: 0 },
    });
    expect(plan.rows).toBeUndefined();
    expect(plan.rowHeights?.[0]?.row).toBe(1);
    expect(plan.rowHeights?.[0]?.height).toBeGreaterThan(30);
    const withRows = sheet.plan({
      name: "x",
      role: "status",
      columnWidths: [10],
      freeze: { rows: 0, columns: 0 },
      rows: { ...empty, count: 3 },
    });
    expect(withRows.rows?.count).toBe(3);
  });
});
