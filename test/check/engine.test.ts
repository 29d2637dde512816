/** The engine's arithmetic and wording: exact sums, the issue's own example, explained warnings, grouping. */
import { checkRules, checkWorkbook, groupIssues, readSubmission, summarize, type CheckIssue } from "../../src/domain/check";
import { figureKey, type FigureKey, type Submission } from "../../src/domain/submission";
import { nameInSentence } from "../../src/domain/check/text";
import { ANNUAL, catalog, PERIODIC, REVIEW, refOf, templateWorkbook } from "./helpers";
import { render } from "../../src/domain/i18n/message";

const check = (figures: Record<string, unknown>, campaign = PERIODIC, notes?: Record<string, string>): CheckIssue[] =>
  checkWorkbook(catalog, templateWorkbook(campaign, { figures: figures as never, notes })).issues;
const rule = (issues: CheckIssue[], id: string): CheckIssue | undefined => issues.find((i) => i.id === id);

describe("the issue's example", () => {
  it('says "Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)", one click from the cell', () => {
    const issue = rule(check({ "DV_TONG@value": 1100, "DV_NU@value": 1250 }), "PART_DV_NU_LE_DV_TONG@value")!;
    expect(render("vi", issue.message)).toBe("Số đoàn viên nữ (1.250) lớn hơn tổng số đoàn viên (1.100)");
    expect(render("en", issue.message)).toBe("Women members (1,250) is greater than total members (1,100)");
    expect(issue.severity).toBe("error");
    expect(issue.tableId).toBe("B01");
    expect(issue.cells).toEqual([refOf(PERIODIC, "DV_NU@value"), refOf(PERIODIC, "DV_TONG@value")]);
    expect(issue.values).toEqual([1250, 1100]);
  });

  it("places names in a sentence: capital at the start, lower case inside, acronyms kept", () => {
    const issue = rule(
      check({ "TU_SO@value": 5, "CS_DNNN@value": 1, "CS_NGOAI@value": 1, "CS_FDI@value": 1, "CS_KHAC@value": 0 }),
      "TU_SO_LE_CS_DOANHNGHIEP@value",
    )!;
    expect(render("vi", issue.message)).toBe(
      "Số CĐCS đã ký thỏa ước (5) lớn hơn số CĐCS doanh nghiệp và hợp tác xã (3); thỏa ước ngành, nhiều doanh nghiệp có thể làm điều này đúng: ghi rõ ở cột Ghi chú",
    );
    expect(nameInSentence("CĐCS thành lập mới", false)).toBe("CĐCS thành lập mới");
    expect(nameInSentence("total members", true)).toBe("Total members");
    const xl = rule(check({ "XL_TONG@value": 9, "CS_TONG@value": 3 }, ANNUAL), "XL_TONG_LE_CS_TONG@value")!;
    expect(render("vi", xl.message)).toContain("lớn hơn tổng số CĐCS");
  });
});

