/**
 * Per-CĐCS warnings in the register (issue 12): a CĐCS's own check warnings and the peer outliers of
 * each merge go into the last column of its register row, "Cảnh báo", as Vietnamese text; they travel
 * up the hierarchy with the row, through real files, and the register still passes its self-audit on
 * read one level up. A register written before the column existed is still read.
 */
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { BREAKDOWN_NAME, type Level } from "../../src/domain/definition";
import { t } from "../../src/cli/strings";
import {
  BREAKDOWN_WARNINGS,
  MAX_WARNINGS_CHARS,
  breakdownOf,
  breakdownSheetName,
  consolidatedPlan,
  joinWarnings,
  readBreakdown,
} from "../../src/domain/merge";
import { jsonReport, textReport } from "../../src/cli/commands/merge-report";
import type { RawNamedRange } from "../../src/domain/raw";
import type { FigureKey } from "../../src/domain/submission";
import { catalog, keysOf, merge, planToRaw, unitFile, unitWorkbook, DISTRICT } from "./support";

jest.setTimeout(120_000);

const CAMPAIGN_ID = "tk-3105-2026";
const density = (members: number, workers: number) =>
  new Map<FigureKey, number>([
    ["LD_TONG@value", workers],
    ["DV_TONG@value", members],
  ]);

async function mergeTo(files: readonly { name: string; bytes: Uint8Array }[], code: string, level: Level, today: string) {
  const outcome = await mergeFiles(
    catalog,
    files.map((f) => ({ name: f.name, bytes: f.bytes })),
    { campaignId: CAMPAIGN_ID, mergingUnit: { code, name: `Đơn vị ${code}`, level }, today },
  );
  if (!outcome.ok) throw new Error(`merge ${code} failed: ${JSON.stringify(outcome.error)}`);
  return { outcome, file: { name: `${code}.xlsx`, bytes: await writeWorkbook(outcome.plan) } };
}

describe("per-CĐCS warnings in the register", () => {
  it("carry a CĐCS's own check warning from its file into its register row, up to the national register, with every self-audit passed", async () => {
    // A1: 10 members among 1,000 workers, outside the density band: a warning, not an error (the
    // district as a whole, 910 of 2,000, is inside it).
    const units = [
      { name: "A1.xlsx", bytes: await unitWorkbook("A1", density(10, 1000)) },
      { name: "B1.xlsx", bytes: await unitWorkbook("B1", density(900, 1000)) },
    ];
    const district = await mergeTo(units, "H1", "huyen", "2026-06-10");
    const warning = district.outcome.result.files[0].reasons;
    expect(district.outcome.result.files[0].status).toBe("warnings");
    const leafA = district.outcome.result.leaves.find((l) => l.code === "A1")!;
    expect(leafA.warnings).not.toBe("");
    expect(leafA.warnings).toContain("Tỷ lệ đoàn viên");
    expect(district.outcome.result.leaves.find((l) => l.code === "B1")!.warnings).toBe("");
    expect(warning.length).toBe(1);

    const province = await mergeTo([district.file], "T1", "tinh", "2026-06-15");
    expect(province.outcome.audit.passed).toBe(true);
    // The district's file is accepted without a line for A1: its warning is in the row, not in the lines.
    expect(province.outcome.result.files[0]).toMatchObject({ status: "accepted", reasons: [] });
    expect(province.outcome.result.leaves.find((l) => l.code === "A1")!.warnings).toBe(leafA.warnings);

    const national = await mergeTo([province.file], "TLD", "tw", "2026-06-20");
    expect(national.outcome.audit.passed).toBe(true);
    expect(national.outcome.result.files[0].status).toBe("accepted");
    const top = national.outcome.result.leaves.find((l) => l.code === "A1")!;
    expect(top).toMatchObject({ via: "T1 › H1", warnings: leafA.warnings });
    expect(national.outcome.result.figures.get("DV_TONG@value")).toBe(910);

    // The CLI counts the warned units in one line, and --json gives each unit's warnings.
    const text = textReport("vi", national.outcome, "tong-hop.xlsx");
    expect(text).toContain(t("vi", "merge.cli.unitWarnings", { count: 1, sheet: breakdownSheetName() }));
    expect(text).not.toContain("Tỷ lệ đoàn viên");
    const json = JSON.parse(jsonReport("vi", national.outcome, null)) as { units: { code: string; warnings: string }[] };
    expect(json.units.find((u) => u.code === "A1")?.warnings).toBe(leafA.warnings);
    expect(json.units.find((u) => u.code === "B1")?.warnings).toBe("");
  });

  it("names a CĐCS that declared no sector in its row", () => {
    const result = merge(
      [unitFile({ code: "X1", name: "CĐCS X1", sector: null, figures: density(60, 100) }, undefined, "x1.xlsx", 0)],
      DISTRICT,
    );
    // By the field's name on the form, never its code.
    expect(result.leaves[0].warnings).toBe(t("vi", "merge.warn.undeclared", { field: "Loại hình" }));
    expect(result.leaves[0].warnings).not.toContain("LOAI_HINH");
  });

  it("is the register's last column, keyed WARNINGS, text as written (a formula stays text)", () => {
    const result = merge([unitFile({ code: "A1", name: "CĐCS A1", figures: density(60, 100) }, undefined, "a1.xlsx", 0)], DISTRICT);
    const hostile = { ...result, leaves: result.leaves.map((l) => ({ ...l, warnings: '=HYPERLINK("http://x","y")' })) };
    const plan = consolidatedPlan(catalog, hostile, "2026-06-10").plan;
    const raw = planToRaw(plan);
    const range = raw.names.get(BREAKDOWN_NAME)!;
    const header = range.cells[0].map((c) => c.value);
    expect(header[header.length - 1]).toBe(BREAKDOWN_WARNINGS);
    const read = breakdownOf(raw.names, keysOf());
    expect(read?.rows.ok && read.rows.value[0].warnings).toBe('=HYPERLINK("http://x","y")');
  });

  it("reads a register written before the column existed, its units without warnings", () => {
    const result = merge([unitFile({ code: "A1", name: "CĐCS A1", figures: density(60, 100) }, undefined, "a1.xlsx", 0)], DISTRICT);
    const range = planToRaw(consolidatedPlan(catalog, result, "2026-06-10").plan).names.get(BREAKDOWN_NAME)!;
    const older: RawNamedRange = { ...range, cells: range.cells.map((row) => row.slice(0, -1)) };
    expect(older.cells[0].map((c) => c.value)).not.toContain(BREAKDOWN_WARNINGS);
    const read = readBreakdown(older, keysOf());
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.map((r) => [r.code, r.warnings])).toEqual([["A1", ""]]);
  });

  it("keeps a cell readable: distinct warnings once each, cut with … past the limit", () => {
    expect(joinWarnings(["a", "", "b", "a"])).toBe("a | b");
    const long = joinWarnings([`${"x".repeat(MAX_WARNINGS_CHARS)}`, "y"]);
    expect(long).toHaveLength(MAX_WARNINGS_CHARS);
    expect(long.endsWith("…")).toBe(true);
  });
});
