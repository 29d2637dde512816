/**
 * Definition version 5 (issue 22): the union's form numbers (mẫu 1-HĐCĐ / 2-HĐCĐ) became data of
 * campaign_levels, so the shipped definition's hash moved; version 4's files, as that release shipped
 * them, still merge (with the warning of an older version), their figures kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate } from "../../src/domain/layout";
import { catalogOfDefinition, faultMessage, resolveCampaign } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/workbook/merge";
import { catalog, DISTRICT } from "../merge/support";

describe("a file of definition version 4 (the form numbers not yet data)", () => {
  it("is merged by version 5 with a warning, its figures kept", async () => {
    const loaded = loadDefinition(
      JSON.parse(readFileSync(join(__dirname, "..", "forms", "fixtures", "definition-2026-v4.json"), "utf8")) as DefinitionSheets,
    );
    if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems));
    const built = catalogOfDefinition(loaded.definition);
    if (!built.ok) throw new Error(render("en", faultMessage(built.fault)));
    expect([built.value.form.version, catalog.form.version]).toEqual([4, 5]);
    expect(built.value.form.hash).not.toBe(catalog.form.hash);
    const old = resolveCampaign(built.value.campaignDefs, "tk-3011-2026");
    if (!old.ok) throw new Error(render("en", old.error));
    const figures = new Map<FigureKey, number | null>([
      ["LD_TONG@value", 40],
      ["DV_TONG@value", 30],
      ["TC_VU@value", 2],
    ]);
    const bytes = await writeWorkbook(
      buildTemplate({
        catalog: built.value,
        campaign: old.value,
        unit: { unitCode: "CU", unitName: "CĐCS năm trước", level: "cdcs", datePrepared: "2026-12-05", sector: "Hợp tác xã" },
        figures,
      }).plan,
    );
    const outcome = await mergeFiles(catalog, [{ name: "v4.xlsx", bytes }], { campaignId: "tk-3011-2026", mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.reason));
    expect(outcome.result.files.map((r) => [r.name, r.status])).toEqual([["v4.xlsx", "warnings"]]);
    const at = (key: string) => outcome.result.figures.get(key as FigureKey);
    expect([at("LD_TONG@value"), at("DV_TONG@value"), at("TC_VU@value")]).toEqual([40, 30, 2]);
  });

  it("a file claiming version 4 with a hash that is not version 4's is not merged as the shipped definition", async () => {
    const sheets = JSON.parse(readFileSync(join(__dirname, "..", "forms", "fixtures", "definition-2026-v4.json"), "utf8")) as {
      sheets: { name: string; rows: (string | number | null)[][] }[];
    };
    // One word changed in a title: the same id and version, another definition.
    const settings = sheets.sheets.find((s) => s.name === "settings")!;
    settings.rows[1]![2] = `${String(settings.rows[1]![2])} (sửa)`;
    const loaded = loadDefinition(sheets);
    const built = catalogOfDefinition(loaded.definition!);
    if (!built.ok) throw new Error(render("en", faultMessage(built.fault)));
    const old = resolveCampaign(built.value.campaignDefs, "tk-3011-2026");
    if (!old.ok) throw new Error(render("en", old.error));
    const bytes = await writeWorkbook(
      buildTemplate({ catalog: built.value, campaign: old.value, unit: { unitCode: "CU", unitName: "CĐCS", level: "cdcs" } }).plan,
    );
    const outcome = await mergeFiles(catalog, [{ name: "gia.xlsx", bytes }], { campaignId: "tk-3011-2026", mergingUnit: DISTRICT });
    // Nothing to consolidate: the one file is refused (the same file, unforged, merged in the test above).
    expect(outcome.ok).toBe(false);
  });
});