describe("exact decimal sums", () => {
  const money = (values: Record<string, number>): Submission => {
    const base = readSubmission(catalog, templateWorkbook(PERIODIC)).submission!;
    const figures = new Map(base.figures);
    for (const [k, v] of Object.entries(values)) figures.set(k as FigureKey, v);
    return { ...base, figures };
  };
  const sumRule = {
    id: "TEST_MONEY_SUM",
    left: [{ code: "MA_TIEN" }, { code: "CL_TIEN" }],
    op: "eq" as const,
    right: [{ code: "NTM_TIEN" }],
    severity: "error" as const,
    message: { vi: "{left} khác {right}", en: "{left} differs from {right}" },
    appliesTo: { kinds: ["periodic" as const], columns: ["value" as const] },
    blank: "skip" as const,
  };
  const withRule = { ...catalog, rules: [sumRule] };

  it("finds 0,1 + 0,2 equal to 0,3 and different from 0,30000000000000004 (a float == says the opposite of both)", () => {
    expect(checkRules(withRule, PERIODIC, money({ "MA_TIEN@value": 0.1, "CL_TIEN@value": 0.2, "NTM_TIEN@value": 0.3 }))).toEqual([]);
    // The exact decimals the cells hold, not doubles within an epsilon: a cell holding 0.30000000000000004 is not 0.3.
    expect(
      checkRules(withRule, PERIODIC, money({ "MA_TIEN@value": 0.1, "CL_TIEN@value": 0.2, "NTM_TIEN@value": 0.30000000000000004 })),
    ).toHaveLength(1);
  });

  it("finds a difference of one thousandth, and shows the sums exactly", () => {
    const [issue] = checkRules(
      withRule,
      PERIODIC,
      money({ "MA_TIEN@value": 1234.567, "CL_TIEN@value": 0.001, "NTM_TIEN@value": 1234.567 }),
    );
    expect(render("vi", issue.message)).toBe("1.234,568 khác 1.234,567");
  });

  it("adds large amounts exactly", () => {
    expect(
      checkRules(withRule, PERIODIC, money({ "MA_TIEN@value": 999999999.999, "CL_TIEN@value": 0.001, "NTM_TIEN@value": 1000000000 })),
    ).toEqual([]);
  });

  it("compares whole numbers beyond a double's exact sums by the decimal path (2^52 + 1 against 2^52)", () => {
    const big = 2 ** 52;
    expect(checkRules(withRule, PERIODIC, money({ "MA_TIEN@value": big, "CL_TIEN@value": 1, "NTM_TIEN@value": big + 1 }))).toEqual([]);
    expect(checkRules(withRule, PERIODIC, money({ "MA_TIEN@value": big, "CL_TIEN@value": 1, "NTM_TIEN@value": big }))).toHaveLength(1);
  });

  it("holds the stock-flow tolerance exactly at its boundary (5% of 1.000 is 50)", () => {
    const base = { "DV_TONG@base": 1000, "DV_MOI@cumulative": 100, "DV_GIAM@cumulative": 100 };
    expect(rule(check({ ...base, "DV_TONG@end": 1050 }, REVIEW), "DV_TONG_STOCK_FLOW@end")).toBeUndefined();
    expect(rule(check({ ...base, "DV_TONG@end": 950 }, REVIEW), "DV_TONG_STOCK_FLOW@end")).toBeUndefined();
    const over = rule(check({ ...base, "DV_TONG@end": 1051 }, REVIEW), "DV_TONG_STOCK_FLOW@end")!;
    expect(over.severity).toBe("warning");
    expect(render("vi", over.message)).toContain("cuối kỳ (1.051) khác đầu kỳ + kết nạp mới − giảm (1.000)");
    expect(over.values).toEqual([1051, 1000, 100, 100]);
  });
});

describe("plausibility bands", () => {
  it("formats the density ratio and its band as percentages, the Vietnamese way", () => {
    const issue = rule(check({ "DV_TONG@value": 125, "LD_TONG@value": 1000 }), "DV_DENSITY_BAND@value")!;
    expect(render("vi", issue.message)).toBe(
      "Tỷ lệ đoàn viên trên CNVCLĐ (12,5%) nằm ngoài khoảng thường gặp 30%–100%; đề nghị kiểm tra lại hoặc giải thích ở cột Ghi chú",
    );
    expect(render("en", issue.message)).toContain("(12.5%)");
  });

  it("accepts a density exactly on the band's edge", () => {
    expect(rule(check({ "DV_TONG@value": 300, "LD_TONG@value": 1000 }), "DV_DENSITY_BAND@value")).toBeUndefined();
  });

  it("skips a band when the denominator is zero", () => {
    expect(rule(check({ "DV_TONG@value": 3, "LD_TONG@value": 0 }), "DV_DENSITY_BAND@value")).toBeUndefined();
  });

  it("flags a change beyond the factor in either direction, not within it", () => {
    const factor = REVIEW.plausibility.changeFactor;
    expect(rule(check({ "DV_TONG@base": 10, "DV_TONG@end": 10 * factor }, REVIEW), "DV_TONG_CHANGE_BAND@end")).toBeUndefined();
    expect(rule(check({ "DV_TONG@base": 10 * factor, "DV_TONG@end": 10 }, REVIEW), "DV_TONG_CHANGE_BAND@end")).toBeUndefined();
    expect(rule(check({ "DV_TONG@base": 10 * factor, "DV_TONG@end": 9 }, REVIEW), "DV_TONG_CHANGE_BAND@end")).toBeDefined();
    expect(rule(check({ "DV_TONG@base": 10, "DV_TONG@end": 10 * factor + 1 }, REVIEW), "DV_TONG_CHANGE_BAND@end")).toBeDefined();
  });
});

