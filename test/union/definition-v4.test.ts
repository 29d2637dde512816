/** Definition version 4 (issue 20): version 3's files, as that release shipped them, still merge with a warning. */
import { resolveCampaign } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { mergeFiles } from "../../src/app/merge";
import { catalog, DISTRICT } from "../merge/support";
import { catalogOfSheets, fileMadeBy, fixtureSheets } from "./older-definition";

describe("a file of definition version 3 (TC_NGUNGVIEC a part of TC_VU, nk-2021-2026)", () => {
  it("is merged by version 4 and 5 with a warning, its figures kept, a stoppage without a dispute no longer refused", async () => {
    const v3 = catalogOfSheets(fixtureSheets("definition-2026-v3.json"));
    expect([v3.form.version, catalog.form.version]).toEqual([3, 5]);
    const figures = new Map<FigureKey, number | null>([
      ["LD_TONG@value", 40],
      ["DV_TONG@value", 30],
      ["TC_VU@value", 2],
      ["TC_NGUNGVIEC@value", 1],
    ]);
    const unit = { unitCode: "CU", unitName: "CĐCS cũ", level: "cdcs", datePrepared: "2026-06-05", sector: "Hợp tác xã" } as const;
    const bytes = await fileMadeBy(v3, "tk-3105-2026", unit, figures);
    const outcome = await mergeFiles(catalog, [{ name: "cu.xlsx", bytes }], { campaignId: "tk-3105-2026", mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((r) => [r.name, r.status])).toEqual([["cu.xlsx", "warnings"]]);
    const at = (key: string) => outcome.result.figures.get(key as FigureKey);
    expect([at("LD_TONG@value"), at("TC_VU@value"), at("TC_NGUNGVIEC@value"), at("CS_TONG@value"), at("CS_KHAC@value")]).toEqual([
      40, 2, 1, 1, 1,
    ]);
  });

  it("the congress-term campaign is rebuilt: 2023–2025, deadlines before the congresses they serve, after the plan of 29/8/2025", () => {
    expect(catalog.campaignDefs.some((c) => c.id === "nk-2021-2026")).toBe(false);
    const term = resolveCampaign(catalog.campaignDefs, "nk-2023-2025");
    if (!term.ok) throw new Error(render("en", term.error));
    const c = term.value;
    expect([c.baseYear, c.endYear]).toEqual([2023, 2025]);
    expect(c.deadlines.cdcs! > "2025-08-29" && c.deadlines.cdcs! < "2025-10-01").toBe(true); // commune congresses: 10/2025
    expect(c.deadlines.huyen! < "2025-12-01").toBe(true); // province congresses: 12/2025
    expect(c.deadlines.tinh! < "2026-12-31").toBe(true); // Đại hội XIV: 2026
    expect(c.source?.vi).toContain("29/8/2025");
    expect(JSON.stringify(c)).not.toMatch(/chúng tôi|suy ra/);
  });
});
