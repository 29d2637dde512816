/**
 * The unit's check of a filled template with columns, on real .xlsx files (our writer, our reader): figures
 * read by defined names (UR_CODE.COL), rules per column, computed cells recomputed and compared with what the
 * file shows (a total typed over is named), and `union-report validate` on such a file, with the definition
 * the file carries or a chosen definition workbook.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkWorkbook, type CheckIssue } from "../../src/domain/check";
import { computedValue } from "../../src/domain/check/computed-cells";
import { buildTemplate } from "../../src/domain/layout";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/commands";
import { plantValues, type Planted } from "../check/files";
import { definitionXlsx } from "../forms/definition-file";
import { campaignOf, catalogOf } from "./catalog";
import { columnsDefinition } from "./definitions";

const catalog = catalogOf();
const campaign = campaignOf(catalog);
const unit = { unitName: "CĐCS Công ty Điện lực", unitCode: "DL-01", level: "cdcs" as const, datePrepared: "2026-07-01" };

const FIGURES: Readonly<Record<string, number>> = {
  "CS_TONG@HCSN": 4,
  "CS_TONG@DNNN": 3,
  "DV_TONG@HCSN": 100,
  "DV_NU@HCSN": 60,
  "DV_TONG@FDI": 50,
  "DV_NU@FDI": 70, // more women than members in the FDI sector
  "KN_DV@KH": 40,
  "KN_DV@TH": 30,
  "CS_MOI@KH": 0,
  "CS_MOI@TH": 1,
};

async function file(figures = FIGURES, planted?: ReadonlyMap<string, Planted>): Promise<Uint8Array> {
  const { plan } = buildTemplate({ catalog, campaign, unit, figures: new Map(Object.entries(figures)) as Map<FigureKey, number> });
  return writeWorkbook(planted ? plantValues(plan, planted) : plan);
}

function check(bytes: Uint8Array): CheckIssue[] {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(render("en", read.error));
  return checkWorkbook(catalog, read.value.workbook).issues;
}

describe("a filled template with columns, checked", () => {
  it("reads every input cell by its name and checks the rules in each column", async () => {
    const issues = check(await file());
    expect(issues.filter((i) => i.severity === "error").map((i) => i.id)).toEqual(["PART_DV_NU_LE_DV_TONG@FDI"]);
    const error = issues.find((i) => i.severity === "error")!;
    expect(render("vi", error.message)).toContain("(cột DN có vốn ĐTNN)");
    // A blank is "not reported" in its own column, named by the column's label.
    const blank = issues.find((i) => i.id === "blank:KP_THU@KH")!;
    expect(render("vi", blank.message)).toContain("Thu kinh phí công đoàn (Kế hoạch năm)");
    expect(issues.some((i) => i.id.startsWith("computed:"))).toBe(false);
  });

  it("names a total and a % of plan typed over, with what the inputs give", async () => {
    const issues = check(
      await file(
        FIGURES,
        new Map<string, Planted>([
          ["UR_DV_TONG.TONG", 999],
          ["UR_KN_DV.TL", 0.5],
          ["UR_CS_TONG.TONG", 7], // what the parts give: not an issue
        ]),
      ),
    ).filter((i) => i.id.startsWith("computed:"));
    expect(issues.map((i) => [i.id, i.severity, i.values])).toEqual([
      ["computed:DV_TONG@TONG", "warning", [999, 150]],
      ["computed:KN_DV@TL", "warning", [0.5, 0.75]],
    ]);
    expect(render("vi", issues[1]!.message)).toBe(
      "Kết nạp đoàn viên mới (Tỷ lệ % so với KH): ô tính sẵn ghi 50%, nhưng tính lại từ các ô nhập được 75%. Có thể ô đã bị gõ đè; chương trình dùng giá trị tính lại.",
    );
    expect(render("en", issues[0]!.message)).toContain("the computed cell shows 999, but its input cells give 150");
  });

  it("recomputes as the template's formulas do: a total of what was reported, a ratio blank without its plan", () => {
    const rows = catalog.rowsByCode;
    const { table, row } = rows.get("CS_MOI")!;
    const figures = new Map(Object.entries(FIGURES));
    const input = (code: string, column: string) => figures.get(`${code}@${column}`) ?? null;
    expect(computedValue(rows, table, row, "TL", input)).toBeNull(); // plan 0
    const kn = rows.get("KN_DV")!;
    expect(computedValue(rows, kn.table, kn.row, "TL", input)).toBe(0.75);
    const tong = rows.get("CS_TONG")!;
    expect(computedValue(rows, tong.table, tong.row, "TONG", input)).toBe(7);
    const nu = rows.get("TL_NU")!;
    expect(computedValue(rows, nu.table, nu.row, "TONG", input)).toBeCloseTo(130 / 150, 12);
    expect(computedValue(rows, nu.table, nu.row, "DNNN", input)).toBeNull();
    expect(computedValue(rows, nu.table, nu.row, "NGOAI", () => null)).toBeNull();
  });
});

describe("union-report validate on a file with columns", () => {
  const dir = mkdtempSync(join(tmpdir(), "validate-columns-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = async (args: string[]) => {
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, env: {} };
    return { code: await run(args, io), out, err };
  };
  beforeAll(async () => {
    writeFileSync(join(dir, "broken.xlsx"), await file());
    writeFileSync(join(dir, "clean.xlsx"), await file({ ...FIGURES, "DV_NU@FDI": 20 }));
    writeFileSync(join(dir, "dinh-nghia.xlsx"), await definitionXlsx(columnsDefinition()));
  });

  it("checks by the definition the file carries: the broken sector named, exit 1; a clean file exit 0", async () => {
    const broken = await cli(["validate", "broken.xlsx"]);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/\[Biểu 01![A-Z]+\d+\] .*\(cột DN có vốn ĐTNN\)/);
    const clean = await cli(["validate", "clean.xlsx"]);
    expect([clean.code, clean.err]).toEqual([0, ""]);
  });

  it("checks by a chosen definition workbook with a columns sheet", async () => {
    const chosen = await cli(["validate", "--forms", "dinh-nghia.xlsx", "broken.xlsx", "--json"]);
    expect(chosen.code).toBe(1);
    expect(chosen.out).toContain("PART_DV_NU_LE_DV_TONG@FDI");
  });
});

it("asks for the weight of an average in each column it is reported in", async () => {
  const wages = catalogOf(
    columnsDefinition({
      indicators: [
        {
          table_id: "B02",
          tt: "1",
          code: "TL_BQ",
          label_vi: "Tiền lương bình quân",
          unit_vi: "triệu đồng",
          type: "decimal",
          money_unit: "trieu_dong",
          kind: "stock",
          aggregation: "weighted_average",
          weight: "TL_NGUOI",
        },
        { table_id: "B02", tt: "+", code: "TL_NGUOI", label_vi: "Số người được tính", unit_vi: "người", type: "whole", kind: "stock" },
        { table_id: "B01", tt: "1", code: "CS_TONG", label_vi: "Tổng số CĐCS", unit_vi: "đơn vị", type: "whole", kind: "stock" },
      ],
    }),
  );
  const { plan } = buildTemplate({
    catalog: wages,
    campaign: campaignOf(wages),
    unit,
    figures: new Map<FigureKey, number>([
      ["TL_BQ@KH", 8.5],
      ["TL_NGUOI@KH", 40],
      ["TL_BQ@TH", 8.9],
    ]),
  });
  const read = readWorkbook(await writeWorkbook(plan));
  if (!read.ok) throw new Error(render("en", read.error));
  const issues = checkWorkbook(wages, read.value.workbook).issues.filter((i) => i.category === "rule");
  expect(issues.map((i) => [i.id, i.severity])).toEqual([["WEIGHT_MISSING_TL_BQ@TH", "error"]]);
});
