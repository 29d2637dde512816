/**
 * Definition version 5 (issue 22): the union's form numbers (mẫu 1-HĐCĐ / 2-HĐCĐ) became data of
 * campaign_levels, so the shipped definition's hash moved; version 4's files, as that release shipped
 * them, still merge (with the warning of an older version), their figures kept.
 */
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { mergeFiles } from "../../src/app/merge";
import { catalog, DISTRICT } from "../merge/support";
import { catalogOfSheets, fileMadeBy, fixtureSheets } from "./older-definition";

const unit = { unitCode: "CU", unitName: "CĐCS năm trước", level: "cdcs", datePrepared: "2026-12-05", sector: "Hợp tác xã" } as const;

describe("a file of definition version 4 (the form numbers not yet data)", () => {
  it("is merged by version 5 with a warning, its figures kept", async () => {
    const v4 = catalogOfSheets(fixtureSheets("definition-2026-v4.json"));
    expect([v4.form.version, catalog.form.version]).toEqual([4, 5]);
    expect(v4.form.hash).not.toBe(catalog.form.hash);
    const figures = new Map<FigureKey, number | null>([
      ["LD_TONG@value", 40],
      ["DV_TONG@value", 30],
      ["TC_VU@value", 2],
    ]);
    const bytes = await fileMadeBy(v4, "tk-3011-2026", unit, figures);
    const outcome = await mergeFiles(catalog, [{ name: "v4.xlsx", bytes }], { campaignId: "tk-3011-2026", mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((r) => [r.name, r.status])).toEqual([["v4.xlsx", "warnings"]]);
    const at = (key: string) => outcome.result.figures.get(key as FigureKey);
    expect([at("LD_TONG@value"), at("DV_TONG@value"), at("TC_VU@value")]).toEqual([40, 30, 2]);
  });

  it("a file claiming version 4 with a hash that is not version 4's is not merged as the shipped definition", async () => {
    const sheets = fixtureSheets("definition-2026-v4.json");
    // One word changed in a title: the same id and version, another definition.
    const settings = sheets.sheets.find((s) => s.name === "settings")!;
    settings.rows[1]![2] = `${String(settings.rows[1]![2])} (sửa)`;
    const bytes = await fileMadeBy(catalogOfSheets(sheets as DefinitionSheets), "tk-3011-2026", unit);
    const outcome = await mergeFiles(catalog, [{ name: "gia.xlsx", bytes }], { campaignId: "tk-3011-2026", mergingUnit: DISTRICT });
    // Nothing to consolidate: the one file is refused (the same file, unforged, merged in the test above).
    expect(outcome.ok).toBe(false);
  });
});
