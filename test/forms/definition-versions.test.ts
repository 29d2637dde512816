/**
 * A later version of a definition may only add codes: files of an earlier one it declares
 * (settings!previous_versions) still merge by it, their new codes not reported, and every file is
 * checked by its rules. An earlier version it does not declare — a forged "v1 without rules" — is
 * refused, naming both.
 */
import { definitionFromSheets } from "../../src/domain/definition/definition-catalog";
import { buildTemplate } from "../../src/domain/layout";
import { render } from "../../src/domain/merge";
import { resolveCampaign, type Definition } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { addRow, rowsOf, setCell, shippedCopy } from "./definition-edit";
import { DISTRICT } from "../merge/support";

function province(
  version: number,
  extra: boolean,
  formId = "ldld-dien-bien",
  options: { previous?: string[]; noRules?: boolean } = {},
): Definition {
  const sheets = shippedCopy();
  rowsOf(sheets, "settings")[1]![0] = formId;
  rowsOf(sheets, "settings")[1]![1] = version;
  if (options.previous) setCell(sheets, "settings", "form_id", formId, "previous_versions", options.previous.join(",\n"));
  if (options.noRules) rowsOf(sheets, "rules").splice(1);
  if (extra)
    addRow(sheets, "indicators", {
      table_id: "B01",
      code: "DV_TREN35",
      label_vi: "Đoàn viên trên 35 tuổi",
      unit_vi: "người",
      type: "whole",
      kind: "stock",
      parent: "DV_TONG",
    });
  rowsOf(sheets, "campaigns").splice(1);
  addRow(sheets, "campaigns", { campaign_id: "db-3105", kind: "periodic", title_vi: "Báo cáo 6 tháng {year}", as_of: "31/5" });
  rowsOf(sheets, "campaign_levels").splice(1);
  addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "cdcs", deadline: "10/6", tables: "LD, B01" });
  const loaded = definitionFromSheets(sheets);
  if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems));
  return loaded.definition;
}

async function unit(catalog: Definition, code: string, figures: [FigureKey, number][]): Promise<{ name: string; bytes: Uint8Array }> {
  const campaign = resolveCampaign(catalog.campaignDefs, "db-3105-2026");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  const plan = buildTemplate({
    catalog,
    campaign: campaign.value,
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-06-05" },
    figures: new Map(figures),
  }).plan;
  return { name: `${code}.xlsx`, bytes: await writeWorkbook(plan) };
}

