/** The merge over real .xlsx bytes (our writer → fast reader → check engine), and the merge and demo commands in-process. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildTemplate } from "../../src/domain/layout";
import { readSubmission } from "../../src/domain/check";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { mergeFiles, loadRoster } from "../../src/app/merge";
import { render } from "../../src/domain/merge";
import { runMerge } from "../../src/cli/commands/merge";
import { runDemo } from "../../src/cli/commands/demo";
import type { CliIo } from "../../src/cli/commands";
import { campaign, catalog, DISTRICT, unitWorkbook } from "./support";

const figs = (dv: number, nu: number, money = 1.25) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", dv * 2],
    ["DV_TONG@value", dv],
    ["DV_NU@value", nu],
    ["LD_NU@value", dv],
    ["SK_GIATRI@value", money],
    ["SK_SO@value", 1],
  ]);

const unitBytes = (code: string, figures: Map<FigureKey, number | null>, campaignId = "tk-3105-2026") =>
  unitWorkbook(code, figures, { campaignId });

describe("mergeFiles over .xlsx files", () => {
  let files: { name: string; bytes: Uint8Array }[];
  beforeAll(async () => {
    files = [
      { name: "a.xlsx", bytes: await unitBytes("A", figs(10, 4, 0.1)) },
      { name: "b.xlsx", bytes: await unitBytes("B", figs(20, 5, 0.2)) },
      { name: "sai.xlsx", bytes: await unitBytes("C", figs(5, 9)) }, // DV_NU > DV_TONG: a rule error
      { name: "khac-ky.xlsx", bytes: await unitBytes("D", figs(1, 1), "tk-3011-2026") },
      { name: "rac.xlsx", bytes: new Uint8Array([1, 2, 3, 4]) },
    ];
  });

  it("accepts good files, rejects the others each with a reason, and never stops at a bad one", async () => {
    const progress: string[] = [];
    const outcome = await mergeFiles(catalog, files, {
      campaignId: "tk-3105-2026",
      mergingUnit: DISTRICT,
      onProgress: (n, total, name) => progress.push(`${n}/${total} ${name}`),
    });
    if (!outcome.ok) throw new Error("expected a merge");
    expect(outcome.result.files.map((f) => [f.name, f.status])).toEqual([
      ["a.xlsx", "accepted"],
      ["b.xlsx", "accepted"],
      ["sai.xlsx", "rejected"],
      ["khac-ky.xlsx", "rejected"],
      ["rac.xlsx", "rejected"],
    ]);
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(30);
    expect(outcome.result.figures.get("SK_GIATRI@value")).toBe(0.3);
    expect(outcome.result.files[2].reasons[0].key).toBe("merge.reject.errors");
    expect(outcome.result.files[3].reasons[0]).toMatchObject({
      key: "merge.reject.campaign",
      params: { theirsId: "tk-3011-2026", expectedId: "tk-3105-2026" },
    });
    expect(outcome.audit.passed).toBe(true);
    expect(progress[0]).toBe("0/5 a.xlsx");
    expect(progress).toContain("4/5 rac.xlsx");
  });

  it("refuses a file over the size limit without reading it, when its size is known", async () => {
    let read = false;
    const huge = { name: "qua-lon.xlsx", size: 3 * 1024 ** 3, read: async () => ((read = true), new Uint8Array(0)) };
    const outcome = await mergeFiles(catalog, [files[0], huge], { campaignId: "tk-3105-2026", mergingUnit: DISTRICT });
    if (!outcome.ok) throw new Error("expected a merge");
    expect(read).toBe(false);
    expect(outcome.result.files[1].status).toBe("rejected");
    expect(render("vi", outcome.result.files[1].reasons[0])).toContain("Tệp quá lớn");
  });

  it("rejects a workbook of another template version, naming the version", async () => {
    const { plan } = buildTemplate({
      catalog,
      campaign: campaign(),
      unit: { unitCode: "V", unitName: "CĐCS V", level: "cdcs", datePrepared: "2026-06-05" },
      figures: figs(1, 1),
    });
    const meta = plan.names.find((n) => n.name === "UR_META_TEMPLATE_VERSION")!;
    const newer = {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s.name !== meta.sheet ? s : { ...s, cells: s.cells.map((c) => (c.ref === meta.ref ? { ...c, value: 7 } : c)) },
      ),
    };
    const outcome = await mergeFiles(catalog, [files[0], { name: "v7.xlsx", bytes: await writeWorkbook(newer) }], {
      campaignId: "tk-3105-2026",
      mergingUnit: DISTRICT,
    });
    if (!outcome.ok) throw new Error("expected a merge");
    const report = outcome.result.files[1];
    expect(report.status).toBe("rejected");
    expect(render("vi", report.reasons[0])).toContain("7");
  });

  it("accepts rule errors as warnings when asked (--accept-errors)", async () => {
    const outcome = await mergeFiles(catalog, files.slice(0, 3), { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, acceptErrors: true });
    if (!outcome.ok) throw new Error("expected a merge");
    expect(outcome.result.files[2].status).toBe("warnings");
    expect(outcome.result.files[2].reasons[0].key).toBe("merge.warn.acceptedWithErrors");
    expect(outcome.result.figures.get("DV_TONG@value")).toBe(35);
  });

  it("never takes the campaign from the first readable file: one chosen, or the same in every file (test/merge/measure.test.ts)", async () => {
    const outcome = await mergeFiles(catalog, [files[4], files[3], files[0]], { mergingUnit: { ...DISTRICT, level: null } });
    expect(!outcome.ok && outcome.error.key).toBe("merge.outcome.measuresDisagree");
    const chosen = await mergeFiles(catalog, [files[4], files[3], files[0]], {
      campaignId: "tk-3011-2026",
      mergingUnit: { ...DISTRICT, level: null },
    });
    if (!chosen.ok) throw new Error("expected a merge");
    expect(chosen.result.campaign.id).toBe("tk-3011-2026");
    expect(chosen.result.mergingUnit.level).toBe("huyen");
  });

  it("stops between files when cancelled", async () => {
    const controller = new AbortController();
    const outcome = await mergeFiles(catalog, files, {
      campaignId: "tk-3105-2026",
      mergingUnit: DISTRICT,
      signal: controller.signal,
      onProgress: (n) => n === 1 && controller.abort(),
    });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.cancelled).toBe(true);
  });

  it("writes a consolidated workbook that reads back as a consolidated submission of the merging unit", async () => {
    const outcome = await mergeFiles(catalog, files, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" });
    if (!outcome.ok) throw new Error("expected a merge");
    const read = readWorkbook(await writeWorkbook(outcome.plan));
    if (!read.ok) throw new Error(render("en", read.error));
    const sub = readSubmission(catalog, read.value.workbook).submission!;
    expect(sub.kind).toBe("consolidated");
    expect(sub.identification.unitCode).toBe(DISTRICT.code);
    expect(sub.identification.datePrepared).toBe("2026-06-15");
    expect(sub.figures.get("DV_TONG@value")).toBe(30);
    expect(read.value.workbook.names.get("UR_BREAKDOWN")?.cells.length).toBe(3); // key row + 2 units
  });

  it("reads a roster from an .xlsx sheet", async () => {
    const { plan } = buildTemplate({ catalog, campaign: campaign() });
    const sheet = {
      ...plan.sheets[0],
      name: "DS",
      cells: [
        { ref: "A1", value: "Mã đơn vị" },
        { ref: "B1", value: "Tên đơn vị" },
        { ref: "C1", value: "Cấp" },
        { ref: "A2", value: "A" },
        { ref: "B2", value: "CĐCS A" },
        { ref: "C2", value: "cdcs" },
      ],
      merges: [],
      protect: false,
    };
    const bytes = await writeWorkbook({ ...plan, sheets: [sheet], names: [] });
    const r = loadRoster("ds.xlsx", bytes, "DS");
    expect(r.ok && r.value.units.map((u) => u.code)).toEqual(["A"]);
  });
});

function io(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd, env: {}, out, err };
}

describe("union-report merge", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ur-merge-"));
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    writeFileSync(join(dir, "in", "a.xlsx"), await unitBytes("A", figs(10, 4)));
    writeFileSync(join(dir, "in", "sub", "b.xlsx"), await unitBytes("B", figs(20, 5)));
    writeFileSync(join(dir, "in", "~$a.xlsx"), "lock");
    writeFileSync(join(dir, "roster.csv"), "Mã đơn vị,Tên đơn vị,Cấp\nA,CĐCS A,cdcs\nB,CĐCS B,cdcs\nC,CĐCS C,cdcs\n");
  });

  it("merges a folder, writes the workbook and exits 0", async () => {
    const cli = io(dir);
    const code = await runMerge(
      [
        "in",
        "--campaign",
        "tk-3105-2026",
        "--out",
        "out.xlsx",
        "--roster",
        "roster.csv",
        "--unit-code",
        "H1",
        "--unit-name",
        "LĐLĐ huyện",
        "--level",
        "huyen",
        "--json",
      ],
      { lang: "vi", io: cli },
    );
    expect(cli.err.join("")).toBe(`Bỏ qua 1 tệp ẩn, tệp khoá của Excel (~$) hoặc không phải tệp thường: ${join("in", "~$a.xlsx")}\n`);
    expect(code).toBe(0);
    const report = JSON.parse(cli.out.join(""));
    expect(report.summary).toMatchObject({ files: 2, accepted: 2, units: 2 });
    expect(report.roster.counts).toMatchObject({ expected: 3, submitted: 2, missing: 1 });
    expect(report.audit.passed).toBe(true);
    expect(readWorkbook(new Uint8Array(readFileSync(join(dir, "out.xlsx")))).ok).toBe(true);
  });

  it("still merges, without completeness, when the roster cannot be used, and says why", async () => {
    writeFileSync(join(dir, "khong-phai-danh-sach.csv"), "a,b\n1,2\n");
    const cli = io(dir);
    const code = await runMerge(
      [
        "in",
        "--campaign",
        "tk-3105-2026",
        "--out",
        "out2.xlsx",
        "--roster",
        "khong-phai-danh-sach.csv",
        "--unit-code",
        "H1",
        "--unit-name",
        "LĐLĐ huyện",
        "--json",
      ],
      { lang: "vi", io: cli },
    );
    expect(code).toBe(0);
    expect(cli.err.join("")).toContain('Không dùng được danh sách đơn vị "khong-phai-danh-sach.csv"');
    const report = JSON.parse(cli.out.join(""));
    expect(report.summary).toMatchObject({ files: 2, units: 2 });
    expect(report.roster).toBeNull();
  });

  it("exits 2 when nothing could be merged, and on a wrong command line", async () => {
    writeFileSync(join(dir, "rac.xlsx"), "not a workbook");
    const cli = io(dir);
    expect(await runMerge(["rac.xlsx", "--campaign", "tk-3105-2026", "--out", "x.xlsx"], { lang: "vi", io: cli })).toBe(2);
    expect(cli.out.join("")).toContain("Bị từ chối");
    const json = io(dir);
    expect(await runMerge(["rac.xlsx", "in", "--campaign", "tk-3105-2026", "--out", "z.xlsx", "--json"], { lang: "en", io: json })).toBe(0);
    const report = JSON.parse(json.out.join(""));
    // Scripts get the reason's code beside its text: the reader's own code, or the merge's message key.
    const rac = report.files.find((f: { name: string }) => f.name === "rac.xlsx");
    expect(rac.reasonCodes).toEqual(["reader.text"]); // "not a workbook" is plain text: told as such
    expect(rac.reasons).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain("x.xlsx");
    expect(await runMerge(["in"], { lang: "en", io: io(dir) })).toBe(2);
    expect(await runMerge(["in", "--out", "y.xlsx", "--level", "thôn"], { lang: "en", io: io(dir) })).toBe(2);
  });
});

describe("union-report demo", () => {
  it("generates the sample, merges it and prints the summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ur-demo-"));
    const cli = io(dir);
    const code = await runDemo(["--out", dir, "--json"], { lang: "vi", io: cli });
    expect(code).toBe(0);
    const report = JSON.parse(cli.out.join(""));
    expect(report.summary).toMatchObject({ files: 9, rejected: 3, duplicates: 1, units: 6 });
    expect(report.roster.counts).toMatchObject({ expected: 8, missing: 2, late: 1 });
    expect(report.audit.passed).toBe(true);
    // Each reason's code is the message's own code: a check issue's id, the merge's key; never a param
    // that happens to be called "code" (a unit's code once stood in for the duplicate's reason).
    const codes = new Map((report.files as { name: string; reasonCodes: string[] }[]).map((f) => [f.name, f.reasonCodes]));
    expect(codes.get("MA-005-lan-1.xlsx")).toEqual(["merge.file.duplicateOf"]);
    expect(codes.get("MA-003.xlsx")).toEqual(["merge.reject.errors", "DV_NU_LE_LD_NU@value", "PART_DV_NU_LE_DV_TONG@value"]);
    expect(codes.get("MA-007.xlsx")).toEqual(["merge.warn.undeclared", "merge.warn.peer", "merge.warn.peerMore"]);
  });
});
