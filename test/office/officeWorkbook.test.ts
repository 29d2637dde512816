/** The Office.js adapter against an in-memory Excel (see fakeExcel.ts): batching, literal text, replace consent, highlights. */
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/domain/layout/plan";
import { columnLetter } from "../../src/domain/a1";
import { createOfficeWorkbook, HIGHLIGHT_FILL } from "../../src/workbook/office/officeWorkbook";
import { SettingsSaveError } from "../../src/workbook/office/documentSettings";
import { AppErrorException } from "../../src/domain/errors";
import { render } from "../../src/domain/i18n/strings";
import { API_LEVELS, FakeExcel } from "./fakeExcel";

const yes = async () => true;

/** A form-like sheet: a title, a header row, then rows of TT · Nội dung · Đơn vị tính · Số lượng · Ghi chú. */
function formSheet(name: string, rows: number, extra: Partial<SheetPlan> = {}): SheetPlan {
  const cells: CellPlan[] = [
    { ref: "A1", value: `Biểu ${name}`, style: "title" },
    ...["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"].map((text, i) => ({
      ref: `${columnLetter(i + 1)}3`,
      value: text,
      style: "header" as const,
    })),
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 4;
    cells.push(
      { ref: `A${r}`, value: i + 1, style: "tt" },
      { ref: `B${r}`, value: `Chỉ tiêu ${i + 1}`, style: i % 3 ? "labelChild" : "label" },
      { ref: `C${r}`, value: "người", style: "unit" },
      {
        ref: `D${r}`,
        value: null,
        style: "inputInteger",
        locked: false,
        validation: {
          type: "whole",
          min: 0,
          prompt: { title: "Số lượng", text: "Số nguyên ≥ 0" },
          error: { title: "Sai", text: "Nhập số nguyên ≥ 0" },
        },
      },
      { ref: `E${r}`, value: null, style: "note", locked: false },
    );
  }
  return {
    name,
    role: "table",
    tableId: name,
    cells,
    merges: ["A1:E1"],
    columnWidths: [6, 50, 12, 14, 24],
    rowHeights: [{ row: 3, height: 30 }],
    freeze: { rows: 3, columns: 0 },
    protect: true,
    visibility: "visible",
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: 3, last: 3 }, header: "CĐCS A & B" },
    ...extra,
  };
}

function plan(sheets: SheetPlan[], names: WorkbookPlan["names"] = []): WorkbookPlan {
  return { sheets, names, properties: { title: "Báo cáo", subject: "6a", creator: "union-report", keywords: "UR" } };
}

function cellCount(p: WorkbookPlan): number {
  return p.sheets.reduce((n, s) => n + s.cells.length, 0);
}