describe("versions of one definition", () => {
  const v1 = province(1, false);
  const v2 = province(2, true, "ldld-dien-bien", { previous: [v1.form.hash] });
  const stranger = province(3, true, "ldld-lai-chau");

  it("accepts a file of the older version with a warning, its new code counted as not reported; refuses another form", async () => {
    const files = [
      await unit(v2, "A", [
        ["DV_TONG@value", 10],
        ["DV_TREN35@value", 4],
      ]),
      await unit(v1, "B", [["DV_TONG@value", 20]]),
      await unit(stranger, "C", [["DV_TONG@value", 30]]),
    ];
    const outcome = await mergeFiles(v2, files, { campaignId: "db-3105-2026", definition: v2, mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((f) => [f.name, f.status])).toEqual([
      ["A.xlsx", "accepted"],
      ["B.xlsx", "warnings"],
      ["C.xlsx", "rejected"],
    ]);
    expect(render("vi", outcome.result.files[1]!.reasons[0]!)).toContain(
      "phiên bản cũ của định nghĩa (ldld-dien-bien v1, đang dùng ldld-dien-bien v2)",
    );
    // Read by the definition chosen, never by the one it carries: refused for carrying another definition.
    expect(outcome.result.files[2]!.reasons.map((r) => r.code)).toEqual(["template:definition"]);
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(30);
    expect(outcome.result.figures.get("DV_TREN35@value")).toBe(4);
    expect(outcome.result.counts.get("DV_TREN35@value")).toEqual({ reported: 1, blank: 1 });
  });

  it("refuses a file of the newer version when merging by the older one", async () => {
    const outcome = await mergeFiles(v1, [await unit(v1, "B", [["DV_TONG@value", 20]]), await unit(v2, "A", [["DV_TONG@value", 10]])], {
      campaignId: "db-3105-2026",
      definition: v1,
      mergingUnit: DISTRICT,
    });
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    expect(outcome.result.files.map((f) => f.status)).toEqual(["accepted", "rejected"]);
  });

  describe("a forged version 1 without rules (same form id and codes)", () => {
    const forged = province(1, false, "ldld-dien-bien", { noRules: true });
    // 999 members among 100 workers: the rule DV_TONG ≤ LD_TONG of the chosen version is an error.
    const impossible: [FigureKey, number][] = [
      ["LD_TONG@value", 100],
      ["DV_TONG@value", 999],
    ];
    const honest = async () => [
      await unit(v2, "A", [
        ["LD_TONG@value", 100],
        ["DV_TONG@value", 60],
      ]),
      await unit(v2, "C", [
        ["LD_TONG@value", 50],
        ["DV_TONG@value", 40],
      ]),
    ];

    it("is refused when the chosen definition does not declare it, naming both; the honest figures are unchanged", async () => {
      const files = [await unit(forged, "F", impossible), ...(await honest())];
      const outcome = await mergeFiles(v2, files, { campaignId: "db-3105-2026", definition: v2, mergingUnit: DISTRICT });
      if (!outcome.ok) throw new Error(render("en", outcome.error));
      const report = outcome.result.files[0]!;
      expect(report.status).toBe("rejected");
      expect(report.reasons[0]!.key).toBe("merge.reject.undeclaredVersion");
      const text = render("vi", report.reasons[0]!);
      expect(text).toContain(`ldld-dien-bien v1 #${forged.form.hash.slice(0, 8)}`);
      expect(text).toContain(`ldld-dien-bien v2 #${v2.form.hash.slice(0, 8)}`);
      expect(outcome.result.figures.get("DV_TONG@value")).toBe(100);
      expect(outcome.result.figures.get("LD_TONG@value")).toBe(150);
    });

    it("without a definition chosen, stops: the forged version is a measure of its own, not folded into v2", async () => {
      const outcome = await mergeFiles(v2, [await unit(forged, "F", impossible), ...(await honest())], { mergingUnit: DISTRICT });
      expect(!outcome.ok && outcome.error.key).toBe("merge.outcome.measuresDisagree");
      expect(!outcome.ok && outcome.measures!.map((m) => [m.info.formVersion, m.files])).toEqual([
        [2, ["A.xlsx", "C.xlsx"]],
        [1, ["F.xlsx"]],
      ]);
    });

    it("even when declared, is checked by the chosen version's rules: 999 members among 100 workers is rejected", async () => {
      const trusting = province(2, true, "ldld-dien-bien", { previous: [forged.form.hash] });
      const outcome = await mergeFiles(
        trusting,
        [
          await unit(forged, "F", impossible),
          await unit(forged, "G", [
            ["LD_TONG@value", 100],
            ["DV_TONG@value", 90],
          ]),
        ],
        { campaignId: "db-3105-2026", definition: trusting, mergingUnit: DISTRICT },
      );
      if (!outcome.ok) throw new Error(render("en", outcome.error));
      expect(outcome.result.files.map((f) => [f.name, f.status, f.reasons[0]?.key])).toEqual([
        ["F.xlsx", "rejected", "merge.reject.errors"],
        ["G.xlsx", "warnings", "merge.warn.olderDefinition"],
      ]);
      expect(outcome.result.files[0]!.reasons.map((r) => r.code)).toContain("DV_TONG_LE_LD_TONG@value");
      // And with no definition chosen, the declared older files are folded into v2 and judged again by its rules.
      const agreed = await mergeFiles(
        trusting,
        [
          await unit(forged, "F", impossible),
          await unit(trusting, "A", [
            ["LD_TONG@value", 100],
            ["DV_TONG@value", 60],
          ]),
        ],
        { mergingUnit: DISTRICT },
      );
      if (!agreed.ok) throw new Error(render("en", agreed.error));
      expect(agreed.measure.formVersion).toBe(2);
      expect(agreed.result.files.map((f) => [f.name, f.status])).toEqual([
        ["F.xlsx", "rejected"],
        ["A.xlsx", "accepted"],
      ]);
    });
  });

  it("forms check refuses a previous_versions cell that is not a list of hashes, at its cell", () => {
    const sheets = shippedCopy();
    rowsOf(sheets, "settings")[1]![0] = "ldld-dien-bien";
    const at = setCell(sheets, "settings", "form_id", "ldld-dien-bien", "previous_versions", `${v1.form.hash}, 12345`);
    rowsOf(sheets, "campaigns").splice(1);
    addRow(sheets, "campaigns", { campaign_id: "db-3105", kind: "periodic", title_vi: "Báo cáo 6 tháng {year}", as_of: "31/5" });
    rowsOf(sheets, "campaign_levels").splice(1);
    addRow(sheets, "campaign_levels", { campaign_id: "db-3105", level: "cdcs", deadline: "10/6", tables: "LD, B01" });
    const loaded = definitionFromSheets(sheets);
    expect(loaded.definition).toBeNull();
    const problem = loaded.problems.find((p) => p.code === "forms.settings.previousVersions")!;
    expect(problem.sheet).toBe("settings");
    expect(problem.cell).toMatch(new RegExp(`^[A-Z]+${at}$`));
    expect(render("vi", { code: problem.code, key: problem.key, params: problem.params })).toContain('"12345" không phải mã băm SHA-256');
  });

  it("declares its earlier versions inside its identity: the declaration changes the hash, and travels in the carried model", () => {
    const plain = province(2, true);
    expect(plain.form.hash).not.toBe(v2.form.hash);
    expect(v2.model.form.previousVersions).toEqual([v1.form.hash]);
  });
});
