/**
 * Issue 22, end to end over real .xlsx files: a definition with a sector matrix (TONG = sum of sectors)
 * and plan / actual / % of plan. Blank templates are written, filled cell by cell with ExcelJS as a
 * unit types into Excel, merged by communes (xã, the level above the CĐCS), and the communes'
 * consolidated workbooks merged by the province. The two-level merge gives exactly the figures of one
 * merge of the same CĐCS, the % of plan included, recomputed over the units that reported both sides.
 */
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/domain/layout";
import { cellName } from "../../src/domain/definition/names";
import { checkWorkbook, readSubmission } from "../../src/domain/check";
import type { Definition } from "../../src/domain/definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { mergeFiles, type MergeFileInput } from "../../src/app/merge";
import { render } from "../../src/domain/i18n/message";
import { columnsDefinition } from "../columns/definitions";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { campaignOf, catalogOf } from "../columns/catalog";

/** The fixture's definition, with the province level added to its campaign. */
function threeLevels(): DefinitionSheets {
  const sheets = columnsDefinition();
  const levels = sheets.sheets.find((s) => s.name === "campaign_levels")!;
  const header = levels.rows[0]!.map(String);
  const row = header.map((key) => ({ campaign_id: "cot-6t", level: "tinh", deadline: "25/7", tables: "B01, B02" })[key] ?? null);
  return { sheets: sheets.sheets.map((s) => (s === levels ? { ...s, rows: [...s.rows, row] } : s)) };
}

const catalog: Definition = catalogOf(threeLevels());
const campaign = campaignOf(catalog);
const CAMPAIGN_ID = "cot-6t-2026";

type Figures = Readonly<Record<string, number>>;

