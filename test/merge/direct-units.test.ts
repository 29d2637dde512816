/**
 * "Theo đơn vị trực thuộc" (issue 12): one row per direct unit with the totals of the units counted
 * through it, beside the full register. Sums and weighted averages as the merge computes them; the
 * rows add up to the consolidated figures; a unit counted through another file is not in its row; the
 * sheet carries no name, so the level above still reads only the register.
 */
import {
  consolidatedPlan,
  directUnits,
  directUnitsSheetName,
  DIRECT_ROWS,
  directUnitsFigureColumn,
  breakdownSheetName,
  sumLeaves,
  type MergeResult,
} from "../../src/domain/merge";
import { address } from "../../src/domain/a1";
import type { FigureKey } from "../../src/domain/submission";
import { catalog, consolidatedFile, merge, unitFile, DISTRICT, PROVINCE } from "./support";
import { resolveCampaign } from "../../src/domain/definition/campaign";
import { buildTemplate } from "../../src/domain/layout";
import { definitionFromSheets } from "../../src/domain/definition/definition-catalog";
import { t } from "../../src/domain/i18n/strings";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { provinceDefinition } from "../forms/province";
import { addRow } from "../forms/definition-edit";
import { render } from "../../src/domain/i18n/message";

const unit = (code: string, members: number, wage: number | null, people: number) =>
  unitFile(
    {
      code,
      name: `CĐCS ${code}`,
      date: "2026-06-05",
      figures: new Map<FigureKey, number | null>([
        ["LD_TONG@value", members * 2],
        ["DV_TONG@value", members],
        ["TL_BQ@value", wage],
        ["TL_NGUOI@value", people],
      ]),
    },
    undefined,
    `${code}.xlsx`,
  );

function province(): { result: MergeResult; districts: MergeResult[] } {
  const h1 = merge([unit("H1-A", 10, 5_000_000, 4), unit("H1-B", 20, 7_000_000, 6), unit("H1-C", 30, null, 5)], {
    ...DISTRICT,
    code: "H1",
  });
  const h2 = merge([unit("H2-A", 40, 6_000_000.5, 3), unit("H2-B", 50, 9_000_000, 1)], { ...DISTRICT, code: "H2" });
  const result = merge(
    [consolidatedFile(h1, "2026-06-10", "H1.xlsx", 0), consolidatedFile(h2, "2026-06-10", "H2.xlsx", 1), unit("T-DIRECT", 5, 4_000_000, 2)],
    PROVINCE,
  );
  return { result, districts: [h1, h2] };
}