describe("explained warnings", () => {
  const figures = { "HN_SO@value": 12, "CS_TONG@value": 10 };

  it("marks a warning explained when its row has a note in Ghi chú", () => {
    expect(rule(check(figures), "HN_SO_LE_CS_TONG@value")!.explained).toBe(false);
    const explained = rule(check(figures, PERIODIC, { HN_SO: "Có 2 đơn vị sự nghiệp tổ chức 2 hội nghị" }), "HN_SO_LE_CS_TONG@value")!;
    expect(explained.explained).toBe(true);
    expect(summarize([explained])).toEqual({ errors: 0, warnings: 0, explained: 1, blanks: 0 });
  });

  it("does not count a note on the right-hand row, nor explain an error", () => {
    expect(rule(check(figures, PERIODIC, { CS_TONG: "ghi chú" }), "HN_SO_LE_CS_TONG@value")!.explained).toBe(false);
    expect(
      rule(check({ "DV_TONG@value": 1, "DV_NU@value": 2 }, PERIODIC, { DV_NU: "giải thích" }), "PART_DV_NU_LE_DV_TONG@value")!.explained,
    ).toBe(false);
  });
});

describe("rules outside the campaign", () => {
  it("does not evaluate a rule over a table the campaign lacks", () => {
    const nq6a = readSubmission(catalog, templateWorkbook(REVIEW)).campaign!;
    expect(nq6a.tables.length).toBeGreaterThan(0);
    const sub = readSubmission(catalog, templateWorkbook(REVIEW)).submission!;
    const figures = new Map(sub.figures);
    figures.set(figureKey("DV_TONG", "value"), 5); // no "value" column in a review: ignored
    expect(checkRules(catalog, REVIEW, { ...sub, figures }).filter((i) => i.column === "value")).toEqual([]);
  });

  it("does not evaluate periodic-only rules in a review", () => {
    expect(rule(check({ "GVN_DANGKY@cumulative": 500, "DV_NU@end": 10 }, REVIEW), "GVN_DANGKY_LE_DV_NU@cumulative")).toBeUndefined();
  });
});

describe("summary and groups", () => {
  const issues = check(
    { "DV_TONG@value": 1100, "DV_NU@value": 1250, "HN_SO@value": 3, "CS_TONG@value": 2, "CS_HCSN@value": 2 },
    PERIODIC,
    {},
  );

  it("counts errors, warnings, explained warnings and blanks", () => {
    const s = summarize(issues);
    expect(s.errors).toBe(issues.filter((i) => i.severity === "error").length);
    expect(s.errors).toBeGreaterThan(0);
    expect(s.warnings).toBeGreaterThan(0);
    expect(s.blanks).toBe(issues.filter((i) => i.severity === "blank").length);
    expect(s.errors + s.warnings + s.explained + s.blanks).toBe(issues.length);
  });

  it("groups by table in catalog order and by severity, errors first", () => {
    const groups = groupIssues(
      issues,
      catalog.tables.map((t) => t.id),
    );
    expect(groups.map((g) => g.tableId)).toEqual(["LD", "B01", "B02", "B03", "B04"]);
    for (const g of groups) {
      const order = g.bySeverity.map((s) => s.severity);
      expect(order).toEqual(["error", "warning", "blank"].filter((s) => order.includes(s as never)));
    }
    expect(groups.flatMap((g) => g.bySeverity.flatMap((s) => s.issues))).toHaveLength(issues.length);
  });

  it("puts general issues first", () => {
    const withGeneral = checkWorkbook(catalog, templateWorkbook(PERIODIC, { identification: { UNIT_CODE: null } })).issues;
    expect(groupIssues(withGeneral)[0].tableId).toBeNull();
  });

  it("gives every issue a unique, stable id", () => {
    const ids = issues.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      check({ "DV_TONG@value": 1100, "DV_NU@value": 1250, "HN_SO@value": 3, "CS_TONG@value": 2, "CS_HCSN@value": 2 }, PERIODIC, {}).map(
        (i) => i.id,
      ),
    ).toEqual(ids);
  });
});
