/**
 * One measure per merge (definition + campaign, a custom campaign's whole spec included), chosen by the
 * officer or agreed by every file, never taken from the first file: a forged copy of a custom campaign in
 * one file changes nothing for the honest files, with or without options.
 */
import { buildTemplate } from "../../src/domain/layout";
import { customReviewCampaign, type Campaign } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles, type MergeOutcome } from "../../src/app/merge";
import { auditLine, render } from "../../src/domain/merge";
import { rosterFromRows } from "../../src/domain/merge";
import { campaign, catalog, DISTRICT, unitWorkbook } from "./support";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMerge } from "../../src/cli/commands/merge";
import { captureIo } from "../support/cli-io";

const figs = (dv: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_NU@value", 1],
    ["LD_NU@value", dv],
  ]);

function customCampaign(): Campaign {
  const review = catalog.campaignDefs.find((d) => d.kind === "review")!;
  const made = customReviewCampaign(
    { title: "Tổng kết 5 năm phong trào thi đua", baseYear: 2021, endYear: 2025, deadlines: { cdcs: "2026-03-15", huyen: "2026-03-30" } },
    { tables: catalog.tables.map((t) => t.id), plausibility: review.plausibility },
  );
  if (!made.ok) throw new Error(render("en", made.error));
  return made.value;
}

async function fileFor(code: string, c: Campaign, date = "2026-03-10"): Promise<{ name: string; bytes: Uint8Array }> {
  const unit = {
    unitCode: code,
    unitName: `CĐCS ${code}`,
    level: "cdcs" as const,
    datePrepared: date,
    sector: "Doanh nghiệp ngoài nhà nước",
  };
  return {
    name: `${code}.xlsx`,
    bytes: await writeWorkbook(buildTemplate({ catalog, campaign: c, unit, figures: figs(10 + code.charCodeAt(0)) }).plan),
  };
}

const roster = () => {
  const r = rosterFromRows([
    ["Mã đơn vị", "Tên đơn vị", "Cấp"],
    ["A", "CĐCS A", "cdcs"],
    ["B", "CĐCS B", "cdcs"],
    ["C", "CĐCS C", "cdcs"],
    ["F", "CĐCS F", "cdcs"],
  ]);
  if (!r.ok) throw new Error("roster");
  return r.value;
};

const agreedAudit = (outcome: MergeOutcome) => ok(outcome).audit;

const ok = (outcome: MergeOutcome) => {
  if (!outcome.ok) throw new Error(`expected a merge: ${render("en", outcome.error)}`);
  return outcome;
};