describe("one row per direct unit", () => {
  it("gives each direct unit the totals of its units: sums, and wages averaged weighted by their head count", () => {
    const { result, districts } = province();
    const rows = directUnits(catalog, result);
    expect(rows.map((r) => [r.code, r.units])).toEqual([
      ["H1", 3],
      ["H2", 2],
      ["T-DIRECT", 1],
    ]);
    // A district's row is what the district's own workbook states.
    for (const [i, district] of districts.entries()) {
      for (const key of ["DV_TONG@value", "LD_TONG@value", "TL_BQ@value", "TL_NGUOI@value", "CS_TONG@value"] as FigureKey[]) {
        expect([key, rows[i].figures.get(key)]).toEqual([key, district.figures.get(key)]);
      }
    }
    // (5,000,000 × 4 + 7,000,000 × 6) / 10: the unit that left the wage blank does not weigh.
    expect(rows[0].figures.get("TL_BQ@value")).toBe(6_200_000);
    expect(rows[1].figures.get("TL_BQ@value")).toBe(6_750_000.375);
    expect(rows[2].figures.get("DV_TONG@value")).toBe(5);
  });

  it("adds up to the consolidated figures, in the sheet's totals row too", () => {
    const { result } = province();
    const rows = directUnits(catalog, result);
    const sums = sumLeaves(result.keys, result.leaves).figures;
    for (const key of ["DV_TONG@value", "LD_TONG@value", "CS_TONG@value"] as FigureKey[]) {
      expect(rows.reduce((n, r) => n + (r.figures.get(key) ?? 0), 0)).toBe(sums.get(key));
    }
    const plan = consolidatedPlan(catalog, result, "2026-06-15").plan;
    const sheet = plan.sheets.find((s) => s.name === directUnitsSheetName())!;
    expect(sheet.rows?.count).toBe(3);
    const totalsRow = DIRECT_ROWS.firstUnit + 3;
    const cell = (key: FigureKey) =>
      sheet.cells.find((c) => c.ref === address(directUnitsFigureColumn(result.keys.indexOf(key)), totalsRow))!;
    const col = directUnitsFigureColumn(result.keys.indexOf("DV_TONG@value"));
    const span = `${address(col, DIRECT_ROWS.firstUnit)}:${address(col, totalsRow - 1)}`;
    expect(cell("DV_TONG@value")).toMatchObject({ value: 155, formula: `IF(COUNT(${span})=0,"",SUM(${span}))` });
    // A weighted average's total is the register's own (a mean of means would weigh wrongly).
    expect(cell("TL_BQ@value").value).toBe(result.figures.get("TL_BQ@value"));
    expect(cell("TL_BQ@value").formula).toContain(`'${breakdownSheetName()}'!`);
  });

  it("stands before the register, visible, with no defined name: the level above reads the register only", () => {
    const plan = consolidatedPlan(catalog, province().result, "2026-06-15").plan;
    const names = plan.sheets.map((s) => s.name);
    expect(names.indexOf(directUnitsSheetName())).toBe(names.indexOf(breakdownSheetName()) - 1);
    expect(plan.names.filter((n) => n.sheet === directUnitsSheetName())).toEqual([]);
  });

  it("is not written when every direct unit is a CĐCS: it would repeat the register", () => {
    const result = merge([unit("A", 1, null, 1), unit("B", 2, null, 1)], DISTRICT);
    expect(consolidatedPlan(catalog, result, "2026-06-15").plan.sheets.map((s) => s.name)).not.toContain(directUnitsSheetName());
  });

  it("leaves out of a row a unit counted through another file", () => {
    const h1 = merge([unit("X", 10, null, 1), unit("Y", 20, null, 1)], { ...DISTRICT, code: "H1" });
    // Y also sends its own file, dated later: it is counted from there, once.
    const later = unitFile(
      {
        code: "Y",
        name: "CĐCS Y",
        date: "2026-06-09",
        figures: new Map<FigureKey, number>([
          ["LD_TONG@value", 40],
          ["DV_TONG@value", 20],
        ]),
      },
      undefined,
      "Y.xlsx",
    );
    const result = merge([consolidatedFile(h1, "2026-06-08", "H1.xlsx", 0), later], PROVINCE);
    const rows = directUnits(catalog, result);
    expect(rows.map((r) => [r.code, r.units, r.figures.get("DV_TONG@value")])).toEqual([
      ["H1", 1, 10],
      ["Y", 1, 20],
    ]);
  });
});

describe("one row per direct unit, on a definition with a row never totalled", () => {
  it("leaves a none row blank in every direct unit's row and says so in the totals, as the register does", async () => {
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
    const built = definitionFromSheets(sheets);
    if (!built.definition) throw new Error(JSON.stringify(built.problems));
    const province = built.definition;
    const resolved = resolveCampaign(province.campaignDefs, "db-3105-2026");
    if (!resolved.ok) throw new Error(render("en", resolved.error));
    const file = async (code: string, level: "cdcs", rank: number) => {
      const figures = new Map<FigureKey, number | null>([
        ["LD_TONG@value", 100],
        ["DV_TONG@value", 60],
        ["DB_XEP_HANG@value", rank],
      ]);
      const { plan } = buildTemplate({
        catalog: province,
        campaign: resolved.value,
        unit: { unitCode: code, unitName: `CĐCS ${code}`, level, datePrepared: "2026-06-05" },
        figures,
      });
      return { name: `${code}.xlsx`, bytes: await writeWorkbook(plan) };
    };
    const options = (code: string, level: "huyen" | "tinh") => ({
      campaignId: "db-3105-2026",
      definition: province,
      mergingUnit: { code, name: `Đơn vị ${code}`, level },
      today: "2026-06-15",
    });
    const district = await mergeFiles(catalog, [await file("A", "cdcs", 1), await file("B", "cdcs", 2)], options("H1", "huyen"));
    if (!district.ok) throw new Error(JSON.stringify(district.error));
    const top = await mergeFiles(
      catalog,
      [{ name: "H1.xlsx", bytes: await writeWorkbook(district.plan) }, await file("C", "cdcs", 3)],
      options("T1", "tinh"),
    );
    if (!top.ok) throw new Error(JSON.stringify(top.error));
    const rows = directUnits(province, top.result);
    expect(rows.map((r) => [r.code, r.units, r.figures.get("DV_TONG@value"), r.figures.get("DB_XEP_HANG@value")])).toEqual([
      ["H1", 2, 120, null],
      ["C", 1, 60, null],
    ]);
    const sheet = top.plan.sheets.find((s) => s.name === directUnitsSheetName())!;
    const col = directUnitsFigureColumn(top.result.keys.indexOf("DB_XEP_HANG@value"));
    expect(sheet.cells.find((c) => c.ref === address(col, DIRECT_ROWS.firstUnit + 2))).toMatchObject({
      value: t("vi", "forms.notSummed.total"),
    });
  });
});
