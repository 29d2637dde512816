/**
 * Rules across columns: a term may pin a cell (CS_TONG@HCSN); a rule without pins is checked in every input
 * column of its rows (the rules sheet's `columns` may name a subset); part ≤ whole in each column. Checked on
 * real .xlsx files written by our writer and read by our reader; messages name the column by its label.
 */
import { checkWorkbook, type CheckIssue } from "../../src/domain/check";
import { buildTemplate } from "../../src/domain/layout";
import { parseExpression } from "../../src/domain/definition/expression";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import type { Definition } from "../../src/domain/definition";
import { columnsDefinition, MATRIX_COLUMNS, PLAN_COLUMNS, type Line } from "./definitions";
import { campaignOf, catalogOf } from "./catalog";

/** The matrix as some provinces type it: the total is typed too, and a rule ties it to its parts. */
const TYPED_TOTAL: readonly Line[] = MATRIX_COLUMNS.map((c) => (c.id === "TONG" ? { ...c, role: "input", formula: null } : c));
const SUM_RULE: Line = {
  rule_id: "CS_TONG_KHU_VUC",
  expression: "CS_TONG@TONG = CS_TONG@HCSN + CS_TONG@DNNN + CS_TONG@NGOAI + CS_TONG@FDI",
  severity: "error",
};

const rulesOf = (rules: readonly Line[], columns: readonly Line[] = [...TYPED_TOTAL, ...PLAN_COLUMNS]) =>
  loadDefinition(columnsDefinition({ rules, columns }));

async function check(catalog: Definition, figures: Readonly<Record<string, number>>): Promise<CheckIssue[]> {
  const campaign = campaignOf(catalog);
  const unit = { unitName: "CĐCS Công ty Điện lực", unitCode: "DL-01", level: "cdcs" as const, datePrepared: "2026-07-01" };
  const { plan } = buildTemplate({ catalog, campaign, unit, figures: new Map(Object.entries(figures)) as Map<FigureKey, number> });
  const read = readWorkbook(await writeWorkbook(plan));
  if (!read.ok) throw new Error(render("en", read.error));
  return checkWorkbook(catalog, read.value.workbook).issues.filter((i) => i.category === "rule");
}

describe("rules across columns, as loaded", () => {
  it("parses a pinned cell CODE@COL, keeping the column as written", () => {
    const parsed = parseExpression("CS_TONG@TONG = CS_TONG@HCSN + DV_TONG.end");
    expect(parsed.ok && parsed.value).toMatchObject({
      kind: "compare",
      left: { kind: "ref", code: "CS_TONG", column: "TONG" },
      right: { left: { kind: "ref", code: "CS_TONG", column: "HCSN" }, right: { kind: "ref", code: "DV_TONG", column: "end" } },
    });
  });

  it("checks a rule whose every term is pinned once, in its first pin's column; a rule without pins in every input column", () => {
    const loaded = rulesOf([SUM_RULE, { rule_id: "DV_NU_LE", expression: "DV_NU <= DV_TONG", severity: "warning" }]);
    expect(loaded.problems).toEqual([]);
    const [sum, part] = loaded.definition!.rules;
    expect(sum!.left).toEqual([{ code: "CS_TONG", column: "TONG" }]);
    expect(sum!.appliesTo.columns).toEqual(["TONG"]);
    expect(part!.appliesTo.columns).toEqual(["value", "base", "end", "cumulative", "TONG", "HCSN", "DNNN", "NGOAI", "FDI"]);
  });

  it("takes a subset of columns from the rules sheet, own ids in any case", () => {
    const loaded = rulesOf([{ rule_id: "KN", expression: "KN_DV <= CS_MOI * 100", severity: "warning", columns: "th, KH" }]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.definition!.rules[0]!.appliesTo.columns).toEqual(["TH", "KH"]);
  });

  it("names a pin to a column the row's table does not have, a pin to a computed cell, an unknown listed column", () => {
    const unknown = rulesOf([{ rule_id: "XX", expression: "KN_DV@TH <= KN_DV@HCSN", severity: "error" }]).problems;
    expect(unknown).toHaveLength(1);
    expect(problemText(unknown[0]!, "vi")).toBe('rules!B2: ô KN_DV@HCSN (ký tự 13): biểu của KN_DV không có cột nhập "HCSN"');
    expect(problemText(unknown[0]!, "en")).toBe('rules!B2: cell KN_DV@HCSN (character 13): the table of KN_DV has no input column "HCSN"');
    const computed = rulesOf([{ rule_id: "XX", expression: "KN_DV@TL <= 2", severity: "error" }]).problems;
    expect(computed.map((p) => p.key)).toEqual(["columns.rule.notInput"]);
    const listed = rulesOf([{ rule_id: "XX", expression: "KN_DV <= CS_MOI", severity: "error", columns: "KH, ZZ" }]).problems;
    expect(listed.map((p) => [p.cell, p.params.value])).toEqual([["D2", "ZZ"]]);
  });
});

