/**
 * The whole path of a typed form with several value columns (issue 22), as an officer runs it, on real
 * files in a folder: `forms import` writes the `columns` sheet → `forms check` lists its questions →
 * the officer decides them in the definition workbook → `forms check` is clean → `template --forms`
 * hands out a workbook whose table shows the rows and the column headers the officer typed, input
 * cells unlocked and computed cells locked with their formulas.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { cliIn, decideEveryTodo, readBack as readBackIn, type EditableDefinition } from "./officer";
import { PLAN_ACTUAL, SECTOR_MATRIX, TWO_YEARS } from "./typed-forms";
import { typedXlsx, type TypedSheet } from "./typed-xlsx";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "forms-columns-path-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => cliIn(dir, args);

const readBack = (file: string): DefinitionSheets => readBackIn(dir, file);

/** The officer's answer to a column's question, typed into the columns sheet. */
function setColumn(sheets: EditableDefinition, id: string, values: Record<string, string>): void {
  const sheet = sheets.sheets.find((s) => s.name === "columns")!;
  const header = sheet.rows[0]!.map(String);
  const row = sheet.rows.find((r) => r[header.indexOf("id")] === id)!;
  for (const [key, value] of Object.entries(values)) row[header.indexOf(key)] = value;
}

/** Import, answer, check, hand out: the table sheet of the CĐCS's template. */
async function handedOut(name: string, form: TypedSheet, decide: (sheets: EditableDefinition) => void): Promise<ExcelJS.Worksheet> {
  writeFileSync(join(dir, `${name}.xlsx`), await typedXlsx([form]));
  expect((await cli(["forms", "import", `${name}.xlsx`, "--out", `${name}-def.xlsx`])).code).toBe(0);
  const decided = decideEveryTodo(readBack(`${name}-def.xlsx`));
  decide(decided);
  writeFileSync(join(dir, `${name}-decided.xlsx`), await writeDefinitionFile(decided));
  const check = await cli(["forms", "check", `${name}-decided.xlsx`]);
  expect(check).toEqual(expect.objectContaining({ code: 0, err: "" }));
  expect(check.out).not.toContain("cảnh báo");
  const campaigns = await cli(["campaigns", "--forms", `${name}-decided.xlsx`, "--year", "2026", "--json"]);
  const [campaign] = (JSON.parse(campaigns.out) as { id: string }[]).map((c) => c.id);
  const made = await cli([
    "template",
    "--forms",
    `${name}-decided.xlsx`,
    "--campaign",
    campaign!,
    "--unit-code",
    "A",
    "--unit-name",
    "CĐCS A",
    "--level",
    "cdcs",
    "--out",
    `${name}-A.xlsx`,
  ]);
  expect(made).toMatchObject({ code: 0 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, `${name}-A.xlsx`));
  return workbook.worksheets.find((sheet) => sheet.getCell("B8").value === "Nội dung")!;
}

const text = (sheet: ExcelJS.Worksheet, ref: string): unknown => {
  const value = sheet.getCell(ref).value;
  return value !== null && typeof value === "object" && "formula" in value ? `=${value.formula}` : value;
};
const row = (sheet: ExcelJS.Worksheet, r: number, columns: string) => [...columns].map((c) => text(sheet, `${c}${r}`) ?? null);
const locked = (sheet: ExcelJS.Worksheet, ref: string): boolean => sheet.getCell(ref).protection?.locked !== false;

