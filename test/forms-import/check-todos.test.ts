/**
 * `forms import` then `forms check`, on real files in a temporary folder, as an officer runs them: a form
 * saved as "a.xlsx" gets its ids from its title; every todo the import wrote — a table's columns, each
 * level's deadline, a line's — is listed whole by `forms check`; one mistake is reported once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { readDefinitionFile } from "../../src/workbook/file/forms/read-definition-file";
import { writeDefinitionFile } from "../../src/workbook/file/forms/write-definition-file";
import { cliIn, decideEveryTodo } from "./officer";
import { ANNUAL_REPORT, PLAN_ACTUAL } from "./typed-forms";
import { typedXlsx } from "./typed-xlsx";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "forms-check-todos-"));
  writeFileSync(join(dir, "a.xlsx"), await typedXlsx([PLAN_ACTUAL]));
  writeFileSync(join(dir, "b.xlsx"), await typedXlsx([ANNUAL_REPORT]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => cliIn(dir, args);

function readBack(file: string): DefinitionSheets {
  const read = readDefinitionFile(new Uint8Array(readFileSync(join(dir, file))));
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

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

  it("lists the table's column todo and each level's deadline todo, whole, until they are decided", async () => {
    const imported = await cli(["forms", "import", "a.xlsx", "--out", "a-todos.xlsx"]);
    expect(imported.out).toContain(
      `  - trang tables: trang "KH-TH" có 3 cột số liệu: "Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ % so với KH" (= 2/1)`,
    );
    expect(imported.out).toContain("  - trang campaign_levels: ghi hạn nộp của cấp huyen vào ô deadline");
    const check = await cli(["forms", "check", "a-todos.xlsx"]);
    const listed = check.out + check.err;
    // The column todo is longer than 200 characters: it is listed to its last word.
    expect(listed).toMatch(
      /tables!F2: .*cần xem: trang "KH-TH" có 3 cột số liệu: .* nếu cần, tách chúng thành chỉ tiêu riêng \(mỗi cột một dòng\)$/m,
    );
    for (const [row, level] of [
      [2, "cdcs"],
      [3, "huyen"],
      [4, "tinh"],
    ] as const) {
      expect(listed).toContain(
        `campaign_levels!H${row}: (cảnh báo) cần xem: ghi hạn nộp của cấp ${level} vào ô deadline (vd. 15/6), hoặc xóa dòng này nếu cấp ${level} không báo cáo\n`,
      );
    }
    expect(listed).toMatch(/campaigns!N2: .*cần xem: Đợt báo cáo .*: ghi ngày chốt số liệu/);
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
