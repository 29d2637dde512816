/**
 * Templates of a definition with columns, written by our writer and read back by ExcelJS: the headers as the
 * officer typed them over a two-row header ("Chia ra" merged across its sectors on row 7), the numbering row
 * ("3=2/1"), input cells unlocked and validated by their type, computed cells locked formulas, one defined
 * name per cell, and the page set up to print the wider table across.
 */
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { campaignOf, catalogOf } from "./catalog";
import { columnsDefinition, MATRIX_COLUMNS, PLAN_COLUMNS } from "./definitions";

const catalog = catalogOf();
const unit = { unitName: "CĐCS Trường Tiểu học Kim Đồng", unitCode: "KD-01", level: "cdcs" as const, datePrepared: "2026-07-01" };

async function written(level: "cdcs" | "huyen" = "cdcs", c = catalog) {
  const built = buildTemplate({ catalog: c, campaign: campaignOf(c), unit: { ...unit, level } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeWorkbook(built.plan)) as unknown as ArrayBuffer);
  return { built, workbook };
}

const text = (sheet: ExcelJS.Worksheet, ref: string) => {
  const value = sheet.getCell(ref).value;
  return value === null || value === undefined ? "" : String(value);
};

describe("a template with a sector matrix and a plan / actual / % table", () => {
  let b01: ExcelJS.Worksheet;
  let b02: ExcelJS.Worksheet;
  let built: ReturnType<typeof buildTemplate>;
  beforeAll(async () => {
    const w = await written();
    built = w.built;
    b01 = w.workbook.getWorksheet("Biểu 01")!;
    b02 = w.workbook.getWorksheet("Biểu 02")!;
  });

  it("prints the headers as typed, the group merged across its columns on row 7, the others over both rows", () => {
    expect(["D7", "E7", "I7"].map((ref) => text(b01, ref))).toEqual(["Tổng số", "Chia ra", "Ghi chú"]);
    expect(["E8", "F8", "G8", "H8"].map((ref) => text(b01, ref))).toEqual([
      "Khu vực HCSN",
      "DN nhà nước",
      "DN ngoài nhà nước",
      "DN có vốn ĐTNN",
    ]);
    const merges = (b01.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["E7:H7", "D7:D8", "A7:A8", "B7:B8", "C7:C8", "I7:I8"]));
    // No group: the header is the one row 8, as before.
    expect(["D8", "E8", "F8", "G8"].map((ref) => text(b02, ref))).toEqual([
      "Kế hoạch năm",
      "Thực hiện 6 tháng",
      "Tỷ lệ % so với KH",
      "Ghi chú",
    ]);
    expect(text(b02, "D7")).toBe("");
  });

  it("numbers the columns as the sheet says, by position otherwise", () => {
    expect(["A9", "C9", "D9", "E9", "F9", "G9"].map((ref) => text(b02, ref))).toEqual(["(1)", "(3)", "1", "2", "3=2/1", "(7)"]);
    expect(["D9", "E9", "I9"].map((ref) => text(b01, ref))).toEqual(["(4)", "(5)", "(9)"]);
  });

  it("unlocks and validates input cells by type, locks computed cells as formulas, one defined name per cell", () => {
    const at = (name: string) => {
      const target = built.plan.names.find((n) => n.name === name)!;
      return (target.sheet === "Biểu 01" ? b01 : b02).getCell(target.ref.replace(/\$/g, ""));
    };
    const input = at("UR_DV_TONG.HCSN");
    expect([input.protection?.locked, input.dataValidation?.type]).toEqual([false, "whole"]);
    expect(at("UR_KP_THU.KH").dataValidation?.type).toBe("decimal");
    const total = at("UR_DV_TONG.TONG");
    expect(total.protection?.locked).not.toBe(false);
    expect((total.value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IF\(AND\(ISBLANK\(E\d+\),ISBLANK\(F\d+\),ISBLANK\(G\d+\),ISBLANK\(H\d+\)\),"",SUM\(E\d+,F\d+,G\d+,H\d+\)\)$/,
    );
    const percent = at("UR_KN_DV.TL");
    expect((percent.value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IF\(OR\(ISBLANK\(E\d+\),ISBLANK\(D\d+\)\),"",IF\(OR\(\(D\d+\)=0\),"",E\d+\/D\d+\)\)$/,
    );
    expect(percent.numFmt).toBe("0.0%");
    // A ratio row is its ratio in every column, the total column included.
    expect((at("UR_TL_NU.TONG").value as ExcelJS.CellFormulaValue).formula).toContain('=""');
    // A text row has no computed cell: the % column is grey and locked.
    const textRow = built.cells.filter((c) => c.code === "Y_KIEN").map((c) => c.column);
    expect(textRow).toEqual(["KH", "TH"]);
    const names = built.plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const cell of built.cells) expect(names).toContain(cell.name);
  });

  it("prints the matrix landscape, one page across, the two header rows repeated", () => {
    const matrix = built.plan.sheets.find((s) => s.name === "Biểu 01")!;
    const plan = built.plan.sheets.find((s) => s.name === "Biểu 02")!;
    expect(matrix.print).toMatchObject({ orientation: "landscape", fitToWidth: true, repeatRows: { first: 7, last: 9 } });
    expect(plan.print).toMatchObject({ orientation: "portrait", repeatRows: { first: 8, last: 9 } });
    expect(b01.pageSetup.orientation).toBe("landscape");
    expect(b01.pageSetup.fitToWidth).toBe(1);
  });
});

it("leaves a column for upper levels off a CĐCS's form, and shows it on the level above's", async () => {
  const c = catalogOf(
    columnsDefinition({
      columns: [
        ...MATRIX_COLUMNS,
        ...PLAN_COLUMNS,
        { table: "B02", id: "DG", label_vi: "Đánh giá của cấp trên", role: "input", levels: "huyen" },
      ],
    }),
  );
  const cdcs = await written("cdcs", c);
  const huyen = await written("huyen", c);
  expect(text(cdcs.workbook.getWorksheet("Biểu 02")!, "G8")).toBe("Ghi chú");
  expect(text(huyen.workbook.getWorksheet("Biểu 02")!, "G8")).toBe("Đánh giá của cấp trên");
  expect(cdcs.built.plan.names.some((n) => n.name === "UR_KN_DV.DG")).toBe(false);
  expect(huyen.built.plan.names.some((n) => n.name === "UR_KN_DV.DG")).toBe(true);
});

it("tells the preparer what the columns hold, instead of a Số lượng column the form does not have", () => {
  const { plan } = buildTemplate({ catalog, campaign: campaignOf(catalog), unit });
  const help = plan.sheets.find((s) => s.role === "instructions")!.cells.map((c) => String(c.value ?? ""));
  expect(help.some((text) => text.startsWith("Các cột số liệu của biểu ghi số liệu có đến ngày 30/06/2026"))).toBe(true);
  expect(help.some((text) => text.includes('"Số lượng"'))).toBe(false);
});