describe("a typed form with several value columns, from import to the template handed out", () => {
  it("plan / actual / % of plan: KH and TH to fill, TL computed as TH / KH and locked", async () => {
    const sheet = await handedOut("kh-th", PLAN_ACTUAL, () => undefined);
    expect(row(sheet, 8, "BCDEF")).toEqual(["Nội dung", "Đơn vị tính", "Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ % so với KH"]);
    // The numbering row as typed: "1 2 3=2/1" over the value columns.
    expect(row(sheet, 9, "DEF")).toEqual(["1", "2", "3=2/1"]);
    expect([10, 11, 12].map((r) => text(sheet, `B${r}`))).toEqual([
      "Kết nạp đoàn viên mới",
      "Thành lập công đoàn cơ sở mới",
      "Số cuộc đối thoại tại nơi làm việc",
    ]);
    for (const r of [10, 11, 12]) {
      expect([locked(sheet, `D${r}`), locked(sheet, `E${r}`), locked(sheet, `F${r}`)]).toEqual([false, false, true]);
      expect(String(text(sheet, `F${r}`))).toMatch(new RegExp(`^=.*E${r}.*/.*D${r}`));
    }
  });

  it('a sector matrix under "Chia ra": the officer says the total is their sum; TONG computed and locked, the sectors to fill', async () => {
    const sheet = await handedOut("khu-vuc", SECTOR_MATRIX, (sheets) =>
      setColumn(sheets, "TONG", { role: "computed", formula: "sum(HCSN, DNNN, NGOAI, FDI)" }),
    );
    expect(row(sheet, 8, "DEFGH")).toEqual(["Tổng số", "Khu vực HCSN", "DN nhà nước", "DN ngoài nhà nước", "DN có vốn ĐTNN"]);
    // The two-row header as typed: "Chia ra" merged over the four sectors, the other headers over both rows.
    expect(text(sheet, "E7")).toBe("Chia ra");
    expect(sheet.model.merges).toEqual(expect.arrayContaining(["E7:H7", "D7:D8"]));
    expect(row(sheet, 9, "DEFGH")).toEqual(["(4)", "(5)", "(6)", "(7)", "(8)"]);
    expect([10, 11, 12].map((r) => text(sheet, `B${r}`))).toEqual(["Số công đoàn cơ sở", "Tổng số đoàn viên", "Trong đó: nữ"]);
    for (const r of [10, 11, 12]) {
      expect(["D", "E", "F", "G", "H"].map((c) => locked(sheet, `${c}${r}`))).toEqual([true, false, false, false, false]);
      expect(String(text(sheet, `D${r}`))).toMatch(new RegExp(`E${r}.*F${r}.*G${r}.*H${r}`));
    }
  });

  it("last year / this year / comparison: the guessed SO_SANH kept by the officer, computed and locked", async () => {
    const sheet = await handedOut("so-sanh", TWO_YEARS, (sheets) => setColumn(sheets, "NAM_TRUOC", { label_vi: "Năm trước" }));
    expect(row(sheet, 8, "DEF")).toEqual(["Năm trước", "Năm 2026", "So sánh (%)"]);
    expect([10, 11].map((r) => text(sheet, `B${r}`))).toEqual(["Số đoàn viên kết nạp mới", "Số công đoàn cơ sở thành lập mới"]);
    expect([locked(sheet, "D10"), locked(sheet, "E10"), locked(sheet, "F10")]).toEqual([false, false, true]);
    expect(String(text(sheet, "F10"))).toMatch(/E10.*\/.*D10/);
  });

  it("forms check lists a column's question whole at its cell until it is decided", async () => {
    writeFileSync(join(dir, "matrix.xlsx"), await typedXlsx([SECTOR_MATRIX]));
    await cli(["forms", "import", "matrix.xlsx", "--out", "matrix-def.xlsx"]);
    const check = await cli(["forms", "check", "matrix-def.xlsx"]);
    // Longer than 200 characters: listed to its last word.
    expect(check.out + check.err).toContain(
      'columns!M2: (cảnh báo) cần xem: cột "Tổng số" có bằng tổng các cột "Chia ra" không? Nếu có, ghi role = computed và formula = sum(HCSN, DNNN, NGOAI, FDI) (biểu mẫu tự cộng, ô bị khóa); nếu không, để role = input\n',
    );
  });
});
