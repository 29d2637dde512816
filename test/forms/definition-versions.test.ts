/** A later version of a definition may only add codes: files of the earlier one still merge by it, their new codes not reported. */
import { catalogFromSheets } from "../../src/domain/definition/definition-catalog";
import { buildTemplate } from "../../src/domain/layout";
import { render } from "../../src/domain/merge";
import { resolveCampaign, type Catalog } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/workbook/merge";
import { addRow, rowsOf, shippedCopy } from "./definition-edit";
import { DISTRICT } from "../merge/support";

function province(version: number, extra: boolean, formId = "ldld-dien-bien"): Catalog {
  const sheets = shippedCopy();
  rowsOf(sheets, "settings")[1]![0] = formId;
  rowsOf(sheets, "settings")[1]![1] = version;
  if (extra) addRow(sheets, "indicators", { table_id: "B01", code: "DV_TREN35", label_vi: "Đoàn viên trên 35 tuổi", unit_vi: "người", type: "whole", kind: "stock", parent: "DV_TONG" });
  rowsOf(sheets, "campaigns").splice(1);
  addRow(sheets, "campaigns", { campaign_id: "db-3105", kind: "periodic", title_vi: "Báo cáo 6 tháng {year}", as_of: "31/5" });
  rowsOf(sheets, "campaign_levels").splice(1);
  addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "cdcs", deadline: "10/6", tables: "B01" });
  const loaded = catalogFromSheets(sheets);
  if (!loaded.catalog) throw new Error(JSON.stringify(loaded.problems));
  return loaded.catalog;
}

async function unit(catalog: Catalog, code: string, figures: [FigureKey, number][]): Promise<{ name: string; bytes: Uint8Array }> {
  const campaign = resolveCampaign(catalog.campaignDefs, "db-3105-2026");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  const plan = buildTemplate({ catalog, campaign: campaign.value, unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-06-05" }, figures: new Map(figures) }).plan;
  return { name: `${code}.xlsx`, bytes: await writeWorkbook(plan) };
}

describe("versions of one definition", () => {
  const v1 = province(1, false);
  const v2 = province(2, true);
  const stranger = province(3, true, "ldld-lai-chau");

  it("accepts a file of the older version with a warning, its new code counted as not reported; refuses another form", async () => {
    const files = [
      await unit(v2, "A", [["DV_TONG@value", 10], ["DV_TREN35@value", 4]]),
      await unit(v1, "B", [["DV_TONG@value", 20]]),
      await unit(stranger, "C", [["DV_TONG@value", 30]]),
    ];
    const outcome = await mergeFiles(v2, files, { campaignId: "db-3105-2026", definition: v2, mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.reason));
    expect(outcome.result.files.map((f) => [f.name, f.status])).toEqual([
      ["A.xlsx", "accepted"],
      ["B.xlsx", "warnings"],
      ["C.xlsx", "rejected"],
    ]);
    expect(render("vi", outcome.result.files[1]!.reasons[0]!)).toContain("phiên bản cũ của định nghĩa (ldld-dien-bien v1, đang dùng ldld-dien-bien v2)");
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(30);
    expect(outcome.result.figures.get("DV_TREN35@value")).toBe(4);
    expect(outcome.result.counts.get("DV_TREN35@value")).toEqual({ reported: 1, blank: 1 });
  });

  it("refuses a file of the newer version when merging by the older one", async () => {
    const outcome = await mergeFiles(v1, [await unit(v1, "B", [["DV_TONG@value", 20]]), await unit(v2, "A", [["DV_TONG@value", 10]])], { campaignId: "db-3105-2026", definition: v1, mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.reason));
    expect(outcome.result.files.map((f) => f.status)).toEqual(["accepted", "rejected"]);
  });
});
