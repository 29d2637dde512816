/**
 * Adding a table and a campaign is a definition change, loaded at run time, with no code naming them:
 * a province's definition workbook (a new Biểu 05 "Tiền lương, việc làm" with a weighted average and
 * a "trong đó" part, a new campaign) → forms check → template → filled by units → validate → merge,
 * all from the CLI, on real .xlsx files.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { readWorkbook } from "../../src/workbook/file/reader";
import { cellName } from "../../src/domain/definition";
import { inlineText, numberCell, setNamedCell } from "../corpus/xlsx-edit";
import { unzipParts, zipParts } from "../corpus/zip-kit";
import { unitWorkbook } from "../merge/support";
import { writeDefinitionXlsx } from "./definition-file";
import { provinceDefinition } from "./province";
import { captureIo } from "../support/cli-io";
import { render } from "../../src/domain/i18n/message";

const io = (cwd: string) => captureIo(cwd);

/** A unit's template, filled the way a preparer types: figures into the named cells, and the date. */
function fill(path: string, figures: Record<string, number>): void {
  const parts = unzipParts(new Uint8Array(readFileSync(path)));
  for (const [code, value] of Object.entries(figures)) setNamedCell(parts, cellName(code, "value"), numberCell(value));
  setNamedCell(parts, "UR_ID_DATE", inlineText("05/06/2026"));
  writeFileSync(path, zipParts(parts));
}