it("warns of a rule over tables that share no column (it could never be checked), and checks it where they share some", () => {
  const none = rulesOf([{ rule_id: "XX", expression: "KN_DV <= DV_TONG", severity: "warning" }]);
  expect(none.problems.map((p) => [p.key, p.severity, p.cell])).toEqual([["columns.rule.noCommonColumn", "warning", "B2"]]);
  const shared = rulesOf(
    [{ rule_id: "XX", expression: "KN_DV <= DV_TONG", severity: "warning" }],
    [...TYPED_TOTAL, ...PLAN_COLUMNS, { table: "B02", id: "HCSN", label_vi: "Khu vực HCSN", role: "input" }],
  );
  expect(shared.problems).toEqual([]);
  expect(shared.definition!.rules[0]!.appliesTo.columns).toEqual(["value", "base", "end", "cumulative", "HCSN"]);
});

describe("rules across columns, checked on a filled workbook", () => {
  const catalog = catalogOf(
    columnsDefinition({
      columns: [...TYPED_TOTAL, ...PLAN_COLUMNS],
      rules: [SUM_RULE, { rule_id: "KN_TH", expression: "KN_DV <= CS_MOI * 100", severity: "warning", columns: "TH" }],
    }),
  );

  it("finds a total that is not the sum of its sectors, once, naming the cell and the column", async () => {
    const issues = await check(catalog, {
      "CS_TONG@TONG": 10,
      "CS_TONG@HCSN": 4,
      "CS_TONG@DNNN": 3,
      "CS_TONG@NGOAI": 2,
      "CS_TONG@FDI": 0,
    });
    expect(issues.map((i) => [i.id, i.values])).toEqual([["CS_TONG_KHU_VUC@TONG", [10, 4, 3, 2, 0]]]);
    expect(render("vi", issues[0]!.message)).toBe("Tổng số CĐCS (Tổng số) (10) khác tổng số CĐCS (Khu vực HCSN) (9)");
    expect(render("en", issues[0]!.message)).toBe("Tổng số CĐCS (Total) (10) differs from tổng số CĐCS (Khu vực HCSN) (9)");
    const fine = await check(catalog, { "CS_TONG@TONG": 9, "CS_TONG@HCSN": 4, "CS_TONG@DNNN": 3, "CS_TONG@NGOAI": 2, "CS_TONG@FDI": 0 });
    expect(fine).toEqual([]);
  });

  it("checks part ≤ whole in each sector, naming the sector", async () => {
    const issues = await check(catalog, {
      "DV_TONG@HCSN": 100,
      "DV_NU@HCSN": 60,
      "DV_TONG@FDI": 50,
      "DV_NU@FDI": 70,
      "DV_TONG@DNNN": 20,
      "DV_NU@DNNN": 21,
    });
    expect(issues.map((i) => i.id).sort()).toEqual(["PART_DV_NU_LE_DV_TONG@DNNN", "PART_DV_NU_LE_DV_TONG@FDI"]);
    const fdi = issues.find((i) => i.column === "FDI")!;
    expect(render("vi", fdi.message)).toContain("(cột DN có vốn ĐTNN)");
    expect(fdi.cells.map((c) => c.sheet)).toEqual(["Biểu 01", "Biểu 01"]);
  });

  it("checks a rule only in the columns the rules sheet names", async () => {
    const issues = await check(catalog, { "KN_DV@KH": 500, "CS_MOI@KH": 1, "KN_DV@TH": 300, "CS_MOI@TH": 2 });
    expect(issues.map((i) => i.id)).toEqual(["KN_TH@TH"]);
    expect(render("vi", issues[0]!.message)).toContain("(cột Thực hiện 6 tháng)");
  });
});
