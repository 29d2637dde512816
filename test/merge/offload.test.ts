/**
 * A large merge in the CLI judges part of its files on a second thread (commands/merge-offload.ts and
 * the built dist/cli/merge-worker.js). Whatever the split, the merge must be the one a single thread
 * gives: the same files in the same order, the same statuses, reasons and figures. And when the other
 * thread fails, its files are judged here instead of being lost.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { FigureKey } from "../../src/domain/submission";
import { judgeFile, judgeState, mergeFiles, type MergeOutcome, type Offload } from "../../src/app/merge";
import { fileInput, mergeOffload } from "../../src/cli/commands/merge-offload";
import { catalog, DISTRICT, figureEntries, unitWorkbook } from "./support";

const WORKER = join(resolve(__dirname, "..", ".."), "dist", "cli", "merge-worker.js");
const CAMPAIGN = "tk-3105-2026";

async function unitFile(dir: string, i: number): Promise<string> {
  const dv = 10 + i;
  // Every seventh file breaks a rule (women > members): rejected, wherever it falls in the split.
  const figures = new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_NU@value", i % 7 === 3 ? dv + 1 : i % dv],
    ["LD_NU@value", dv],
  ]);
  // Units 5 and 60 send the same code twice: the later date must win across the two threads.
  const code = i === 60 ? "U5" : `U${i}`;
  const path = join(dir, `f${String(i).padStart(3, "0")}.xlsx`);
  writeFileSync(path, await unitWorkbook(code, figures, { campaignId: CAMPAIGN, date: i === 60 ? "2026-06-07" : "2026-06-05" }));
  return path;
}

const summary = (outcome: MergeOutcome) => {
  if (!outcome.ok) throw new Error("expected a merge");
  return {
    files: outcome.result.files.map((f) => [f.index, f.name, f.status, f.unitCode, JSON.stringify(f.reasons)]),
    figures: figureEntries(outcome.result.figures),
    units: outcome.result.leaves.map((l) => [l.code, l.fileName]),
    dropped: outcome.result.dropped.map((d) => [d.kind, d.code, d.kept.fileName, d.dropped.fileName]),
    audit: outcome.audit.passed,
  };
};

describe("a merge judged on two threads", () => {
  let paths: string[];
  let single: ReturnType<typeof summary>;
  const merge = (offload?: Offload) =>
    mergeFiles(catalog, paths.map(fileInput), { campaignId: CAMPAIGN, mergingUnit: DISTRICT, today: "2026-06-15", offload });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "ur-offload-"));
    paths = [];
    for (let i = 0; i < 70; i++) paths.push(await unitFile(dir, i));
    writeFileSync(join(dir, "f070.xlsx"), "not a workbook");
    paths.push(join(dir, "f070.xlsx"));
    single = summary(await merge());
  }, 120_000);

  it("has something to prove: accepted, rejected and duplicate files on both sides of the split", () => {
    const statuses = new Set(single.files.map((f) => f[2]));
    expect(statuses).toEqual(new Set(["accepted", "rejected"]));
    expect(single.dropped).toEqual([["duplicate", "U5", "f060.xlsx", "f005.xlsx"]]);
    expect(single.audit).toBe(true);
  });

  it("gives the single-thread merge through the real worker thread (the built dist/cli/merge-worker.js)", async () => {
    const offload = mergeOffload(paths, CAMPAIGN, {}, WORKER, 2);
    expect(offload).toBeDefined();
    let handed: readonly number[] = [];
    const counted: Offload = { share: offload!.share, judge: (indices) => ((handed = indices), offload!.judge(indices)) };
    expect(summary(await merge(counted))).toEqual(single);
    // The other thread judged the files it asked for, a real part of them (how large a part is the offload's own choice).
    expect(handed.length).toBe(offload!.share(paths.length));
    expect(handed.length).toBeGreaterThan(0);
    expect(handed[handed.length - 1]).toBe(paths.length - 1);
  }, 60_000);

  it("gives the same merge for any share handed over, judged in-process", async () => {
    for (const share of [1, 35, 70, 71]) {
      const state = judgeState(catalog, CAMPAIGN);
      const inProcess: Offload = {
        share: () => share,
        judge: (indices) => Promise.all(indices.map((i) => judgeFile(i, fileInput(paths[i]), state, {}))),
      };
      expect(summary(await merge(inProcess))).toEqual(single);
    }
  }, 60_000);

  it("judges the files here when the other thread fails or answers short", async () => {
    const failing: Offload = { share: () => 30, judge: () => Promise.reject(new Error("worker crashed")) };
    expect(summary(await merge(failing))).toEqual(single);
    const short: Offload = { share: () => 30, judge: () => Promise.resolve([]) };
    expect(summary(await merge(short))).toEqual(single);
    const missingScript = mergeOffload(paths, CAMPAIGN, {}, join(tmpdir(), "no-such-worker.js"), 2);
    expect(missingScript).toBeUndefined();
  }, 60_000);

  it("is not used for a few files, where a thread's start costs more than it saves, nor on one core", () => {
    expect(mergeOffload(paths.slice(0, 10), CAMPAIGN, {}, WORKER, 2)).toBeUndefined();
    expect(mergeOffload(paths, CAMPAIGN, {}, WORKER, 1)).toBeUndefined();
  });
});
