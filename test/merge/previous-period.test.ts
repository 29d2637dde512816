/** merge --previous and --parent on real files: last period's consolidated workbook, this period's units, the flags, the comparison sheet. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { runMerge } from "../../src/cli/commands/merge";
import { readWorkbook } from "../../src/workbook/file/reader";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { breakdownOf } from "../../src/domain/merge";
import { readSubmission } from "../../src/domain/check";
import { beyondBand } from "../../src/domain/merge/previous-period";
import { captureIo } from "../support/cli-io";
import { catalog, DISTRICT, keysOf, unitWorkbook } from "./support";

jest.setTimeout(60_000);

const figs = (ld: number, dv: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", ld],
    ["LD_NU@value", Math.floor(ld / 2)],
    ["DV_TONG@value", dv],
    ["DV_NU@value", Math.floor(dv / 2)],
  ]);

describe("union-report merge --previous", () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ur-previous-"));
    const before = [
      { name: "a.xlsx", bytes: await unitWorkbook("CDCS-A", figs(3215, 3000), { name: "CĐCS Công ty A" }) },
      { name: "b.xlsx", bytes: await unitWorkbook("CDCS-B", figs(100, 90), { name: "CĐCS Trường B" }) },
      { name: "c.xlsx", bytes: await unitWorkbook("CDCS-C", figs(40, 30), { name: "CĐCS Xã C" }) },
    ];
    const last = await mergeFiles(catalog, before, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2025-06-15" });
    if (!last.ok) throw new Error("expected a merge");
    writeFileSync(join(dir, "ky-truoc.xlsx"), await writeWorkbook(last.plan));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.xlsx"), await unitWorkbook("CDCS-A", figs(12, 10), { name: "CĐCS Công ty A" }));
    writeFileSync(join(dir, "in", "b.xlsx"), await unitWorkbook("CDCS-B", figs(110, 95), { name: "CĐCS Trường B" }));
    writeFileSync(join(dir, "in", "d.xlsx"), await unitWorkbook("CDCS-D", figs(50, 45), { name: "CĐCS Bệnh viện D" }));
  });

  const run = async (out: string, extra: string[]) => {
    const cli = captureIo(dir);
    const code = await runMerge(
      [
        "in",
        "--campaign",
        "tk-3105-2026",
        "--out",
        out,
        "--unit-code",
        DISTRICT.code,
        "--unit-name",
        DISTRICT.name,
        "--level",
        "huyen",
        "--json",
        ...extra,
      ],
      { lang: "vi", io: cli.io },
    );
    return { code, report: JSON.parse(cli.out()), err: cli.err() };
  };

  it("flags a unit's change beyond the band on its card and in the register, adds the comparison sheet, lists units in one period only", async () => {
    const { code, report, err } = await run("nay.xlsx", ["--previous", "ky-truoc.xlsx", "--parent", "LĐLĐ tỉnh Điện Biên"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const byName = new Map<string, { reasons: { text: string }[] }>(report.files.map((f: { name: string }) => [f.name, f]));
    const texts = (name: string) => JSON.stringify(byName.get(name));
    expect(texts("a.xlsx")).toContain("Tổng số lao động: 12, kỳ trước 3.215 (giảm 99,6 %)");
    expect(texts("b.xlsx")).not.toContain("kỳ trước"); // 100 → 110 is within the band

    const bytes = new Uint8Array(readFileSync(join(dir, "nay.xlsx")));
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error("unreadable");
    const register = breakdownOf(read.value.workbook.names, keysOf());
    if (!register?.rows.ok) throw new Error("no register");
    const a = register.rows.value.find((r) => r.code === "CDCS-A")!;
    expect(a.warnings).toContain("Tổng số lao động: 12, kỳ trước 3.215 (giảm 99,6 %)");
    // --parent: the consolidated workbook names its upper level instead of leaving dots.
    const reading = readSubmission(catalog, read.value.workbook);
    expect(reading.submission?.identification.parent).toBe("LĐLĐ tỉnh Điện Biên");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("So sánh kỳ trước")!;
    expect(sheet).toBeDefined();
    const rows: unknown[][] = [];
    sheet.eachRow((row) =>
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v)),
      ),
    );
    const ld = rows.find((r) => r[0] === "Tổng số lao động")!;
    expect(ld.slice(1, 3)).toEqual([172, 3355]);
    expect(ld[3]).toEqual({ formula: expect.stringMatching(/^B(\d+)-C\1$/) }); // the change, recomputed where opened
    expect(String(ld[5])).toMatch(/^CĐCS Công ty A \(-3\.203\); CĐCS Bệnh viện D \(\+50\); CĐCS Xã C \(-40\)/);
    const flat = JSON.stringify(rows);
    expect(flat).toContain("CDCS-D – CĐCS Bệnh viện D");
    expect(flat).toContain("CDCS-C – CĐCS Xã C");
    // Still a consolidated submission one level up: the added sheet does not break it.
    const up = await mergeFiles(catalog, [{ name: "nay.xlsx", bytes }], {
      campaignId: "tk-3105-2026",
      mergingUnit: { code: "T", name: "Tỉnh", level: "tinh" },
    });
    expect(up.ok && up.result.files[0].status).not.toBe("rejected");
  });

  it("merges without the comparison, and says why, when the previous file is not a consolidated workbook", async () => {
    const { code, err, report } = await run("nay2.xlsx", ["--previous", join("in", "b.xlsx")]);
    expect(code).toBe(0);
    expect(err).toContain("Không dùng được tệp kỳ trước");
    expect(err).toContain("không phải báo cáo tổng hợp");
    expect(JSON.stringify(report)).not.toContain("kỳ trước");
  });

  it("judges the band both ways, and a rise from zero not at all", () => {
    expect(beyondBand(12, 3215, 3)).toBe(true);
    expect(beyondBand(301, 100, 3)).toBe(true);
    expect(beyondBand(300, 100, 3)).toBe(false);
    expect(beyondBand(34, 100, 3)).toBe(false);
    expect(beyondBand(33, 100, 3)).toBe(true);
    expect(beyondBand(0, 5, 3)).toBe(true);
    expect(beyondBand(5, 0, 3)).toBe(false);
  });
});