function namedNumber(path: string, name: string): unknown {
  const read = readWorkbook(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(render("en", read.error));
  return read.value.workbook.names.get(name)?.cells[0]?.[0]?.value;
}

describe("a definition loaded at run time", () => {
  const dir = mkdtempSync(join(tmpdir(), "forms-runtime-"));
  const cli = async (...args: string[]) => {
    const c = io(dir);
    const code = await run(args, c.io);
    return { code, out: c.out(), err: c.err() };
  };

  beforeAll(async () => {
    await writeDefinitionXlsx(join(dir, "dinh-nghia.xlsx"), provinceDefinition());
  });

  it("is checked, lists its campaign, and makes templates with the new table", async () => {
    expect(await cli("forms", "check", "dinh-nghia.xlsx")).toMatchObject({ code: 0 });
    const campaigns = await cli("campaigns", "--forms", "dinh-nghia.xlsx", "--year", "2026", "--json");
    expect((JSON.parse(campaigns.out) as { id: string }[]).map((c) => c.id)).toEqual(["db-3105-2026"]);
    const codes = await cli("codes", "--forms", "dinh-nghia.xlsx", "--campaign", "db-3105-2026", "--json");
    const cells = (JSON.parse(codes.out) as { cells: { code: string; sheet: string; column: string }[] }).cells;
    expect(cells.filter((c) => c.code === "DB_TL_BQ" && c.column === "value").map((c) => c.sheet)).toEqual(["Biểu 05"]);
    for (const [code, name] of [
      ["A", "CĐCS A"],
      ["B", "CĐCS B"],
      ["C", "CĐCS C"],
    ]) {
      const made = await cli(
        "template",
        "--forms",
        "dinh-nghia.xlsx",
        "--campaign",
        "db-3105-2026",
        "--unit-code",
        code!,
        "--unit-name",
        name!,
        "--level",
        "cdcs",
        "--out",
        `${code}.xlsx`,
      );
      expect(made.code).toBe(0);
    }
  });

  it("validates a filled template with nothing but the file, enforcing the new parts rule", async () => {
    fill(join(dir, "A.xlsx"), { LD_TONG: 40, DV_TONG: 30, DB_VL_THIEU: 4, DB_VL_THIEU_NU: 1, DB_TL_NGUOI: 10, DB_TL_BQ: 8_000_000 });
    fill(join(dir, "B.xlsx"), { LD_TONG: 60, DV_TONG: 50, DB_VL_THIEU: 6, DB_VL_THIEU_NU: 2, DB_TL_NGUOI: 30, DB_TL_BQ: 6_000_000.5 });
    fill(join(dir, "C.xlsx"), { LD_TONG: 10, DV_TONG: 5, DB_VL_THIEU: 2, DB_VL_THIEU_NU: 3, DB_TL_NGUOI: 5, DB_TL_BQ: 1 });
    expect(await cli("validate", "A.xlsx")).toMatchObject({ code: 0 });
    const bad = await cli("validate", "C.xlsx", "--json");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("PART_DB_VL_THIEU_NU_LE_DB_VL_THIEU");
  });

  it("merges by the chosen definition: sums exact, the weighted average right, other files rejected with their reason", async () => {
    writeFileSync(join(dir, "D-shipped.xlsx"), await unitWorkbook("D", new Map([["DV_TONG@value", 7]])));
    const merged = await cli(
      "merge",
      "A.xlsx",
      "B.xlsx",
      "C.xlsx",
      "D-shipped.xlsx",
      "--forms",
      "dinh-nghia.xlsx",
      "--campaign",
      "db-3105-2026",
      "--out",
      "tong-hop.xlsx",
      "--json",
    );
    expect(merged.code).toBe(0);
    const files = (JSON.parse(merged.out) as { files: { name: string; status: string; reasons: string[]; reasonCodes: string[] }[] }).files;
    expect(files.map((f) => [f.name, f.status])).toEqual([
      ["A.xlsx", "accepted"],
      ["B.xlsx", "accepted"],
      ["C.xlsx", "rejected"],
      ["D-shipped.xlsx", "rejected"],
    ]);
    expect(files[3]!.reasons.join(" ")).toContain("định nghĩa biểu mẫu khác");
    const out = join(dir, "tong-hop.xlsx");
    expect(namedNumber(out, cellName("DV_TONG", "value"))).toBe(80);
    expect(namedNumber(out, cellName("DB_TL_NGUOI", "value"))).toBe(40);
    // (10 × 8,000,000 + 30 × 6,000,000.5) / 40, exactly, to the thousandth.
    expect(namedNumber(out, cellName("DB_TL_BQ", "value"))).toBe(6_500_000.375);
    // The consolidated workbook is itself a valid submission of the same definition.
    expect(await cli("validate", "tong-hop.xlsx")).toMatchObject({ code: 0 });
  });

  it("with no definition chosen, uses the one the files share and says so; does not start when they differ", async () => {
    const shared = await cli("merge", "A.xlsx", "B.xlsx", "--out", "tong-hop-2.xlsx");
    expect(shared.code).toBe(0);
    expect(shared.out).toContain("ldld-dien-bien v1");
    expect(shared.out).toContain("mọi tệp đọc được cùng mang");
    const mixed = await cli("merge", "A.xlsx", "D-shipped.xlsx", "--out", "tong-hop-3.xlsx");
    expect(mixed.code).toBe(2);
    expect(mixed.out).toMatch(
      /1 tệp · biểu mẫu ldld-dien-bien v1 · kỳ "[^"]+" \(db-3105-2026\) · mã [0-9a-f]{12}\n\s+chọn: --measure [0-9a-f]{12} hoặc --campaign db-3105-2026\n\s+tệp: A\.xlsx/,
    );
    expect(mixed.out).toMatch(
      /1 tệp · biểu mẫu tld-bieu-01-04 v5 · kỳ "[^"]+" \(tk-3105-2026\)[^\n]*\n\s+chọn: --measure [0-9a-f]{12} hoặc --campaign tk-3105-2026\n\s+tệp: D-shipped\.xlsx/,
    );
    expect(existsSync(join(dir, "tong-hop-3.xlsx"))).toBe(false);
  });

  it("merges by its own campaign id without --forms when the files carry that definition", async () => {
    const own = await cli(
      "merge",
      "A.xlsx",
      "B.xlsx",
      "D-shipped.xlsx",
      "--campaign",
      "db-3105-2026",
      "--out",
      "tong-hop-4.xlsx",
      "--json",
    );
    expect(own.code).toBe(0);
    const report = JSON.parse(own.out) as { campaign: string; files: { name: string; status: string }[] };
    expect(report.campaign).toBe("db-3105-2026");
    expect(report.files.map((f) => [f.name, f.status])).toEqual([
      ["A.xlsx", "accepted"],
      ["B.xlsx", "accepted"],
      ["D-shipped.xlsx", "rejected"],
    ]);
  });
});
