/**
 * Aggregation "none" and the text type: a figure each unit types and nobody totals (a rank), and a
 * text (the chair's name).
 * Through the CLI on real .xlsx files: the template treats it as any input, the merge keeps each
 * unit's value in the register, leaves the consolidated cell empty with a note saying so, and the
 * consolidated workbook re-merged one level up is still valid and still keeps every unit's value.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/workbook/file/reader";
import { cellName, noteName, BREAKDOWN_NAME } from "../../src/domain/definition";
import { inlineText, numberCell, setNamedCell } from "../corpus/xlsx-edit";
import { unzipParts, zipParts } from "../corpus/zip-kit";
import { writeDefinitionXlsx } from "./definition-file";
import { provinceDefinition } from "./province";
import { addRow } from "./definition-edit";
import { captureIo } from "../support/cli-io";
import { render } from "../../src/domain/i18n/message";

function fill(path: string, figures: Record<string, number | string>): void {
  const parts = unzipParts(new Uint8Array(readFileSync(path)));
  for (const [code, value] of Object.entries(figures))
    setNamedCell(parts, cellName(code, "value"), typeof value === "number" ? numberCell(value) : inlineText(value));
  setNamedCell(parts, "UR_ID_DATE", inlineText("05/06/2026"));
  writeFileSync(path, zipParts(parts));
}

function workbook(path: string) {
  const read = readWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(render("en", read.error));
  return read.value.workbook;
}
const named = (path: string, name: string): unknown => workbook(path).names.get(name)?.cells[0]?.[0]?.value ?? null;

/** The register's column for a key: every unit's value, by unit code. */
function registerColumn(path: string, key: string): Record<string, unknown> {
  const range = workbook(path).names.get(BREAKDOWN_NAME)!;
  const [header, ...rows] = range.cells;
  const col = header!.findIndex((c) => c.value === key);
  return Object.fromEntries(rows.map((r) => [r[0]!.value, r[col]?.value ?? null]));
}

