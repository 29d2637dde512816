/**
 * The merge of a definition's own columns (issue 22, contract §4): input cells summed per cell, computed
 * columns recomputed from the consolidated cells — a ratio over the units that reported both sides, with
 * a warning naming the unit left out — and the consolidated workbook carrying those figures.
 */
import { buildTemplate } from "../../src/domain/layout";
import { readSubmission } from "../../src/domain/check";
import { cellName } from "../../src/domain/definition/names";
import {
  breakdownOf,
  consolidatedPlan,
  inputFigureKeys,
  mergeSubmissions,
  breakdownSheetName,
  directUnitsSheetName,
  directUnits,
  DIRECT_ROWS,
  type AcceptedFile,
  type MergeResult,
  type MergingUnit,
} from "../../src/domain/merge";
import { render } from "../../src/domain/i18n/message";
import type { FigureKey } from "../../src/domain/submission";
import type { WorkbookPlan } from "../../src/domain/layout/plan";
import { catalogOf, campaignOf } from "../columns/catalog";
import { columnsDefinition, MATRIX_COLUMNS, PLAN_COLUMNS } from "../columns/definitions";
import { planToRaw } from "./support";
import { address } from "../../src/domain/a1";
import { columnFormulaValue } from "../../src/domain/check/computed-cells";

const catalog = catalogOf();
const campaign = campaignOf(catalog);
const COMMUNE: MergingUnit = { code: "CD-XA", name: "Công đoàn xã Mường Phăng", level: "huyen" };

let counter = 0;
function fileOf(plan: WorkbookPlan, name: string): AcceptedFile {
  const raw = planToRaw(plan);
  const reading = readSubmission(catalog, raw);
  if (!reading.submission) throw new Error(JSON.stringify(reading.issues.map((i) => render("en", i.message))));
  return {
    index: counter++,
    name,
    submission: reading.submission,
    breakdown: breakdownOf(raw.names, inputFigureKeys(catalog, reading.campaign!)),
    warnings: [],
  };
}

function unit(code: string, figures: Record<string, number | null>): AcceptedFile {
  const { plan } = buildTemplate({
    catalog,
    campaign,
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-07-01" },
    figures: new Map(Object.entries(figures) as [FigureKey, number | null][]),
  });
  return fileOf(plan, `${code}.xlsx`);
}

const merge = (files: readonly AcceptedFile[], by: MergingUnit = COMMUNE): MergeResult =>
  mergeSubmissions({ catalog, campaign, mergingUnit: by, accepted: files, rejected: [] });