describe.each(API_LEVELS)("ExcelApi %s", (api) => {
  const at = (minor: number) => new FakeExcel(api).supports(minor);

  describe("writePlan", () => {
    it("costs the same number of syncs for 10 cells and for 5,000 cells", async () => {
      const small = plan([{ ...formSheet("B01", 1), cells: formSheet("B01", 1).cells.slice(0, 10) }]);
      const large = plan([formSheet("B01", 500), formSheet("B02", 500)], [{ name: "UR_DV_TONG", sheet: "B01", ref: "D4" }]);
      expect(cellCount(small)).toBe(10);
      expect(cellCount(large)).toBeGreaterThanOrEqual(5000);

      const a = new FakeExcel(api);
      await createOfficeWorkbook(a.deps()).writePlan(small, { confirmReplace: yes });
      const b = new FakeExcel(api);
      await createOfficeWorkbook(b.deps()).writePlan(large, { confirmReplace: yes });

      expect(b.syncs).toBe(a.syncs);
      expect(b.runs).toBe(a.runs);
      expect([a.unsynced, b.unsynced]).toEqual([0, 0]);
      // Probe (2), draw (1), then the old sheets' deletion in a sync of its own, so a failure can be undone or finished.
      expect(a.syncs).toBeLessThanOrEqual(4);
      // Rectangles, not cells: the large plan is drawn in far fewer calls than it has cells.
      expect(b.log.filter((l) => l.startsWith("range.values")).length).toBeLessThan(20);
      expect(b.sheet("B02")?.peek("B503")?.value).toBe("Chỉ tiêu 500");
    });

    it("splits a write that would exceed Excel on the web's request size into several syncs, each under 5 MB", async () => {
      const long = "x".repeat(200);
      const sheet: SheetPlan = {
        ...formSheet("B01", 0),
        cells: Array.from({ length: 40000 }, (_, i) => ({
          ref: `${columnLetter((i % 4) + 1)}${Math.floor(i / 4) + 1}`,
          value: `${long}${i}`,
        })),
      };
      const excel = new FakeExcel(api);
      await createOfficeWorkbook(excel.deps()).writePlan(plan([sheet]), { confirmReplace: yes });
      expect(excel.syncs).toBeGreaterThan(3);
      expect(Math.max(...excel.payloads)).toBeLessThan(5_000_000);
      expect(excel.sheet("B01")?.peek("D10000")?.value).toBe(`${long}39999`);
    });

    it("writes a string that starts with '=' as text, never as a formula", async () => {
      const excel = new FakeExcel(api);
      const sheet: SheetPlan = {
        ...formSheet("B01", 0),
        cells: [
          { ref: "A1", value: '=HYPERLINK("http://evil.example","bấm vào đây")' },
          { ref: "A2", value: "001" },
          { ref: "A3", value: 42 },
          { ref: "A4", formula: "SUM(A3:A3)" },
        ],
      };
      await createOfficeWorkbook(excel.deps()).writePlan(plan([sheet]), { confirmReplace: yes });
      const b01 = excel.sheet("B01");
      expect(b01?.peek("A1")).toMatchObject({ value: '=HYPERLINK("http://evil.example","bấm vào đây")', numberFormat: "@" });
      expect(b01?.peek("A1")?.formula).toBeUndefined();
      expect(b01?.peek("A2")).toMatchObject({ value: "001", numberFormat: "@" });
      expect(b01?.peek("A3")?.value).toBe(42);
      expect(b01?.peek("A4")?.formula).toBe("=SUM(A3:A3)");
    });

    it("asks before replacing a sheet that holds data, and writes nothing when the answer is no", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("B01").put("D4", 17);
      excel.addSheet("Ghi chép").put("A1", "giữ nguyên");
      excel.names.set("UR_DV_TONG", { sheet: "B01", ref: "D4", broken: false });
      const asked: (readonly string[])[] = [];
      const outcome = await createOfficeWorkbook(excel.deps()).writePlan(plan([formSheet("B01", 3), formSheet("B02", 3)]), {
        confirmReplace: async (names) => {
          asked.push(names);
          return false;
        },
      });
      expect(asked).toEqual([["B01"]]);
      expect(outcome).toEqual({ written: false, reason: "declined" });
      expect(excel.log).toEqual([]);
      expect(excel.sheets.map((s) => s.name)).toEqual(["B01", "Ghi chép"]);
      expect(excel.sheet("B01")?.peek("D4")?.value).toBe(17);
    });

    it("replaces the sheet after a yes, keeps other sheets, and re-points our names", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("B01").put("D4", 17);
      excel.addSheet("Ghi chép").put("A1", "giữ nguyên");
      excel.names.set("UR_DV_TONG", { sheet: "B01", ref: "D9", broken: false });
      excel.names.set("UR_OLD", { sheet: "B01", ref: "D5", broken: false });
      let asked = 0;
      const outcome = await createOfficeWorkbook(excel.deps()).writePlan(
        plan([formSheet("B01", 3)], [{ name: "UR_DV_TONG", sheet: "B01", ref: "D4" }]),
        {
          confirmReplace: async () => {
            asked++;
            return true;
          },
        },
      );
      expect(asked).toBe(1);
      expect(outcome).toEqual({ written: true, sheets: ["B01"] });
      expect(excel.sheets.map((s) => s.name).sort()).toEqual(["B01", "Ghi chép"]);
      expect(excel.sheet("B01")?.peek("D4")?.value).toBe("");
      expect(excel.sheet("Ghi chép")?.peek("A1")?.value).toBe("giữ nguyên");
      expect([...excel.names.entries()]).toEqual([["UR_DV_TONG", { sheet: "B01", ref: "D4", broken: false }]]);
    });

    it("does not ask when the existing sheet is empty", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("B01");
      excel.addSheet("Sheet1").put("A1", 1);
      const confirmReplace = jest.fn(yes);
      await createOfficeWorkbook(excel.deps()).writePlan(plan([formSheet("B01", 2)]), { confirmReplace });
      expect(confirmReplace).not.toHaveBeenCalled();
      expect(excel.sheet("B01")?.peek("B4")?.value).toBe("Chỉ tiêu 1");
    });

    it("draws the form: unlocked inputs, validation, merges, widths, freeze, print, names, protection last, hidden sheets", async () => {
      const excel = new FakeExcel(api);
      const meta: SheetPlan = {
        name: "_meta",
        role: "meta",
        cells: [{ ref: "A1", value: "template" }],
        merges: [],
        columnWidths: [],
        protect: true,
        visibility: "hidden",
      };
      await createOfficeWorkbook(excel.deps()).writePlan(
        plan([formSheet("B01", 3), meta], [{ name: "UR_DV_TONG", sheet: "B01", ref: "D4" }]),
        { confirmReplace: yes },
      );
      const b01 = excel.sheet("B01");
      expect(b01?.peek("D4")).toMatchObject({ locked: false, numberFormat: "#,##0" });
      expect(b01?.peek("D4")?.validation).toEqual(at(8) ? { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } } : undefined);
      expect(b01?.peek("B4")?.locked).toBe(true);
      expect(b01?.merges).toEqual(["A1:E1"]);
      expect(b01?.frozen).toBe(at(7) ? "rows 3" : null);
      expect(b01?.columnWidths.get("B:B")).toBeCloseTo((50 * 7 + 5) * 0.75);
      expect([...(b01?.rowHeights ?? [])]).toEqual([["3:3", 30]]);
      if (at(9))
        expect(b01?.pageLayout).toMatchObject({
          paperSize: "A4",
          orientation: "Portrait",
          printTitleRows: "$3:$3",
          defaultForAllPages: { centerHeader: "CĐCS A && B", centerFooter: "Trang &P / &N" },
        });
      else expect(b01?.pageLayout).toEqual({});
      expect(b01?.protectedWith).not.toBeNull();
      expect(excel.sheet("_meta")?.visibility).toBe("Hidden");
      expect(excel.names.get("UR_DV_TONG")).toEqual({ sheet: "B01", ref: "D4", broken: false });
      expect(excel.properties).toEqual(at(7) ? expect.objectContaining({ title: "Báo cáo", author: "union-report" }) : {});
      const protectAt = excel.log.findIndex((l) => l === "sheet.protect B01");
      expect(excel.log.slice(protectAt).some((l) => l.includes("B01!"))).toBe(false);
    });
  });

  describe("read", () => {
    function workbookWithNames(n: number): FakeExcel {
      const excel = new FakeExcel(api);
      const sheet = excel.addSheet("Biểu 01");
      for (let i = 0; i < n; i++) {
        sheet.put(`D${i + 1}`, i);
        excel.names.set(`UR_C${i}`, { sheet: "Biểu 01", ref: `D${i + 1}`, broken: false });
      }
      excel.names.set("OTHER", { sheet: "Biểu 01", ref: "A1", broken: false });
      return excel;
    }

    it("reads N names in one batch: the same syncs for 3 names and for 300", async () => {
      const few = workbookWithNames(3);
      const many = workbookWithNames(300);
      const a = await createOfficeWorkbook(few.deps()).read();
      const b = await createOfficeWorkbook(many.deps()).read();
      expect(a.names.size).toBe(3);
      expect(b.names.size).toBe(300);
      expect(many.syncs).toBe(few.syncs);
      expect(many.syncs).toBe(2);
      expect(many.runs).toBe(1);
      expect(b.names.get("UR_C299")).toEqual({ name: "UR_C299", sheet: "Biểu 01", ref: "D300", cells: [[{ value: 299 }]] });
    });

    it("maps values, formulas, blanks, errors, dates and sheet visibility", async () => {
      const excel = new FakeExcel(api);
      const sheet = excel.addSheet("B01");
      sheet.put("A1", 5);
      sheet.put("B1", "=A1*2");
      sheet.put("D1", "#DIV/0!");
      sheet.put("E1", 45000, "dd/mm/yyyy");
      excel.addSheet("_meta").visibility = "Hidden";
      excel.names.set("UR_ROW", { sheet: "B01", ref: "A1:E1", broken: false });
      excel.names.set("UR_GONE", { sheet: "B01", ref: "A1", broken: true });
      const raw = await createOfficeWorkbook(excel.deps()).read();
      expect(raw.names.get("UR_ROW")?.cells).toEqual([
        [{ value: 5 }, { value: 0, formula: "A1*2" }, { value: null }, { value: { error: "#DIV/0!" } }, { value: 45000, isDate: true }],
      ]);
      expect(raw.names.has("UR_GONE")).toBe(false);
      expect(raw.sheets).toEqual([
        { name: "B01", state: "visible" },
        { name: "_meta", state: "hidden" },
      ]);
    });
  });

  /** A roster kept as a sheet of the open workbook (issue 5: "a sheet in the workbook or a .xlsx/.csv file"). */
  describe("sheetNames and readSheetRows", () => {
    function withRoster(): FakeExcel {
      const excel = new FakeExcel(api);
      excel.addSheet("Biểu 01").put("A1", "x");
      const roster = excel.addSheet("Danh sách");
      roster.put("B2", "DANH SÁCH CĐCS TRỰC THUỘC");
      ["Mã đơn vị", "Tên đơn vị", "Cấp"].forEach((text, i) => roster.put(`${columnLetter(i + 2)}4`, text));
      roster.put("B5", "CD01");
      roster.put("C5", "CĐCS Trường Tiểu học Kim Đồng");
      roster.put("D5", "cdcs");
      roster.put("B6", 1002); // a code typed as a number
      roster.put("C6", '="CĐCS "&B6'); // a formula: its value is what counts
      roster.put("D6", "cdcs");
      excel.addSheet("Ẩn").visibility = "Hidden";
      return excel;
    }

    it("lists the visible sheets in order", async () => {
      expect(await createOfficeWorkbook(withRoster().deps()).sheetNames()).toEqual(["Biểu 01", "Danh sách"]);
    });

    it("reads a sheet's used cells as rows in three syncs, matching its name as Excel does (case, NFC)", async () => {
      const excel = withRoster();
      const port = createOfficeWorkbook(excel.deps());
      const before = excel.syncs;
      const read = await port.readSheetRows("DANH SA\u0301CH");
      expect(excel.syncs - before).toBe(3);
      if (!read.ok) throw new Error(read.error);
      expect(read.value[0]).toEqual(["DANH SÁCH CĐCS TRỰC THUỘC", "", ""]);
      expect(read.value[2]).toEqual(["Mã đơn vị", "Tên đơn vị", "Cấp"]);
      expect(read.value[3]).toEqual(["CD01", "CĐCS Trường Tiểu học Kim Đồng", "cdcs"]);
      expect(read.value[4][0]).toBe(1002);
      expect(excel.log).toEqual([]); // reading writes nothing
    });

    it("says which sheet is missing, and refuses a huge sheet without fetching its values", async () => {
      const excel = withRoster();
      const port = createOfficeWorkbook(excel.deps());
      expect(await port.readSheetRows("Không có")).toEqual({ ok: false, error: "missing" });
      const big = excel.addSheet("Lớn");
      big.put("A1", "Mã đơn vị");
      big.put("Z10000", 1);
      const before = excel.syncs;
      expect(await port.readSheetRows("Lớn")).toEqual({ ok: false, error: "tooLarge" });
      expect(excel.syncs - before).toBe(2);
      expect(await port.readSheetRows("Ẩn")).toEqual({ ok: true, value: [] });
    });
  });

  describe("while the user is typing in a cell", () => {
    it("waits for them where Excel can (delayForCellEdit, 1.11), else says in Vietnamese to press Enter or Esc, changing nothing", async () => {
      const excel = new FakeExcel(api);
      excel.cellEditing = true;
      const port = createOfficeWorkbook(excel.deps());
      const write = port.writePlan(plan([formSheet("B01", 3)]), { confirmReplace: yes });
      if (excel.isSetSupported("ExcelApi", "1.11")) {
        let done = false;
        void write.then(() => (done = true));
        await new Promise((r) => setTimeout(r, 10));
        expect([done, excel.sheets.length]).toEqual([false, 0]);
        excel.endCellEdit();
        await expect(write).resolves.toMatchObject({ written: true });
        return;
      }
      const failure = await write.catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppErrorException);
      expect(render("vi", (failure as AppErrorException).error)).toContain("Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại");
      expect(excel.sheets).toHaveLength(0);
      excel.endCellEdit();
      await expect(port.writePlan(plan([formSheet("B01", 3)]), { confirmReplace: yes })).resolves.toMatchObject({ written: true });
    });
  });

  describe("list validations kept on a sheet", () => {
    const levels = ["LĐLĐ tỉnh, thành phố", "LĐLĐ huyện", "CĐCS"];
    const listed = (): WorkbookPlan => {
      const meta: SheetPlan = {
        name: "_meta",
        role: "meta",
        cells: levels.map((value, i) => ({ ref: `D${i + 2}`, value })),
        merges: [],
        columnWidths: [],
        protect: true,
        visibility: "hidden",
      };
      const form: SheetPlan = {
        ...formSheet("B01", 1),
        cells: [
          {
            ref: "C2",
            value: null,
            locked: false,
            validation: {
              type: "list",
              items: levels,
              range: "'_meta'!$D$2:$D$4",
              prompt: { title: "Cấp", text: "Chọn cấp" },
              error: { title: "Sai", text: "Chọn trong danh sách" },
            },
          },
        ],
      };
      return plan([form, meta]);
    };
    const expected = { list: { inCellDropDown: true, source: "='_meta'!$D$2:$D$4" } };

    it("gives the dropdown its items as the range on _meta (ExcelApi 1.8)", async () => {
      const excel = new FakeExcel(api);
      await createOfficeWorkbook(excel.deps()).writePlan(listed(), { confirmReplace: yes });
      expect(excel.sheet("B01")?.peek("C2")?.validation).toEqual(at(8) ? expected : undefined);
    });

    it("falls back to the reference formula on builds that refuse a Range source (office-js#277)", async () => {
      const excel = new FakeExcel(api);
      excel.listRangeSourceRefused = true;
      await expect(createOfficeWorkbook(excel.deps()).writePlan(listed(), { confirmReplace: yes })).resolves.toMatchObject({
        written: true,
      });
      expect(excel.sheet("B01")?.peek("C2")?.validation).toEqual(at(8) ? expected : undefined);
    });
  });

  describe("select, highlight and clearHighlights", () => {
    it("selects a cell on its sheet", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("B01");
      excel.addSheet("B02");
      await createOfficeWorkbook(excel.deps()).select({ sheet: "B02", address: "D7" });
      expect(excel.active).toEqual({ sheet: "B02", address: "D7" });
    });

    it("marks problem cells and restores exactly the fills they had, touching no value or number format", async () => {
      const excel = new FakeExcel(api);
      const sheet = excel.addSheet("B01");
      sheet.put("D4", 12, "#,##0");
      sheet.cell(4, 3).fill = "#FFF2CC"; // D5: an input cell with the template's yellow
      sheet.put("D5", 3, "#,##0");
      sheet.protectedWith = { allowFormatCells: true, allowFormatColumns: true }; // as our forms are protected
      const port = createOfficeWorkbook(excel.deps());
      const cells = [
        { sheet: "B01", address: "D4" },
        { sheet: "B01", address: "D5" },
      ];
      await port.highlight(cells);
      expect(sheet.peek("D4")?.fill).toBe(HIGHLIGHT_FILL);
      expect(sheet.peek("D5")?.fill).toBe(HIGHLIGHT_FILL);
      expect(sheet.protectedWith).toEqual({ allowFormatCells: true, allowFormatColumns: true });
      await port.highlight(cells); // marking twice must not remember our own red as "the previous fill"
      // A fresh port (task pane reopened) still knows the previous fills, from the document settings.
      await createOfficeWorkbook(excel.deps()).clearHighlights();
      expect(sheet.peek("D4")).toMatchObject({ fill: null, value: 12, numberFormat: "#,##0" });
      expect(sheet.peek("D5")).toMatchObject({ fill: "#FFF2CC", value: 3, numberFormat: "#,##0" });
      expect(sheet.protectedWith).toEqual({ allowFormatCells: true, allowFormatColumns: true });
      expect(
        excel.log.some((l) => l.startsWith("range.values") || l.startsWith("range.numberFormat") || l.startsWith("sheet.unprotect")),
      ).toBe(false);
    });

    it("never unprotects a sheet that may have a password: marks what formatting allows, asks Excel on the web, and names the rest", async () => {
      const excel = new FakeExcel(api);
      const locked = excel.addSheet("B01");
      locked.put("D4", 12);
      locked.protect({ allowFormatColumns: true }, "mật khẩu");
      const plain = excel.addSheet("B02");
      plain.put("D4", 3);
      plain.protect({ allowAutoFilter: true });
      const ours = excel.addSheet("B03");
      ours.put("D4", 5);
      ours.protect({ allowFormatCells: true });
      const port = createOfficeWorkbook(excel.deps());
      const cells = ["B01", "B02", "B03"].map((sheet) => ({ sheet, address: "D4" }));
      // Only Excel on the web (ExcelApiOnline, "latest" here) says whether a sheet has a password.
      const web = excel.isSetSupported("ExcelApiOnline", "1.1");
      await expect(port.highlight(cells)).resolves.toEqual({ lockedSheets: web ? ["B01"] : ["B01", "B02"] });
      expect(excel.passwordPrompts).toBe(0);
      expect(locked.peek("D4")?.fill).toBeNull();
      expect(plain.peek("D4")?.fill).toBe(web ? HIGHLIGHT_FILL : null);
      expect(ours.peek("D4")?.fill).toBe(HIGHLIGHT_FILL);
      expect([locked.protectedWith, locked.password]).toEqual([{ allowFormatColumns: true }, "mật khẩu"]);
      expect([plain.protectedWith, plain.password]).toEqual([{ allowAutoFilter: true }, null]);
      expect(ours.protectedWith).toEqual({ allowFormatCells: true });
      await expect(port.clearHighlights()).resolves.toEqual({ lockedSheets: [] });
      expect(plain.peek("D4")?.fill).toBeNull();
      expect(ours.peek("D4")?.fill).toBeNull();
      expect(excel.log.filter((l) => l.includes("B01"))).toEqual([]);
      expect(excel.log.filter((l) => l.startsWith("sheet.unprotect"))).toEqual(web ? ["sheet.unprotect B02", "sheet.unprotect B02"] : []);
    });

    it("marks our own protected forms even where every unprotect is refused (office-js#6784)", async () => {
      const excel = new FakeExcel(api);
      excel.unprotectDenied = true;
      const ours = excel.addSheet("B01");
      ours.put("D4", 5);
      ours.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
      await expect(createOfficeWorkbook(excel.deps()).highlight([{ sheet: "B01", address: "D4" }])).resolves.toEqual({ lockedSheets: [] });
      expect(ours.peek("D4")?.fill).toBe(HIGHLIGHT_FILL);
    });

    it("tells when the document settings cannot be saved, and still clears what it marked", async () => {
      const excel = new FakeExcel(api);
      const sheet = excel.addSheet("B01");
      sheet.cell(3, 3).fill = "#FFF2CC";
      excel.settingsFail = true;
      const port = createOfficeWorkbook(excel.deps());
      await expect(port.highlight([{ sheet: "B01", address: "D4" }])).rejects.toBeInstanceOf(SettingsSaveError);
      expect(sheet.peek("D4")?.fill).toBe(HIGHLIGHT_FILL);
      await expect(port.clearHighlights()).rejects.toBeInstanceOf(SettingsSaveError);
      expect(sheet.peek("D4")?.fill).toBe("#FFF2CC");
    });

    it("highlights many cells with a constant number of syncs", async () => {
      const count = async (n: number) => {
        const excel = new FakeExcel(api);
        excel.addSheet("B01");
        await createOfficeWorkbook(excel.deps()).highlight(Array.from({ length: n }, (_, i) => ({ sheet: "B01", address: `D${i + 1}` })));
        return excel.syncs;
      };
      expect(await count(500)).toBe(await count(2));
    });
  });

  describe("onChanged", () => {
    it("passes on none of its own writes' change events and tells the listener once, after the write is whole", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("Danh sách");
      const port = createOfficeWorkbook(excel.deps());
      if (!at(7)) return void expect(port.onChanged).toBeUndefined();
      const heardAt: number[] = [];
      const off = await port.onChanged?.(() => heardAt.push(excel.syncs));
      await port.writePlan(plan([formSheet("B01", 50), formSheet("B02", 50)]), { confirmReplace: yes });
      expect(heardAt).toEqual([excel.syncs]); // once, when the last sync was done
      expect(excel.eventsEnabled).toBe(true);
      if (at(8))
        expect(excel.log.filter((l) => l.startsWith("runtime.enableEvents"))).toEqual([
          "runtime.enableEvents false",
          "runtime.enableEvents true",
        ]);
      // The user's own edit afterwards is heard as before.
      await excel.change("Danh sách");
      expect(heardAt).toHaveLength(2);
      off?.();
    });

    it("switches the events back on after a write that failed", async () => {
      const excel = new FakeExcel(api);
      const port = createOfficeWorkbook(excel.deps());
      excel.failSync(3);
      await expect(port.writePlan(plan([formSheet("B01", 5)]), { confirmReplace: yes })).rejects.toBeDefined();
      expect(excel.eventsEnabled).toBe(true);
    });

    it("tells of a user's edit on any sheet where change events exist (each sheet's at 1.7, the workbook's at 1.9), and unsubscribes", async () => {
      const excel = new FakeExcel(api);
      excel.addSheet("B01");
      excel.addSheet("B02");
      const port = createOfficeWorkbook(excel.deps());
      if (!at(7)) {
        expect(port.onChanged).toBeUndefined();
        return;
      }
      const seen: string[] = [];
      const off = await port.onChanged?.(() => seen.push("changed"));
      await excel.change("B02");
      expect(seen).toEqual(["changed"]);
      off?.();
      await new Promise((r) => setTimeout(r, 0));
      expect(excel.handlers).toHaveLength(0);
    });
  });
});

describe.each(API_LEVELS)("a file result inside Excel at ExcelApi %s (Excel for Mac ignores downloads)", (api) => {
  it("opens as a new workbook where Excel can (createWorkbook, 1.8), the same bytes", async () => {
    const excel = new FakeExcel(api);
    const port = createOfficeWorkbook(excel.deps());
    if (!excel.supports(8)) return void expect(port.openAsNewWorkbook).toBeUndefined();
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256); // larger than one String.fromCharCode call takes
    await port.openAsNewWorkbook?.(bytes);
    expect(excel.createdWorkbooks).toEqual([bytes]);
  });
});
