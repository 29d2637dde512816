/**
 * The scenario: a unit file with the shipped campaign id tk-3105-2026 but an altered stored
 * definition (one table instead of four, a later deadline), read first, with no campaign chosen. The
 * merge must not adopt it: a shipped id always means the shipped definition.
 */
import { buildTemplate } from "../../src/domain/layout";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { render } from "../../src/domain/merge";
import { campaign, catalog, DISTRICT, unitWorkbook } from "../merge/support";

const figs = (dv: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_MOI@value", 2],
  ]);

describe("a file claiming a shipped campaign with another definition", () => {
  it("is rejected with a Vietnamese reason, and the merge keeps all five tables and the shipped deadlines", async () => {
    const shipped = campaign("tk-3105-2026");
    const altered = { ...shipped, tables: [shipped.tables[0]!], deadlines: { ...shipped.deadlines, cdcs: "2026-12-31" } };
    const forged = await writeWorkbook(
      buildTemplate({
        catalog,
        campaign: altered,
        unit: { unitCode: "X", unitName: "CĐCS X", level: "cdcs", datePrepared: "2026-06-20" },
        figures: figs(7),
      }).plan,
    );
    const files = [
      { name: "gia-mao.xlsx", bytes: forged },
      { name: "a.xlsx", bytes: await unitWorkbook("A", figs(10)) },
      { name: "b.xlsx", bytes: await unitWorkbook("B", figs(20)) },
    ];
    const outcome = await mergeFiles(catalog, files, { campaignId: null, mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error(`expected a merge, got ${render("en", outcome.error)}`);
    expect(outcome.result.campaign).toEqual(shipped);
    expect(outcome.result.campaign.tables).toHaveLength(5);
    const forgedReport = outcome.result.files.find((f) => f.name === "gia-mao.xlsx")!;
    expect(forgedReport.status).toBe("rejected");
    expect(forgedReport.reasons.map((r) => render("vi", r)).join(" ")).toMatch(/tk-3105-2026.*định nghĩa/);
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(30);
    expect(outcome.result.keys.some((k) => k.startsWith("CS_TONG@"))).toBe(true);
  });
});
