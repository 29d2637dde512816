/** The consolidated workbook: breakdown, status, self-audit, literal text, exact money, and edited totals. */
import { BREAKDOWN_NAME, cellName } from "../../src/domain/definition";
import { sheetCells } from "../../src/domain/layout";
import { consolidatedPlan, exactSum, breakdownSheetName, statusSheetName } from "../../src/domain/merge";
import type { FigureKey } from "../../src/domain/submission";
import { catalog, consolidatedFile, fileFromPlan, merge, planToRaw, unitFile, DISTRICT, PROVINCE } from "./support";

const money = (...pairs: [FigureKey, number][]) => new Map<FigureKey, number | null>(pairs);

describe("the consolidated workbook", () => {
  const units = [
    unitFile({
      code: "CD001",
      name: '=HYPERLINK("http://x")',
      date: "2026-06-05",
      figures: money(["SK_GIATRI@value", 0.1], ["DV_TONG@value", 5], ["LD_TONG@value", 10]),
    }),
    unitFile({
      code: "CD002",
      name: "CĐCS Bệnh viện",
      date: "2026-06-05",
      figures: money(["SK_GIATRI@value", 0.2], ["DV_TONG@value", 7], ["LD_TONG@value", 7]),
    }),
  ];
  const result = merge(units, DISTRICT);
  const { plan, audit } = consolidatedPlan(catalog, result, "2026-06-15");

  it("sums money exactly (0.1 + 0.2 = 0.3) and leaves unreported cells blank", () => {
    expect(result.figures.get("SK_GIATRI@value")).toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(result.figures.get("NO_TUTHUE@value")).toBeNull();
    expect(result.figures.get("CS_TONG@value")).toBe(2); // counted: the two CĐCS merged
    expect(result.counts.get("SK_GIATRI@value")).toEqual({ reported: 2, blank: 0 });
  });

  it("writes the sums into the template, identified as the merging unit, marked consolidated", () => {
    const raw = planToRaw(plan);
    expect(raw.names.get(cellName("DV_TONG", "value"))?.cells[0][0].value).toBe(12);
    expect(raw.names.get("UR_META_KIND")?.cells[0][0].value).toBe("consolidated");
    expect(raw.names.get("UR_ID_UNIT_CODE")?.cells[0][0].value).toBe("LDLD-MC");
  });

  it("has a breakdown with one row per unit, totals as SUM formulas equal to the figures, and a passed self-audit", () => {
    expect(audit.passed).toBe(true);
    const sheet = plan.sheets.find((s) => s.name === breakdownSheetName())!;
    const name = plan.names.find((n) => n.name === BREAKDOWN_NAME)!;
    expect(name.sheet).toBe(sheet.name);
    // A sum per key, or a weighted mean for an average weighted by its "Số người được tính".
    const totals = sheet.cells.filter((c) => c.formula?.startsWith("IF(COUNT("));
    const means = sheet.cells.filter((c) => c.formula?.startsWith("IF(SUMPRODUCT("));
    expect(means.length).toBe(
      result.keys.filter((k) => catalog.rowsByCode.get(k.split("@")[0]!)?.row.aggregation === "weighted_average").length,
    );
    expect(totals.length + means.length).toBe(result.keys.length);
    const dv = totals.find((c) => c.value === 12);
    expect(dv?.formula).toMatch(/SUM\([A-Z]+7:[A-Z]+8\)/);
    expect(sheet.cells.some((c) => typeof c.value === "string" && c.value.includes("ĐẠT"))).toBe(true);
  });

  it("writes text from submissions as literal values, never formulas", () => {
    const hostile = plan.sheets.flatMap((s) => sheetCells(s)).filter((c) => c.value === '=HYPERLINK("http://x")');
    expect(hostile.length).toBeGreaterThan(0);
    // The only links are the workbook's own drill-down links to its register, never a unit's text.
    for (const c of plan.sheets.flatMap((s) => sheetCells(s)))
      if (c.formula?.includes("HYPERLINK")) expect(c.formula).toMatch(/^HYPERLINK\("#'Chi tiết theo đơn vị'![A-Z]+5","Xem theo đơn vị"\)$/);
  });

  it("lists every file on the status sheet", () => {
    const status = plan.sheets.find((s) => s.name === statusSheetName())!;
    const texts = status.cells.map((c) => c.value);
    for (const f of units) expect(texts).toContain(f.name);
  });

  it("reads back as a consolidated submission whose leaves are the units", () => {
    const file = consolidatedFile(result, "2026-06-15", "huyen.xlsx", 9);
    expect(file.submission.kind).toBe("consolidated");
    const up = merge([file], PROVINCE);
    expect(up.leaves.map((l) => [l.code, l.via])).toEqual([
      ["CD001", "LDLD-MC"],
      ["CD002", "LDLD-MC"],
    ]);
    expect(up.files[0].status).toBe("accepted");
  });

  it("rejects a consolidated workbook whose totals were edited after merging, naming the codes that disagree", () => {
    const edited = {
      ...plan,
      sheets: plan.sheets.map((s) => ({
        ...s,
        cells: s.cells.map((c) => (c.value === 12 && !c.formula && s.role === "table" ? { ...c, value: 13 } : c)),
      })),
    };
    const file = fileFromPlan(edited, "huyen-sua.xlsx", 3);
    const up = merge(
      [
        file,
        unitFile({ code: "CD009", name: "CĐCS 9", date: "2026-06-05", figures: money(["DV_TONG@value", 5]) }, undefined, "cd9.xlsx", 4),
      ],
      PROVINCE,
    );
    expect(up.leaves.map((l) => l.code)).toEqual(["CD009"]);
    expect(up.figures.get("DV_TONG@value")).toBe(5);
    expect(up.files.find((f) => f.name === "huyen-sua.xlsx")).toMatchObject({ status: "rejected", unitsCounted: 0 });
    const reasons = up.files.find((f) => f.name === "huyen-sua.xlsx")!.reasons;
    expect(reasons.map((r) => r.key)).toEqual(["merge.reject.breakdownMismatch"]);
    expect(reasons[0].params).toMatchObject({ count: 1, codes: "DV_TONG@value", own: 13, sum: 12 });
  });

  it("rejects a consolidated workbook whose breakdown holds fewer units than it states", () => {
    const cut = { ...plan, sheets: plan.sheets.map((s) => (s.rows ? { ...s, rows: { ...s.rows, count: s.rows.count - 1 } } : s)) };
    const raw = planToRaw(cut);
    const stated = raw.names.get("UR_BREAKDOWN_UNITS")?.cells[0][0].value;
    expect(stated).toBe(2);
    const up = merge([fileFromPlan(cut, "huyen-cat.xlsx", 3)], PROVINCE);
    expect(up.files[0].status).toBe("rejected");
    expect(up.files[0].reasons[0]).toMatchObject({ key: "merge.reject.breakdownTruncated", params: { expected: 2, found: 1 } });
  });

  it("flags a figure far above the median of its peers", () => {
    const peers = [1, 2, 3, 4, 5].map((n) =>
      unitFile({ code: `P${n}`, name: `P${n}`, date: "2026-06-05", figures: money(["DV_TONG@value", n === 5 ? 500 : 10]) }),
    );
    const r = merge(peers, DISTRICT);
    expect(r.outliers.map((o) => [o.code, o.key])).toEqual([["P5", "DV_TONG@value"]]);
    expect(r.files.find((f) => f.unitCode === "P5")?.status).toBe("warnings");
  });
});
