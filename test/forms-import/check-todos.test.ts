/**
 * `forms import` then `forms check`, on real files in a temporary folder, as an officer runs them: a form
 * saved as "a.xlsx" gets its ids from its title; every todo the import wrote — each level's deadline, the
 * campaign's as-of day, a line's — is listed whole by `forms check`; one mistake is reported once.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { cliIn, decideEveryTodo, readBack as readBackIn } from "./officer";
import { ANNUAL_REPORT, PLAN_ACTUAL, SECTOR_MATRIX } from "./typed-forms";
import { typedXlsx } from "./typed-xlsx";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "forms-check-todos-"));
  writeFileSync(join(dir, "a.xlsx"), await typedXlsx([PLAN_ACTUAL]));
  writeFileSync(join(dir, "b.xlsx"), await typedXlsx([ANNUAL_REPORT]));
  writeFileSync(join(dir, "c.xlsx"), await typedXlsx([SECTOR_MATRIX]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => cliIn(dir, args);

const readBack = (file: string): DefinitionSheets => readBackIn(dir, file);

describe("forms import, then forms check", () => {
  it('gives a form saved as "a.xlsx" the ids of its title, which forms check accepts', async () => {
    expect((await cli(["forms", "import", "a.xlsx", "--out", "a-def.xlsx"])).code).toBe(0);
    const settings = readBack("a-def.xlsx").sheets.find((s) => s.name === "settings")!;
    expect(settings.rows[1][0]).toBe("bieu-tong-hop-ket-qua-thuc-hien-chi-tieu");
    writeFileSync(join(dir, "a-decided.xlsx"), await writeDefinitionFile(decideEveryTodo(readBack("a-def.xlsx"))));
    const check = await cli(["forms", "check", "a-decided.xlsx"]);
    expect(check).toEqual(expect.objectContaining({ code: 0, err: "" }));
    expect(check.out).toContain("bieu-tong-hop-ket-qua-thuc-hien-chi-tieu");
  });

  it("lists each level's deadline todo and the campaign's as-of todo, whole, until they are decided; the columns go to the columns sheet", async () => {
    const imported = await cli(["forms", "import", "a.xlsx", "--out", "a-todos.xlsx"]);
    // Plan / actual / % with "3=2/1": nothing to guess about the columns, so no column todo.
    expect(imported.out).not.toContain("trang tables:");
    expect(imported.out).not.toContain("trang columns:");
    expect(imported.out).toContain(
      ": báo cáo định kỳ, các cột số liệu ghi trong trang columns (Kế hoạch năm, Thực hiện 6 tháng, Tỷ lệ % so với KH).",
    );
    expect(imported.out).toContain("  - trang campaign_levels: ghi hạn nộp của cấp huyen vào ô deadline");
    const check = await cli(["forms", "check", "a-todos.xlsx"]);
    const listed = check.out + check.err;
    for (const [row, level] of [
      [2, "cdcs"],
      [3, "huyen"],
      [4, "tinh"],
    ] as const) {
      expect(listed).toContain(
        `campaign_levels!H${row}: (cảnh báo) cần xem: ghi hạn nộp của cấp ${level} vào ô deadline (vd. 15/6; hạn rơi vào năm sau: 10/1+1), hoặc xóa dòng này nếu cấp ${level} không báo cáo\n`,
      );
    }
    expect(listed).toMatch(/campaigns!N2: .*cần xem: Đợt báo cáo .*: ghi ngày chốt số liệu/);
  });

  it("writes a sector matrix's columns into the columns sheet of the file, and lists its question whole", async () => {
    const imported = await cli(["forms", "import", "c.xlsx", "--out", "c-def.xlsx"]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(
      '  - trang columns: cột "Tổng số" có bằng tổng các cột "Chia ra" không? Nếu có, ghi role = computed và formula = sum(HCSN, DNNN, NGOAI, FDI) (biểu mẫu tự cộng, ô bị khóa); nếu không, để role = input\n',
    );
  });

  it("reports one missing unit once: not also an empty table, nor a campaign without tables", async () => {
    expect((await cli(["forms", "import", "b.xlsx", "--out", "b-def.xlsx"])).code).toBe(0);
    const sheets = decideEveryTodo(readBack("b-def.xlsx"));
    // One table with one line, whose unit the officer has cleared by mistake.
    const indicators = sheets.sheets.find((s) => s.name === "indicators")!;
    const header = indicators.rows[0];
    indicators.rows = [
      header,
      ...indicators.rows.slice(1).filter((row) => row[header.indexOf("label_vi")] === "Tổng số đoàn viên công đoàn"),
    ];
    indicators.rows[1][header.indexOf("unit_vi")] = null;
    writeFileSync(join(dir, "b-broken.xlsx"), await writeDefinitionFile(sheets));
    const check = await cli(["forms", "check", "b-broken.xlsx", "--json"]);
    expect(check.code).toBe(1);
    const problems = (JSON.parse(check.out) as { problems: { severity: string; cell: string; code: string }[] }).problems.filter(
      (p) => p.severity === "error",
    );
    expect(problems).toEqual([expect.objectContaining({ code: "forms.indicator.unit", cell: "H2" })]);
  });
});