/** The CĐCS's blank template, written, then typed into cell by cell (ExcelJS), saved as the unit sends it. */
async function filled(code: string, figures: Figures): Promise<MergeFileInput> {
  const template = buildTemplate({
    catalog,
    campaign,
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-07-02" },
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeWorkbook(template.plan)) as unknown as ArrayBuffer);
  for (const [key, value] of Object.entries(figures)) {
    const [codeOf, column] = key.split("@");
    const spec = template.cells.find((c) => c.code === codeOf && c.column === column && c.input);
    if (!spec) throw new Error(`no input cell ${key}`);
    book.getWorksheet(spec.sheet)!.getCell(spec.address).value = value;
  }
  return { name: `${code}.xlsx`, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

async function mergeOf(code: string, level: "huyen" | "tinh", files: readonly MergeFileInput[]) {
  const outcome = await mergeFiles(catalog, files, {
    campaignId: CAMPAIGN_ID,
    definition: catalog,
    mergingUnit: { code, name: `Đơn vị ${code}`, level },
    today: level === "huyen" ? "2026-07-12" : "2026-07-20",
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const rejected = outcome.result.files.filter((f) => f.status === "rejected");
  if (rejected.length > 0)
    throw new Error(rejected.map((f) => `${f.name}: ${f.reasons.map((r) => render("en", r)).join("; ")}`).join("\n"));
  return { ...outcome, bytes: await writeWorkbook(outcome.plan) };
}

/** A figure of a written workbook, as its cell holds it, by the cell's defined name. */
function cellOf(bytes: Uint8Array, code: string, column: string): number | string | null {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(render("en", read.error));
  const value = read.value.workbook.names.get(cellName(code, column).toUpperCase())?.cells[0]?.[0]?.value;
  return typeof value === "number" || typeof value === "string" ? value : null;
}

const CDCS: Record<string, Figures> = {
  A1: { "KN_DV@KH": 100, "KN_DV@TH": 50, "DV_TONG@HCSN": 40, "DV_TONG@DNNN": 12, "DV_NU@HCSN": 20, "KP_THU@KH": 10.5, "KP_THU@TH": 4.25 },
  A2: { "KN_DV@KH": 60, "KN_DV@TH": 30, "DV_TONG@NGOAI": 25, "DV_TONG@FDI": 130, "DV_NU@FDI": 90, "KP_THU@KH": 3, "KP_THU@TH": 1.5 },
  // Actual typed, plan left blank: counted in the actual, left out of the % of plan.
  A3: { "KN_DV@TH": 200, "DV_TONG@HCSN": 8, "KP_THU@TH": 0.1 },
  B1: { "KN_DV@KH": 40, "KN_DV@TH": 20, "DV_TONG@DNNN": 60, "DV_NU@DNNN": 33, "KP_THU@KH": 0.2, "KP_THU@TH": 0.1 },
  // A plan without an actual: left out of the % of plan too.
  B2: { "KN_DV@KH": 500, "DV_TONG@NGOAI": 3, "DV_NU@NGOAI": 1 },
};

describe("a two-level merge of forms with columns, over real .xlsx files", () => {
  let communeA: Awaited<ReturnType<typeof mergeOf>>;
  let province: Awaited<ReturnType<typeof mergeOf>>;
  let flat: Awaited<ReturnType<typeof mergeOf>>;
  beforeAll(async () => {
    const units = Object.fromEntries(
      await Promise.all(Object.entries(CDCS).map(async ([code, f]) => [code, await filled(code, f)] as const)),
    );
    communeA = await mergeOf("XA-A", "huyen", [units.A1, units.A2, units.A3]);
    const communeB = await mergeOf("XA-B", "huyen", [units.B1, units.B2]);
    province = await mergeOf("TINH", "tinh", [
      { name: "XA-A.xlsx", bytes: communeA.bytes },
      { name: "XA-B.xlsx", bytes: communeB.bytes },
    ]);
    flat = await mergeOf("TINH", "tinh", Object.values(units));
  }, 120_000);

  it("reads the typed figures and sums every input cell", () => {
    expect(flat.result.summary.units).toBe(5);
    expect(flat.result.figures.get("KN_DV@TH")).toBe(300);
    expect(flat.result.figures.get("KN_DV@KH")).toBe(700);
    expect(flat.result.figures.get("KP_THU@TH")).toBe(5.95);
  });

  it("recomputes the % of plan over the units that reported both sides, never over every unit's sum", () => {
    // A1, A2, B1 reported both: (50 + 30 + 20) / (100 + 60 + 40) = 50 %; all of them summed would read 300/700.
    expect(flat.result.computed.get("KN_DV@TL")).toBe(0.5);
    expect(flat.result.computed.get("KP_THU@TL")).toBeCloseTo((4.25 + 1.5 + 0.1) / (10.5 + 3 + 0.2), 12);
    expect(communeA.result.computed.get("KN_DV@TL")).toBe(0.5);
    expect(flat.result.computed.get("DV_TONG@TONG")).toBe(40 + 12 + 25 + 130 + 8 + 60 + 3);
  });

  it("gives exactly the same figures merged level by level as merged at once, the recomputed % included", () => {
    expect(province.result.summary.units).toBe(5);
    expect([...province.result.figures]).toEqual([...flat.result.figures]);
    expect([...province.result.computed]).toEqual([...flat.result.computed]);
    expect(province.audit.passed).toBe(true);
  });

  it("writes the same figures into both provincial workbooks, cell by cell, as a reader finds them", () => {
    // Input cells and the % of plan are values; a total column is a formula, computed when opened (below).
    for (const key of [...flat.result.keys, ...flat.result.computed.keys()]) {
      const [code, column] = key.split("@") as [string, string];
      expect([key, cellOf(province.bytes, code, column)]).toEqual([key, cellOf(flat.bytes, code, column)]);
    }
    expect(cellOf(province.bytes, "KN_DV", "TL")).toBe(0.5);
    expect(cellOf(communeA.bytes, "KN_DV", "TL")).toBe(0.5);
  });

  it("the commune's consolidated workbook is itself a valid submission one level up", () => {
    const read = readWorkbook(communeA.bytes);
    if (!read.ok) throw new Error(render("en", read.error));
    const reading = readSubmission(catalog, read.value.workbook);
    expect(reading.submission?.kind).toBe("consolidated");
    expect(reading.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(reading.submission?.figures.get("KN_DV@TH" as FigureKey)).toBe(280);
    // Its % of plan (50 %, over the units that reported both) is not TH / KH of its own totals (280 / 160), and is not a "typed over" warning.
    expect(checkWorkbook(catalog, read.value.workbook).issues.filter((i) => i.id.startsWith("computed:"))).toEqual([]);
  });

  it("warns, at each level, about the units left out of the % of plan", () => {
    const a3 = communeA.result.files.find((f) => f.name === "A3.xlsx")!;
    expect(a3.reasons.map((r) => render("vi", r)).join("\n")).toContain("CĐCS A3 (A3): Kết nạp đoàn viên mới (KN_DV, Tỷ lệ % so với KH)");
    const upper = province.result.files.map((f) => [f.name, f.reasons.filter((r) => r.key === "merge.warn.ratioPartialInRegister").length]);
    expect(upper).toEqual([
      ["XA-A.xlsx", 1],
      ["XA-B.xlsx", 1],
    ]);
    expect(province.result.leaves.find((l) => l.code === "B2")!.warnings).toContain("để trống Thực hiện 6 tháng");
  });
});

describeWithLibreOffice("the same two-level merge through LibreOffice", () => {
  jest.setTimeout(240_000);
  it("communes' workbooks saved by LibreOffice merge to the same figures, and the province's shows its total column and % once computed", async () => {
    const units = await Promise.all(Object.entries(CDCS).map(([code, f]) => filled(code, f)));
    const a = await mergeOf("XA-A", "huyen", units.slice(0, 3));
    const b = await mergeOf("XA-B", "huyen", units.slice(3));
    const flat = await mergeOf("TINH", "tinh", units);
    const province = await mergeOf("TINH", "tinh", [
      { name: "XA-A.xlsx", bytes: await resaveWithLibreOffice(a.bytes) },
      { name: "XA-B.xlsx", bytes: await resaveWithLibreOffice(b.bytes) },
    ]);
    expect([...province.result.figures]).toEqual([...flat.result.figures]);
    expect([...province.result.computed]).toEqual([...flat.result.computed]);
    const opened = await resaveWithLibreOffice(province.bytes);
    expect(cellOf(opened, "DV_TONG", "TONG")).toBe(278);
    expect(cellOf(opened, "DV_NU", "TONG")).toBe(20 + 90 + 33 + 1);
    expect(cellOf(opened, "KN_DV", "TL")).toBe(0.5);
    expect(cellOf(opened, "KN_DV", "TH")).toBe(300);
  });
});
