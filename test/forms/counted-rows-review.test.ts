/**
 * Counted rows in a review ("Tổng số CĐCS" and its split by sector): the merge counts the CĐCS it
 * merges, which stand at the end of the period. No file says which of them existed at the baseline, so
 * the row has its end column only: no blank baseline cell that looks unreported, no change formula over it.
 */
import { cellName, campaignRowColumns } from "../../src/domain/definition";
import { buildTemplate, sheetCells } from "../../src/domain/layout";
import { consolidatedPlan } from "../../src/domain/merge";
import type { FigureKey } from "../../src/domain/submission";
import { campaign, catalog, consolidatedFile, DISTRICT, merge, PROVINCE, unitFile } from "../merge/support";

const COUNTED = catalog.tables.flatMap((t) => t.rows).filter((row) => row.aggregation === "count_units");
const REVIEWS = ["tk10-nq6a-2011-2020", "sk5-nq20-2008-2012", "nk-2023-2025"];

describe("counted rows in a review", () => {
  it("the shipped forms have counted rows to test", () => {
    expect(COUNTED.map((r) => r.code)).toEqual(expect.arrayContaining(["CS_TONG", "CS_DNNN", "CS_CHUARO"]));
  });

  it.each(REVIEWS)("%s: an upper level's form has only the end column of a counted row, a stock row keeps all three", (id) => {
    const { plan } = buildTemplate({ catalog, campaign: campaign(id), unit: { unitCode: "X", unitName: "Đơn vị X", level: "huyen" } });
    const names = new Set(plan.names.map((n) => n.name));
    for (const row of COUNTED) {
      expect(names.has(cellName(row.code, "end"))).toBe(true);
      expect(names.has(cellName(row.code, "base"))).toBe(false);
      expect(names.has(cellName(row.code, "change"))).toBe(false);
    }
    expect([cellName("DV_TONG", "base"), cellName("DV_TONG", "end"), cellName("DV_TONG", "change")].every((n) => names.has(n))).toBe(true);
    // The baseline cell of "Tổng số CĐCS" is drawn greyed, as not applicable, not as an empty input.
    const sheet = plan.sheets.find((s) => s.name === plan.names.find((n) => n.name === cellName("CS_TONG", "end"))!.sheet)!;
    const end = plan.names.find((n) => n.name === cellName("CS_TONG", "end"))!.ref;
    const row = end.replace(/^[A-Z]+/, "");
    const base = sheetCells(sheet).find((c) => c.ref === `D${row}`);
    expect(base?.style).toBe("notApplicable");
    expect(base?.locked).not.toBe(false);
  });

  it("a periodic report keeps its one value column for counted rows", () => {
    expect(campaignRowColumns(campaign("tk-3105-2026"), COUNTED[0]!, {}).map((c) => c.id)).toEqual(["value"]);
  });

  it("a merged review counts the CĐCS at the end and has no baseline figure for them; one level up gives the same", () => {
    const c = campaign("tk10-nq6a-2011-2020");
    const figures = new Map<FigureKey, number | null>([
      ["DV_TONG@base", 10],
      ["DV_TONG@end", 12],
      ["LD_TONG@base", 20],
      ["LD_TONG@end", 20],
    ]);
    const units = ["CD1", "CD2", "CD3"].map((code, i) =>
      unitFile(
        { code, name: `CĐCS ${code}`, date: "2020-07-01", sector: i === 0 ? "Doanh nghiệp nhà nước" : "Hành chính sự nghiệp", figures },
        c,
        `${code}.xlsx`,
        i,
      ),
    );
    const district = merge(units.slice(0, 2), DISTRICT, null, c);
    expect(district.figures.get("CS_TONG@end")).toBe(2);
    expect(district.figures.get("CS_DNNN@end")).toBe(1);
    expect(district.keys.filter((k) => COUNTED.some((r) => k === `${r.code}@base` || k === `${r.code}@change`))).toEqual([]);
    expect(consolidatedPlan(catalog, district, "2020-07-25").audit.passed).toBe(true);

    const up = merge([consolidatedFile(district, "2020-07-25", "huyen.xlsx", 10), units[2]!], PROVINCE, null, c);
    expect(up.figures.get("CS_TONG@end")).toBe(3);
    expect(up.figures.get("DV_TONG@base")).toBe(30);
  });

  it("no shipped rule reads a column a counted row does not have", () => {
    for (const rule of catalog.rules) {
      for (const term of [...rule.left, ...rule.right]) {
        if (!COUNTED.some((r) => r.code === term.code) || !term.column) continue;
        expect(`${rule.id}: ${term.code}.${term.column}`).toMatch(/\.(end|value)$/);
      }
    }
  });
});