describe("a figure aggregated as none", () => {
  const dir = mkdtempSync(join(tmpdir(), "forms-none-"));
  const cli = async (...args: string[]) => {
    const c = captureIo(dir);
    const code = await run(args, c.io);
    return { code, out: c.out(), err: c.err() };
  };
  /** `forms check` of a definition that must be refused (exit 1): what it printed. */
  const refusedByCheck = async (name: string, sheets: ReturnType<typeof provinceDefinition>): Promise<string> => {
    await writeDefinitionXlsx(join(dir, name), sheets);
    const checked = await cli("forms", "check", name);
    expect(checked.code).toBe(1);
    return checked.out + checked.err;
  };
  /** The province definition with a rank row that is never totalled. */
  const withRank = () => {
    const sheets = provinceDefinition();
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "3",
      code: "DB_XEP_HANG",
      label_vi: "Thứ hạng",
      unit_vi: "hạng",
      type: "whole",
      kind: "stock",
      aggregation: "none",
    });
    return sheets;
  };

  beforeAll(async () => {
    const sheets = provinceDefinition();
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "3",
      code: "DB_XEP_HANG",
      label_vi: "Thứ hạng thi đua của đơn vị",
      unit_vi: "hạng",
      type: "whole",
      kind: "stock",
      aggregation: "none",
    });
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "4",
      code: "DB_CHU_TICH",
      label_vi: "Họ và tên Chủ tịch công đoàn",
      type: "text",
      max_length: 40,
      required: "x",
    });
    addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "tinh", deadline: "30/6", tables: "LD, B01, B05" });
    await writeDefinitionXlsx(join(dir, "dinh-nghia.xlsx"), sheets);
    expect(await cli("forms", "check", "dinh-nghia.xlsx")).toMatchObject({ code: 0 });
    for (const [code, name, level] of [
      ["A", "CĐCS A", "cdcs"],
      ["B", "CĐCS B", "cdcs"],
      ["C", "CĐCS C", "cdcs"],
    ] as const) {
      expect(
        (
          await cli(
            "template",
            "--forms",
            "dinh-nghia.xlsx",
            "--campaign",
            "db-3105-2026",
            "--unit-code",
            code,
            "--unit-name",
            name,
            "--level",
            level,
            "--out",
            `${code}.xlsx`,
          )
        ).code,
      ).toBe(0);
    }
    fill(join(dir, "A.xlsx"), { LD_TONG: 40, DV_TONG: 30, DB_XEP_HANG: 2, DB_CHU_TICH: "Nguyễn Thị Ánh" });
    // Text from a unit is data: a formula-looking answer stays the text it is, one level up too.
    fill(join(dir, "B.xlsx"), { LD_TONG: 60, DV_TONG: 50, DB_XEP_HANG: 1, DB_CHU_TICH: '=HYPERLINK("http://x")' });
    fill(join(dir, "C.xlsx"), { LD_TONG: 10, DV_TONG: 5, DB_XEP_HANG: 3, DB_CHU_TICH: "Lò Văn Pấng" });
  });

  it("is an ordinary input cell of the template, checked like any other", async () => {
    expect(await cli("validate", "A.xlsx")).toMatchObject({ code: 0 });
    expect(named(join(dir, "A.xlsx"), cellName("DB_XEP_HANG", "value"))).toBe(2);
  });

  it("is kept per unit and never totalled: the consolidated cell is empty with a note, the register holds each value", async () => {
    const merged = await cli(
      "merge",
      "A.xlsx",
      "B.xlsx",
      "--forms",
      "dinh-nghia.xlsx",
      "--campaign",
      "db-3105-2026",
      "--unit-code",
      "H1",
      "--unit-name",
      "LĐLĐ huyện Một",
      "--level",
      "huyen",
      "--out",
      "H1.xlsx",
      "--json",
    );
    expect(merged.code).toBe(0);
    const out = join(dir, "H1.xlsx");
    expect(named(out, cellName("DV_TONG", "value"))).toBe(80);
    expect(named(out, cellName("DB_XEP_HANG", "value"))).toBeNull();
    expect(named(out, noteName("DB_XEP_HANG"))).toBe("Không cộng dồn: số liệu của từng đơn vị ở trang Chi tiết theo đơn vị");
    expect(registerColumn(out, "DB_XEP_HANG@value")).toEqual({ A: 2, B: 1 });
    expect(registerColumn(out, "DB_CHU_TICH@value")).toEqual({ A: "Nguyễn Thị Ánh", B: '=HYPERLINK("http://x")' });
    expect(named(out, cellName("DB_CHU_TICH", "value"))).toBeNull();
    expect(named(out, noteName("DB_CHU_TICH"))).toBe("Không cộng dồn: số liệu của từng đơn vị ở trang Chi tiết theo đơn vị");
    expect((JSON.parse(merged.out) as { audit: { passed: boolean } }).audit.passed).toBe(true);
    expect(await cli("validate", "H1.xlsx")).toMatchObject({ code: 0 });
  });

  it("re-merged one level up, the consolidated workbook is accepted and every unit's value is still there", async () => {
    const up = await cli(
      "merge",
      "H1.xlsx",
      "C.xlsx",
      "--forms",
      "dinh-nghia.xlsx",
      "--campaign",
      "db-3105-2026",
      "--unit-code",
      "T",
      "--unit-name",
      "LĐLĐ tỉnh",
      "--level",
      "tinh",
      "--out",
      "T.xlsx",
      "--json",
    );
    expect(up.code).toBe(0);
    const files = (JSON.parse(up.out) as { files: { name: string; status: string; reasons: string[] }[] }).files;
    expect(files.map((f) => [f.name, f.status, f.reasons])).toEqual([
      ["H1.xlsx", "accepted", []],
      ["C.xlsx", "accepted", []],
    ]);
    const out = join(dir, "T.xlsx");
    expect(named(out, cellName("DV_TONG", "value"))).toBe(85);
    expect(named(out, cellName("DB_XEP_HANG", "value"))).toBeNull();
    expect(registerColumn(out, "DB_XEP_HANG@value")).toEqual({ A: 2, B: 1, C: 3 });
    expect(registerColumn(out, "DB_CHU_TICH@value")).toEqual({ A: "Nguyễn Thị Ánh", B: '=HYPERLINK("http://x")', C: "Lò Văn Pấng" });
    expect(await cli("validate", "T.xlsx")).toMatchObject({ code: 0 });
  });

  it("text: required and limited in length, said in Vietnamese at the cell; the template keeps it as text", async () => {
    expect(
      await cli(
        "template",
        "--forms",
        "dinh-nghia.xlsx",
        "--campaign",
        "db-3105-2026",
        "--unit-code",
        "E",
        "--unit-name",
        "CĐCS E",
        "--level",
        "cdcs",
        "--out",
        "E.xlsx",
      ),
    ).toMatchObject({ code: 0 });
    fill(join(dir, "E.xlsx"), { LD_TONG: 1, DV_TONG: 1 });
    const blank = await cli("validate", "E.xlsx");
    expect(blank.code).toBe(1);
    expect(blank.out).toMatch(/Biểu 05.*cần ghi nội dung, không được để trống/);
    expect(
      await cli(
        "template",
        "--forms",
        "dinh-nghia.xlsx",
        "--campaign",
        "db-3105-2026",
        "--unit-code",
        "F",
        "--unit-name",
        "CĐCS F",
        "--level",
        "cdcs",
        "--out",
        "F.xlsx",
      ),
    ).toMatchObject({ code: 0 });
    fill(join(dir, "F.xlsx"), { LD_TONG: 1, DV_TONG: 1, DB_CHU_TICH: "X".repeat(41) });
    const long = await cli("validate", "F.xlsx", "--lang", "en");
    expect(long.out).toContain("the text is 41 characters long, more than the 40 allowed");
    const xml = new TextDecoder().decode(
      unzipParts(new Uint8Array(readFileSync(join(dir, "E.xlsx")))).get("xl/worksheets/sheet5.xml") ?? new Uint8Array(),
    );
    expect(xml).toMatch(/type="textLength"[^>]*operator="lessThanOrEqual"|operator="lessThanOrEqual"[^>]*type="textLength"/);
  });

  it("text cannot be summed, be a part, or sit in a rule: each said at its cell", async () => {
    const sheets = provinceDefinition();
    addRow(sheets, "indicators", { table_id: "B05", tt: "4", code: "DB_TEN", label_vi: "Tên", type: "text", aggregation: "sum" });
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "5",
      code: "DB_TEN2",
      label_vi: "Tên khác",
      type: "text",
      parent: "DB_VL_THIEU",
      max_length: 5000,
    });
    addRow(sheets, "indicators", { table_id: "B05", tt: "6", code: "DB_TEN3", label_vi: "Tên nữa", type: "text" });
    addRow(sheets, "rules", { rule_id: "TEN_RULE", expression: "DB_TEN3 <= DB_VL_THIEU", severity: "error" });
    const text = await refusedByCheck("bad-text.xlsx", sheets);
    expect(text).toContain('cách tổng hợp phải là none hoặc để trống, không phải "sum"');
    expect(text).toContain('không là phần "trong đó" của chỉ tiêu khác');
    expect(text).toContain('độ dài tối đa "5000" phải là số nguyên từ 1 đến 2000');
    expect(text).toMatch(/rules!B\d+: mã DB_TEN3 \(ký tự 1\) là chỉ tiêu dạng chữ/);
  });

  it("is summed or not with its parts alike: a part under a none whole is named at its cell", async () => {
    const sheets = withRank();
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "-",
      code: "DB_XEP_HANG_NU",
      label_vi: "Trong đó: nữ",
      unit_vi: "hạng",
      type: "whole",
      kind: "stock",
      parent: "DB_XEP_HANG",
    });
    expect(await refusedByCheck("bad-part.xlsx", sheets)).toMatch(
      /indicators!\w+\d+: phần "trong đó" và chỉ tiêu DB_XEP_HANG phải cùng được cộng dồn hoặc cùng không \(none\)/,
    );
  });

  it("cannot be a ratio's numerator or denominator: the loader says so at the cell", async () => {
    const sheets = withRank();
    addRow(sheets, "indicators", {
      table_id: "B05",
      tt: "4",
      code: "DB_TYLE",
      label_vi: "Tỷ lệ",
      unit_vi: "%",
      type: "percent",
      numerator: "DB_XEP_HANG",
      denominator: "LD_TONG",
    });
    expect(await refusedByCheck("bad.xlsx", sheets)).toMatch(
      /indicators!\w+\d+: mã DB_XEP_HANG có cách tổng hợp none \(không cộng dồn\) nên không làm tử số, mẫu số được/,
    );
  });
});