describe("a custom campaign copy edited in one file", () => {
  const honest = customCampaign();
  // Same id, its copy edited: tables cut to LD, deadlines moved to 1/1/2025, a forged title.
  const forged: Campaign = {
    ...honest,
    tables: ["LD"],
    deadlines: { cdcs: "2025-01-01", huyen: "2025-01-01" },
    title: { vi: "TỔNG KẾT GIẢ MẠO", en: "FORGED" },
  };
  let files: { name: string; bytes: Uint8Array }[];
  let reference: Extract<MergeOutcome, { ok: true }>;
  beforeAll(async () => {
    // The forged file sorted first, as in the report.
    files = [await fileFor("F", forged), await fileFor("A", honest), await fileFor("B", honest), await fileFor("C", honest)];
    reference = ok(
      await mergeFiles(catalog, files.slice(1), { campaign: honest, mergingUnit: DISTRICT, roster: roster(), today: "2026-03-20" }),
    );
  });

  it("without options, stops before merging and lists both measures, the honest majority first", async () => {
    const outcome = await mergeFiles(catalog, files, { mergingUnit: DISTRICT, roster: roster() });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.key).toBe("merge.outcome.measuresDisagree");
    expect(outcome.measures!.map((m) => [m.info.campaignTitle.vi, m.files])).toEqual([
      [honest.title.vi, ["A.xlsx", "B.xlsx", "C.xlsx"]],
      ["TỔNG KẾT GIẢ MẠO", ["F.xlsx"]],
    ]);
    expect(outcome.measures![1]!.info.tables).toEqual(["LD"]);
  });

  it("with --campaign <its id> only, still stops: the id does not say which copy", async () => {
    const outcome = await mergeFiles(catalog, files, { campaignId: honest.id, mergingUnit: DISTRICT });
    expect(!outcome.ok && outcome.error.key).toBe("merge.outcome.measuresDisagree");
  });

  for (const [how, options] of [
    ["the campaign file (--campaign-file)", () => ({ campaign: honest })],
    ["the measure picked from the list (--measure)", () => ({ measureId: "" })],
  ] as const) {
    it(`chosen by ${how}: the forged file is rejected, the honest files' figures, tables and deadlines are as without it`, async () => {
      let chosen: { campaign?: Campaign; measureId?: string } = options();
      if ("measureId" in chosen) chosen = { measureId: reference.measure.id.slice(0, 12) };
      const outcome = ok(await mergeFiles(catalog, files, { ...chosen, mergingUnit: DISTRICT, roster: roster(), today: "2026-03-20" }));
      const forgedReport = outcome.result.files.find((f) => f.name === "F.xlsx")!;
      expect(forgedReport.status).toBe("rejected");
      expect(forgedReport.reasons[0]!.key).toBe("merge.reject.campaignAltered");
      expect(render("vi", forgedReport.reasons[0]!)).toContain(honest.id);
      expect(outcome.measure.id).toBe(reference.measure.id);
      expect(outcome.result.campaign.tables).toEqual(honest.tables);
      expect(outcome.result.campaign.deadlines).toEqual(honest.deadlines);
      expect([...outcome.result.figures]).toEqual([...reference.result.figures]);
      // Nobody is marked late by the forged 1/1/2025 deadline.
      expect(outcome.result.roster!.counts.late).toBe(0);
      expect(outcome.result.roster!.counts.submitted).toBe(3);
      expect(outcome.result.files.filter((f) => f.status !== "rejected").map((f) => f.name)).toEqual(["A.xlsx", "B.xlsx", "C.xlsx"]);
    });
  }

  it("in the CLI: without options exit 2 with the measures and the option that picks each; --campaign-file KY.json merges the honest files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "measure-cli-"));
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(
      join(dir, "KY.json"),
      JSON.stringify({
        title: "Tổng kết 5 năm phong trào thi đua",
        baseYear: 2021,
        endYear: 2025,
        deadlines: { cdcs: "2026-03-15", huyen: "2026-03-30" },
      }),
    );
    const run = async (...args: string[]) => {
      const c = captureIo(dir);
      const code = await runMerge(
        ["A.xlsx", "B.xlsx", "C.xlsx", "F.xlsx", "--out", "tong-hop.xlsx", "--unit-code", "H1", "--unit-name", "LĐLĐ huyện", ...args],
        { lang: "vi", io: c.io },
      );
      return { code, out: c.out(), err: c.err() };
    };
    const stopped = await run();
    expect(stopped.code).toBe(2);
    expect(stopped.out).toContain("Các loại định nghĩa + kỳ báo cáo có trong các tệp (nhiều tệp nhất trước):");
    expect(stopped.out).toMatch(
      new RegExp(
        `3 tệp · biểu mẫu tld-bieu-01-04 v\\d+ · kỳ "${honest.title.vi}" \\(${honest.id}\\), kỳ riêng: biểu [^;]+; hạn nộp cdcs 15/03/2026, huyen 30/03/2026 · mã ${reference.measure.id.slice(0, 12)}\\n\\s+chọn: --measure ${reference.measure.id.slice(0, 12)}\\n`,
      ),
    );
    expect(stopped.out).toMatch(/1 tệp · [^\n]*"TỔNG KẾT GIẢ MẠO"[^\n]*biểu LD; hạn nộp cdcs 01\/01\/2025/);
    const chosen = await run("--campaign-file", "KY.json", "--json");
    expect(chosen.err).toBe("");
    expect(chosen.code).toBe(0);
    const report = JSON.parse(chosen.out) as { measure: { id: string }; files: { name: string; status: string; reasonCodes: string[] }[] };
    expect(report.measure.id).toBe(reference.measure.id);
    expect(report.files.map((f) => [f.name, f.status, f.reasonCodes[0] ?? ""])).toEqual([
      ["A.xlsx", "accepted", ""],
      ["B.xlsx", "accepted", ""],
      ["C.xlsx", "accepted", ""],
      ["F.xlsx", "rejected", "merge.reject.campaignAltered"],
    ]);
  });

  it("a measure id that no file carries stops the merge with the list", async () => {
    const outcome = await mergeFiles(catalog, files, { measureId: "0000000000000000", mergingUnit: DISTRICT });
    expect(!outcome.ok && outcome.error.key).toBe("merge.outcome.measureNotFound");
    expect(!outcome.ok && outcome.measures?.length).toBe(2);
  });
});

