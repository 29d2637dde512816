/** Rules with × and ÷, constants and band(expr, min, max): read from a definition sheet, judged exactly, never NaN or Infinity. */
import { checkRules, readSubmission, type CheckIssue } from "../../src/domain/check";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import { problemText } from "../../src/domain/definition/problems";
import type { FigureKey, Submission } from "../../src/domain/submission";
import { addRow, shippedCopy } from "../forms/definition-edit";
import { catalog, PERIODIC, templateWorkbook } from "./helpers";
import { render, inBothLanguages } from "../../src/domain/i18n/message";

const RULES: Record<string, string> = {
  WAGE_PER_HEAD: "MA_TIEN / NTM_TIEN <= 1000",
  DOUBLE_LE: "CL_TIEN * 2 <= NTM_TIEN",
  CONSTANT_LEFT: "3 <= CL_TIEN",
  SHARE_BOUNDS: "band(MA_TIEN / NTM_TIEN, 0.1, 0.5)",
  THIRDS: "MA_TIEN / 3 = CL_TIEN / 3",
};

function withRules(rules: Record<string, string>) {
  const sheets = shippedCopy();
  for (const [id, expression] of Object.entries(rules)) addRow(sheets, "rules", { rule_id: id, expression, severity: "error" });
  return sheets;
}

const loaded = loadDefinition(withRules(RULES));
const ours = loaded.definition?.rules.filter((r) => r.id in RULES) ?? [];
const withOurs = { ...catalog, rules: ours };

function submission(values: Record<string, number>): Submission {
  const base = readSubmission(catalog, templateWorkbook(PERIODIC)).submission!;
  const figures = new Map(base.figures);
  for (const [k, v] of Object.entries(values)) figures.set(`${k}@value` as FigureKey, v);
  return { ...base, figures };
}
const issuesOf = (values: Record<string, number>): CheckIssue[] => checkRules(withOurs, PERIODIC, submission(values));
const ids = (issues: readonly CheckIssue[]): string[] => issues.map((i) => i.id).sort();

describe("rules with × ÷ and explicit bands", () => {
  it("load from the rules sheet with no problem, and plain sums keep their old shape", () => {
    expect(loaded.problems).toEqual([]);
    expect(ours.map((r) => r.id).sort()).toEqual(Object.keys(RULES).sort());
    const constantLeft = ours.find((r) => r.id === "CONSTANT_LEFT")!;
    // "3 <= CL_TIEN" puts the side with a code first: CL_TIEN >= 3.
    expect(constantLeft).toMatchObject({ op: "ge", left: [{ code: "CL_TIEN" }], right: [], calc: { right: { num: "3" } } });
    const shipped = loadDefinition(shippedCopy()).definition!.rules;
    // Version 4 declares the wage band with its bounds written out (band(TL_BQ, 1000000, 200000000)); the others are plain sums.
    expect(shipped.filter((r) => r.calc !== undefined || r.bounds !== undefined).map((r) => [r.id, r.bounds])).toEqual([
      ["TL_BQ_BAND", { min: 1_000_000, max: 200_000_000 }],
    ]);
  });

  it("hold when the figures satisfy them", () => {
    expect(issuesOf({ MA_TIEN: 300, CL_TIEN: 300, NTM_TIEN: 1000 })).toEqual([]);
  });

  it("compare quotients exactly: a third of 1 equals a third of 1, 1/3 is not 0,333", () => {
    expect(ids(issuesOf({ MA_TIEN: 1, CL_TIEN: 1, NTM_TIEN: 1000 }))).not.toContain("THIRDS@value");
    expect(ids(issuesOf({ MA_TIEN: 1, CL_TIEN: 1.001, NTM_TIEN: 1000 }))).toContain("THIRDS@value");
  });

  it("report each broken rule with the computed values", () => {
    const issues = issuesOf({ MA_TIEN: 900, CL_TIEN: 2, NTM_TIEN: 1 });
    expect(ids(issues)).toEqual(["CONSTANT_LEFT@value", "DOUBLE_LE@value", "SHARE_BOUNDS@value", "THIRDS@value"]);
    const share = issues.find((i) => i.id === "SHARE_BOUNDS@value")!;
    expect(render("vi", share.message)).toBe("Giá trị của band(MA_TIEN / NTM_TIEN, 0.1, 0.5) (900) nằm ngoài khoảng 0,1–0,5");
    const double = issues.find((i) => i.id === "DOUBLE_LE@value")!;
    expect(render("vi", double.message)).toBe("Không thỏa quy tắc CL_TIEN * 2 <= NTM_TIEN: vế trái 4, vế phải 1");
    expect(issuesOf({ MA_TIEN: 1001, CL_TIEN: 5, NTM_TIEN: 1 }).map((i) => i.id)).toContain("WAGE_PER_HEAD@value");
  });

  it("shows an endless quotient to four places, never as a long float", () => {
    const issue = issuesOf({ MA_TIEN: 3001, CL_TIEN: 5, NTM_TIEN: 3 }).find((i) => i.id === "WAGE_PER_HEAD@value")!;
    expect(render("vi", issue.message)).toBe("Không thỏa quy tắc MA_TIEN / NTM_TIEN <= 1000: vế trái 1.000,3333, vế phải 1.000");
  });

  it("do not evaluate a rule that divides by zero, and say so for that unit, never NaN or Infinity", () => {
    const issues = issuesOf({ MA_TIEN: 5, CL_TIEN: 5, NTM_TIEN: 0 });
    const div = issues.filter((i) => i.id.endsWith(":div0"));
    expect(ids(div)).toEqual(["SHARE_BOUNDS@value:div0", "WAGE_PER_HEAD@value:div0"]);
    expect(div[0]!.severity).toBe("warning");
    expect(inBothLanguages(div.find((i) => i.ruleId === "WAGE_PER_HEAD")!.message)).toEqual({
      vi: "Quy tắc WAGE_PER_HEAD (số lượng) không kiểm tra được cho đơn vị này: số chia bằng 0",
      en: "Rule WAGE_PER_HEAD (quantity) cannot be checked for this unit: it divides by zero",
    });
    for (const issue of issues) {
      expect(issue.values.every((v) => v === null || Number.isFinite(v))).toBe(true);
      expect(`${render("vi", issue.message)} ${render("en", issue.message)}`).not.toMatch(/NaN|Infinity|∞/);
    }
  });

  it("skip a rule with a blank term unless blanks count as zero", () => {
    expect(issuesOf({ MA_TIEN: 9999, NTM_TIEN: 1 }).map((i) => i.id)).not.toContain("DOUBLE_LE@value");
  });
});