describe("consolidating a definition's own columns", () => {
  const files = [
    unit("A", { "KN_DV@KH": 100, "KN_DV@TH": 50, "DV_TONG@HCSN": 10, "DV_TONG@FDI": 5, "DV_NU@HCSN": 4 }),
    unit("B", { "KN_DV@KH": 200, "KN_DV@TH": 100, "DV_TONG@HCSN": 20, "DV_TONG@DNNN": 7, "DV_NU@HCSN": 6 }),
    // The actual without a plan: counted in the actual's total, left out of the % of plan.
    unit("C", { "KN_DV@TH": 300, "DV_TONG@NGOAI": 3 }),
  ];
  const result = merge(files);

  it("sums every input cell over the units that reported it, the actual of the unit without a plan included", () => {
    expect(result.figures.get("KN_DV@KH")).toBe(300);
    expect(result.figures.get("KN_DV@TH")).toBe(450);
    expect(result.figures.get("DV_TONG@HCSN")).toBe(30);
    expect(result.figures.get("DV_TONG@NGOAI")).toBe(3);
    expect(result.figures.get("CS_MOI@KH")).toBeNull(); // nobody reported it: blank, not 0
    expect(result.keys).not.toContain("KN_DV@TL"); // a computed cell is never an input the merge sums
  });

  it("recomputes the % of plan over the units that reported both: 50 %, not 150 %", () => {
    expect(result.computed.get("KN_DV@TL")).toBe(0.5);
    expect(result.computed.get("CS_MOI@TL")).toBeNull();
  });

  it("recomputes a total column from the consolidated parts, so it cannot disagree with them", () => {
    expect(result.computed.get("DV_TONG@TONG")).toBe(10 + 5 + 20 + 7 + 3);
    expect(result.computed.get("DV_NU@TONG")).toBe(10);
    expect(result.computed.get("CS_TONG@TONG")).toBeNull();
  });

  it("warns about the unit left out, naming it, the cell and the side it left blank, in both languages", () => {
    const c = result.files.find((f) => f.name === "C.xlsx")!;
    expect(c.status).toBe("warnings");
    const [warning] = c.reasons.filter((r) => r.key === "merge.warn.ratioPartial");
    expect(render("vi", warning)).toBe(
      "CĐCS C (C): Kết nạp đoàn viên mới (KN_DV, Tỷ lệ % so với KH) — đơn vị để trống Kế hoạch năm nên không được tính vào cả tử số và mẫu số của tỷ lệ tổng hợp (tỷ lệ chỉ tính trên các đơn vị ghi đủ).",
    );
    expect(render("en", warning)).toContain("left Year plan blank");
    expect(result.files.find((f) => f.name === "A.xlsx")!.status).toBe("accepted");
    // The unit's register row says it too, and carries it to every merge above.
    expect(result.leaves.find((l) => l.code === "C")!.warnings).toContain("để trống Kế hoạch năm, không tính vào tỷ lệ tổng hợp");
  });

  it("writes the recomputed % into the consolidated workbook as a figure, and keeps the total column's formula", () => {
    const { plan, audit } = consolidatedPlan(catalog, result, "2026-07-10");
    expect(audit.passed).toBe(true);
    const raw = planToRaw(plan);
    const tl = raw.names.get(cellName("KN_DV", "TL").toUpperCase())!.cells[0][0];
    expect(tl).toEqual({ value: 0.5 });
    const tong = raw.names.get(cellName("DV_TONG", "TONG").toUpperCase())!.cells[0][0];
    expect(tong.value).toBe(45);
    expect(tong.formula).toMatch(/SUM\(/);
    expect(raw.names.get(cellName("KN_DV", "TH").toUpperCase())!.cells[0][0].value).toBe(450);
  });

  it("heads the register's columns with the definition's column labels", () => {
    const { plan } = consolidatedPlan(catalog, result, "2026-07-10");
    const register = plan.sheets.find((s) => s.name === breakdownSheetName())!;
    const headers = register.cells.filter((c) => c.style === "header").map((c) => c.value);
    expect(headers).toContain("Kết nạp đoàn viên mới (KN_DV, Kế hoạch năm)");
    expect(headers).toContain(`${catalog.rowsByCode.get("DV_TONG")!.row.name.vi} (DV_TONG, Khu vực HCSN)`);
    expect(headers.some((h) => typeof h === "string" && /@|\bKH\b/.test(h))).toBe(false);
  });

  it("a unit that reported neither side is not warned about, and the ratio is blank when no unit reported both", () => {
    const only = merge([unit("D", { "KN_DV@TH": 5 }), unit("E", { "DV_TONG@HCSN": 1 })]);
    expect(only.computed.get("KN_DV@TL")).toBeNull();
    expect(only.files.find((f) => f.name === "E.xlsx")!.reasons.some((r) => r.key === "merge.warn.ratioPartial")).toBe(false);
    expect(only.files.find((f) => f.name === "D.xlsx")!.reasons.some((r) => r.key === "merge.warn.ratioPartial")).toBe(true);
  });

  it("merged one level up, gives the same figures as one merge of the same units, with one line for the units left out", () => {
    const commune = consolidatedPlan(catalog, result, "2026-07-10").plan;
    const other = merge([unit("F", { "KN_DV@KH": 40, "KN_DV@TH": 30, "DV_TONG@FDI": 2 })], {
      code: "CD-XA2",
      name: "Công đoàn xã 2",
      level: "huyen",
    });
    const up = merge([fileOf(commune, "xa1.xlsx"), fileOf(consolidatedPlan(catalog, other, "2026-07-10").plan, "xa2.xlsx")], {
      code: "LDLD-T",
      name: "LĐLĐ tỉnh",
      level: "tinh",
    });
    const flat = merge([...files, unit("F", { "KN_DV@KH": 40, "KN_DV@TH": 30, "DV_TONG@FDI": 2 })]);
    expect([...up.figures]).toEqual([...flat.figures]);
    expect([...up.computed]).toEqual([...flat.computed]);
    expect(up.computed.get("KN_DV@TL")).toBe((50 + 100 + 30) / (100 + 200 + 40));
    const xa1 = up.files.find((f) => f.name === "xa1.xlsx")!;
    expect(xa1.reasons.map((r) => r.key)).toContain("merge.warn.ratioPartialInRegister");
    expect(up.files.find((f) => f.name === "xa2.xlsx")!.status).toBe("accepted");
    // Each commune's % of plan on the direct-units sheet, recomputed over its own units; the totals row the merge's.
    expect(directUnits(catalog, up).map((u) => [u.code, u.figures.get("KN_DV@TL"), u.figures.get("DV_TONG@TONG")])).toEqual([
      ["CD-XA", 0.5, 45],
      ["CD-XA2", 0.75, 2],
    ]);
    const sheet = consolidatedPlan(catalog, up, "2026-07-20").plan.sheets.find((s) => s.name === directUnitsSheetName())!;
    const headers = sheet.cells.filter((c) => c.style === "header").map((c) => String(c.value));
    const tl = headers.indexOf(`${catalog.rowsByCode.get("KN_DV")!.row.name.vi} (KN_DV, Tỷ lệ % so với KH)`);
    expect(tl).toBeGreaterThan(0);
    const total = sheet.cells.find((c) => c.ref === address(tl + 1, DIRECT_ROWS.firstUnit + 2))!;
    expect(total).toEqual({ ref: total.ref, value: (50 + 100 + 30) / (100 + 200 + 40), style: "computedPercent" });
  });
});

describe("a column the definition keeps per unit (aggregation none)", () => {
  const ranked = catalogOf(
    columnsDefinition({
      columns: [
        ...MATRIX_COLUMNS,
        ...PLAN_COLUMNS,
        { table: "B02", id: "XH", label_vi: "Tự xếp hạng", label_en: "Own rank", role: "input", aggregation: "none" },
      ],
    }),
  );
  const c = campaignOf(ranked);
  const fileIn = (code: string, figures: Record<string, number>): AcceptedFile => {
    const { plan } = buildTemplate({
      catalog: ranked,
      campaign: c,
      unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-07-01" },
      figures: new Map(Object.entries(figures) as [FigureKey, number][]),
    });
    const raw = planToRaw(plan);
    const reading = readSubmission(ranked, raw);
    return { index: counter++, name: `${code}.xlsx`, submission: reading.submission!, breakdown: null, warnings: [] };
  };

  it("is never totalled: its consolidated cell stays blank, each unit's value stays in the register, the others are summed", () => {
    const result = mergeSubmissions({
      catalog: ranked,
      campaign: c,
      mergingUnit: COMMUNE,
      accepted: [
        fileIn("A", { "KN_DV@XH": 1, "KN_DV@KH": 10, "KN_DV@TH": 5 }),
        fileIn("B", { "KN_DV@XH": 2, "KN_DV@KH": 10, "KN_DV@TH": 5 }),
      ],
      rejected: [],
    });
    expect(result.figures.get("KN_DV@XH")).toBeNull();
    expect(result.figures.get("KN_DV@KH")).toBe(20);
    const k = result.keys.indexOf("KN_DV@XH");
    expect(result.leaves.map((leaf) => leaf.figures[k])).toEqual([1, 2]);
    const { audit } = consolidatedPlan(ranked, result, "2026-07-10");
    expect(audit.passed).toBe(true);
  });
});

describe("a computed cell's formula as the template computes it", () => {
  it("sums a total exactly, blank only when every part is; any other formula needs every term and is blank on a zero divisor", () => {
    expect(columnFormulaValue(undefined, [0.1, 0.2, null])).toBe(0.3);
    expect(columnFormulaValue(undefined, [null, null])).toBeNull();
    const minus = { calc: { op: "-", a: { term: 0 }, b: { term: 1 } } as const };
    expect(columnFormulaValue(minus.calc, [5, 2])).toBe(3);
    expect(columnFormulaValue(minus.calc, [5, null])).toBeNull();
    expect(columnFormulaValue({ op: "/", a: { term: 0 }, b: { term: 1 } }, [5, 0])).toBeNull();
  });
});