describe("files with the day they were received (the page's File.lastModified, the CLI's mtime)", () => {
  it("a measure picked at the end still rejects the files of the other measure", async () => {
    const arrived = new Date("2026-06-05T10:00:00").getTime();
    const may = [await unitWorkbook("A", figs(10)), await unitWorkbook("B", figs(20))];
    const nov = await unitWorkbook("D", figs(1), { campaignId: "tk-3011-2026" });
    const named = [
      { name: "d-thang-11.xlsx", bytes: nov, lastModified: arrived },
      { name: "a.xlsx", bytes: may[0]!, lastModified: arrived },
      { name: "b.xlsx", bytes: may[1]!, lastModified: arrived },
    ];
    const stopped = await mergeFiles(catalog, named, { mergingUnit: { ...DISTRICT, level: null } });
    if (stopped.ok) throw new Error("files of two measures merged without a choice");
    const majority = stopped.measures![0]!.info.id;
    const picked = ok(await mergeFiles(catalog, named, { measureId: majority.slice(0, 12), mergingUnit: { ...DISTRICT, level: null } }));
    expect(picked.result.summary).toMatchObject({ accepted: 2, rejected: 1 });
    expect(picked.result.files.find((f) => f.name === "d-thang-11.xlsx")!.status).toBe("rejected");
  });
});

describe("no campaign chosen, files of two shipped campaigns", () => {
  it("stops whatever the order of the files, the majority first, and merges by the campaign picked", async () => {
    const may = [await unitWorkbook("A", figs(10)), await unitWorkbook("B", figs(20))];
    const nov = await unitWorkbook("D", figs(1), { campaignId: "tk-3011-2026" });
    const named = [
      { name: "d-thang-11.xlsx", bytes: nov },
      { name: "a.xlsx", bytes: may[0]! },
      { name: "b.xlsx", bytes: may[1]! },
    ];
    for (const order of [named, [...named].reverse()]) {
      const outcome = await mergeFiles(catalog, order, { mergingUnit: { ...DISTRICT, level: null } });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.measures!.map((m) => [m.info.campaignId, m.files.length])).toEqual([
        ["tk-3105-2026", 2],
        ["tk-3011-2026", 1],
      ]);
    }
    const picked = ok(await mergeFiles(catalog, named, { campaignId: "tk-3011-2026", mergingUnit: { ...DISTRICT, level: null } }));
    expect(picked.result.campaign.id).toBe("tk-3011-2026");
    expect(picked.result.summary).toMatchObject({ accepted: 1, rejected: 2 });
    expect(picked.definitionFromFiles).toBe(false);
    // Most files rejected: the self-audit's line says so first, in the report and in the workbook.
    const line = auditLine("vi", picked.audit, picked.result.files);
    expect(line).toMatch(/^CHÚ Ý: 2\/3 tệp bị từ chối — lý do chính: 2 tệp: Tệp thuộc kỳ báo cáo khác: .*Tự kiểm tra: ĐẠT/);
    const written = picked.plan.sheets
      .flatMap((sheet) => sheet.cells.map((cell) => cell.value))
      .filter((v): v is string => typeof v === "string" && v.includes("Tự kiểm tra"));
    expect(written.length).toBeGreaterThan(0);
    for (const text of written) expect(text.startsWith("CHÚ Ý: 2/3 tệp bị từ chối")).toBe(true);
    expect(auditLine("vi", agreedAudit(await mergeFiles(catalog, named.slice(1), { mergingUnit: { ...DISTRICT, level: null } })))).toMatch(
      /^Tự kiểm tra: ĐẠT/,
    );
    const agreed = ok(await mergeFiles(catalog, named.slice(1), { mergingUnit: { ...DISTRICT, level: null } }));
    expect(agreed.result.campaign.id).toBe(campaign().id);
    expect(agreed.definitionFromFiles).toBe(true);
  });
});
