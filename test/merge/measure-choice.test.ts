/**
 * The officer's measure is chosen once, before any file is read (src/app/merge/measure-choice.ts), and a
 * thread judging a share of the files (judgeShare: the CLI's worker) rebuilds the same choice from plain data
 * and gives the verdicts this thread gives.
 */
import { catalogFromModel } from "../../src/domain/definition/catalog";
import { campaignToJson } from "../../src/domain/definition/campaign";
import { judgeFile, judgeShare, judgeState, type MergeFileInput } from "../../src/app/merge";
import { chooseMeasure, fixedMeasure } from "../../src/app/merge/measure-choice";
import type { FigureKey } from "../../src/domain/submission";
import { campaign, catalog, unitWorkbook } from "./support";

const ID = "tk-3105-2026";

/** The same definition, another object: the officer's choice, told apart from the shipped one by identity. */
function chosenDefinition() {
  const built = catalogFromModel(catalog.model);
  if (!built.ok) throw new Error("the shipped model must build");
  return built.value;
}

describe("the measure chosen upfront", () => {
  it("takes the shipped definition for a shipped campaign id when none is chosen", () => {
    const chosen = chooseMeasure(catalog, { campaignId: ` ${ID} ` });
    expect(chosen.definition).toBe(catalog);
    expect(chosen.measure?.campaign.id).toBe(ID);
    expect(chosen.measure?.catalog).toBe(catalog);
    expect(chosen.wanted).toBe(ID);
  });

  it("judges by the definition the officer chose, never the shipped one beside it", () => {
    const mine = chosenDefinition();
    const chosen = chooseMeasure(catalog, { campaignId: ID, definition: mine });
    expect(chosen.definition).toBe(mine);
    expect(chosen.measure?.catalog).toBe(mine);
  });

  it("fixes nothing but the campaign wanted when the id is not the shipped definition's: each file by its own until they agree", () => {
    expect(chooseMeasure(catalog, { campaignId: "ky-cua-tinh-2026" })).toEqual({
      definition: null,
      measure: null,
      wanted: "ky-cua-tinh-2026",
    });
    expect(chooseMeasure(catalog, {})).toEqual({ definition: null, measure: null, wanted: null });
  });

  it("reads a campaign spec by the shipped definition when none is chosen, spec and all", () => {
    const spec = campaign(ID);
    const chosen = chooseMeasure(catalog, { campaign: spec });
    expect(chosen.definition).toBe(catalog);
    expect(chosen.measure?.campaign).toBe(spec);
  });

  it("fixes a measure decided at the end as it is", () => {
    const decided = chooseMeasure(catalog, { campaignId: ID }).measure!;
    expect(fixedMeasure(decided)).toEqual({ definition: catalog, measure: decided, wanted: ID });
  });
});

describe("a share of the files judged elsewhere (judgeShare)", () => {
  let files: MergeFileInput[];
  beforeAll(async () => {
    const figures = (dv: number, women: number) =>
      new Map<FigureKey, number | null>([
        ["LD_TONG@value", dv * 2],
        ["DV_TONG@value", dv],
        ["DV_NU@value", women],
        ["LD_NU@value", dv],
      ]);
    files = [
      { name: "a.xlsx", bytes: await unitWorkbook("A", figures(10, 4)) },
      { name: "b.xlsx", bytes: await unitWorkbook("B", figures(10, 11)) }, // women > members: rejected
      { name: "c.xlsx", bytes: new TextEncoder().encode("not a workbook") },
    ];
  });

  const here = async (state: ReturnType<typeof judgeState>) => Promise.all(files.map((file, index) => judgeFile(index, file, state, {})));
  const shared = () => files.map((file, index) => ({ index, file }));

  it("gives this thread's verdicts for a campaign id", async () => {
    const verdicts = await judgeShare({ campaignId: ID }, shared(), {});
    expect(verdicts.map((v) => ("accepted" in v ? "accepted" : "rejected"))).toEqual(["accepted", "rejected", "rejected"]);
    expect(verdicts).toEqual(await here(judgeState(catalog, ID)));
  });

  it("rebuilds the chosen definition and campaign spec from plain data: files of another campaign are refused there too", async () => {
    const spec = campaign("tk-3011-2026");
    const verdicts = await judgeShare({ campaignId: null, definition: catalog.model, campaign: campaignToJson(spec) }, shared(), {});
    expect(verdicts.map((v) => ("accepted" in v ? "accepted" : v.rejected.reasons[0]?.key))).toEqual([
      "merge.reject.campaign",
      "merge.reject.campaign",
      "reader.text",
    ]);
    expect(verdicts).toEqual(await here(judgeState(catalog, null, chosenDefinition(), spec)));
  });

  it("throws on a definition that cannot be rebuilt (a defect: the merge's thread then judges those files itself)", async () => {
    const broken = { ...catalog.model, tables: [] };
    await expect(judgeShare({ campaignId: ID, definition: broken }, shared(), {})).rejects.toThrow();
  });
});