describe("misuse of × ÷ and band, named by sheet and cell", () => {
  const problems = (expression: string) => {
    const sheets = withRules({ BAD: expression });
    return loadDefinition(sheets).problems.filter((p) => p.sheet === "rules");
  };

  it("names band bounds that are not numbers, or the wrong way round", () => {
    const [reversed] = problems("band(MA_TIEN / NTM_TIEN, 0.5, 0.1)");
    expect(reversed).toMatchObject({ key: "forms.rule.bandBounds", cell: expect.stringMatching(/^B\d+$/) });
    expect(problemText(reversed!, "vi")).toMatch(
      /^rules!B\d+: band\(biểu thức, nhỏ nhất, lớn nhất\) cần hai số, nhỏ nhất không lớn hơn lớn nhất; lỗi ở ký tự 31$/,
    );
    expect(problemText(reversed!, "en")).toContain("band(expression, min, max) needs two numbers");
    expect(problems("band(MA_TIEN, NTM_TIEN, 5)")[0]).toMatchObject({ key: "forms.rule.bandBounds", params: { column: 15 } });
  });

  it("refuses a rule without a code, and × ÷ inside both() or a named band", () => {
    expect(problems("2 * 3 <= 7")[0]).toMatchObject({ key: "forms.rule.noCode" });
    expect(problems("both(MA_TIEN * 2, NTM_TIEN)")[0]).toMatchObject({ key: "forms.rule.notSum", params: { column: 14 } });
    expect(problems("band(DV_TONG * 2 / LD_TONG, density)")[0]).toMatchObject({ key: "forms.rule.notSum" });
  });

  it("still names an unknown code inside a product, with its character", () => {
    expect(problems("MA_TIEN * NTM_TIENN <= 5")[0]).toMatchObject({
      key: "forms.rule.unknownCode",
      params: { code: "NTM_TIENN", column: 11 },
    });
  });

  it("refuses a constant longer than 15 digits rather than round it", () => {
    expect(problems("MA_TIEN <= 1234567890123456")[0]).toMatchObject({ key: "forms.expr.unexpected", params: { column: 12 } });
  });
});
