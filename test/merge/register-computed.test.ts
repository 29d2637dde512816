/**
 * The register's computed columns (issue 22): each unit's % of plan and total column in "Chi tiết theo đơn vị",
 * beside the input cells they are computed from, as formulas over the unit's own row with the merge's value
 * cached; the totals row a ratio over the units that reported every term; skipped when the next level reads the
 * register, so what is counted never depends on them.
 */
import ExcelJS from "exceljs";
import { buildTemplate } from "../../src/domain/layout";
import { sheetCells } from "../../src/domain/layout/rows";
import { readSubmission } from "../../src/domain/check";
import { BREAKDOWN_NAME, registerName } from "../../src/domain/definition/names";
import {
  BREAKDOWN_ROWS,
  breakdownOf,
  breakdownSheetName,
  consolidatedPlan,
  inputFigureKeys,
  mergeSubmissions,
  registerComputedKeys,
  registerSheetName,
  type AcceptedFile,
  type MergeResult,
} from "../../src/domain/merge";
import { render } from "../../src/domain/i18n/message";
import { wholeValue } from "../../src/domain/merge/breakdown-sheet";
import { columnFormulaValue } from "../../src/domain/check/computed-cells";
import type { Calc } from "../../src/domain/definition/schema";
import { address, columnLetter } from "../../src/domain/a1";
import type { FigureKey } from "../../src/domain/submission";
import type { RawNamedRange } from "../../src/domain/raw";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { readWorkbook } from "../../src/workbook/file/reader";
import { catalogOf, campaignOf } from "../columns/catalog";
import { columnsDefinition, MATRIX_COLUMNS, PLAN_COLUMNS } from "../columns/definitions";
import { catalog as shipped, campaign as shippedCampaign, merge as mergeShipped, memberFigures, planToRaw, unitFile } from "./support";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";

const catalog = catalogOf(
  columnsDefinition({
    columns: [
      ...MATRIX_COLUMNS,
      ...PLAN_COLUMNS,
      // Kept per unit, never totalled: a % over it has no total either.
      { table: "B02", id: "XH", label_vi: "Tự xếp hạng", label_en: "Own rank", role: "input", aggregation: "none" },
      {
        table: "B02",
        id: "XR",
        label_vi: "Hạng trên KH",
        label_en: "Rank per plan",
        role: "computed",
        formula: "XH / KH",
        value_type: "decimal",
      },
    ],
  }),
);
const campaign = campaignOf(catalog);

let counter = 0;
function unit(code: string, figures: Record<string, number>): AcceptedFile {
  const { plan } = buildTemplate({
    catalog,
    campaign,
    unit: { unitCode: code, unitName: `CĐCS ${code}`, level: "cdcs", datePrepared: "2026-07-01" },
    figures: new Map(Object.entries(figures) as [FigureKey, number][]),
  });
  const raw = planToRaw(plan);
  const reading = readSubmission(catalog, raw);
  if (!reading.submission) throw new Error(JSON.stringify(reading.issues.map((i) => render("en", i.message))));
  return { index: counter++, name: `${code}.xlsx`, submission: reading.submission, breakdown: null, warnings: [] };
}

const UNITS: Record<string, Record<string, number>> = {
  A: { "KN_DV@KH": 100, "KN_DV@TH": 50, "KN_DV@XH": 1, "DV_TONG@HCSN": 10, "DV_TONG@FDI": 5 },
  B: { "KN_DV@KH": 200, "KN_DV@TH": 150, "KN_DV@XH": 2, "DV_TONG@DNNN": 7 },
  // An actual without its plan: blank % per unit, left out of both sides of the total %.
  C: { "KN_DV@TH": 300, "DV_TONG@NGOAI": 3 },
  // A plan of 0: blank, never a division by zero.
  D: { "KN_DV@KH": 0, "KN_DV@TH": 4 },
  E: { "KN_DV@KH": 100, "KN_DV@TH": 100 },
};

const result: MergeResult = mergeSubmissions({
  catalog,
  campaign,
  mergingUnit: { code: "CD-XA", name: "Công đoàn xã", level: "huyen" },
  accepted: Object.entries(UNITS).map(([code, figures]) => unit(code, figures)),
  rejected: [],
});

/** A register part's keys and each unit's value of a key, from the named range the next level reads. */
function part(range: RawNamedRange) {
  const [header, ...rows] = range.cells;
  const keys = header.map((cell) => String(cell.value ?? ""));
  const at = (key: string) => keys.indexOf(key);
  return {
    keys,
    values: (key: string) =>
      Object.fromEntries(
        rows.map((row) => [String(row[at("UNIT_CODE")]?.value), row[at(key)]?.value === "" ? null : (row[at(key)]?.value ?? null)]),
      ),
    formulas: (key: string) => rows.map((row) => row[at(key)]?.formula ?? ""),
  };
}

describe("the register's computed columns", () => {
  const { plan, audit } = consolidatedPlan(catalog, result, "2026-07-10");
  const raw = planToRaw(plan);
  const register = part(raw.names.get(BREAKDOWN_NAME)!);

  it("puts each unit's % of plan beside its plan and actual, blank when a side is blank or the plan is 0", () => {
    expect(audit.passed).toBe(true);
    const kh = register.keys.indexOf("KN_DV@KH");
    expect(register.keys.slice(kh, kh + 3)).toEqual(["KN_DV@KH", "KN_DV@TH", "KN_DV@TL"]);
    expect(register.values("KN_DV@TL")).toEqual({ A: 0.5, B: 0.75, C: null, D: null, E: 1 });
    expect(register.values("DV_TONG@TONG")).toEqual({ A: 15, B: 7, C: 3, D: null, E: null });
    // Every one a formula over its own row: row 7's cells on row 7.
    const formulas = register.formulas("KN_DV@TL");
    formulas.forEach((formula, i) =>
      expect([...new Set(formula.match(/[A-Z]+\d+/g)!.map((ref) => ref.replace(/^[A-Z]+/, "")))]).toEqual([
        String(BREAKDOWN_ROWS.firstUnit + i),
      ]),
    );
  });

  const sheet = plan.sheets.find((s) => s.name === breakdownSheetName())!;
  const totalsRow = BREAKDOWN_ROWS.firstUnit + 5;
  const cellAt = (key: string, row: number) => sheet.cells.find((c) => c.ref === address(register.keys.indexOf(key) + 1, row));

  it("the totals row's % is over the units that reported both sides, never a sum or an average of the units' %", () => {
    // A, B, E and D (a plan of 0 is reported) reported both: (50 + 150 + 4 + 100) / (100 + 200 + 0 + 100) = 76 %.
    // The units' % summed read 225 %, averaged 75 %.
    expect(result.computed.get("KN_DV@TL")).toBe(0.76);
    const total = cellAt("KN_DV@TL", totalsRow)!;
    expect(total.value).toBe(0.76);
    expect(total.formula).toMatch(/^IF\(SUMPRODUCT\(--\(/);
    expect(total.style).toBe("computedPercent");
    // How many units have a % (A, B, E) and how many not (C, D).
    expect([cellAt("KN_DV@TL", totalsRow + 1)!.value, cellAt("KN_DV@TL", totalsRow + 2)!.value]).toEqual([3, 2]);
    // A total column's total: the formula over the totals row's own parts.
    expect(cellAt("DV_TONG@TONG", totalsRow)).toMatchObject({ value: 25, formula: expect.stringMatching(/^IF\(AND\(/) });
  });

  it("a computed column over a column never totalled has each unit's value and no total, as in the merge", () => {
    expect(register.values("KN_DV@XR")).toEqual({ A: 0.01, B: 0.01, C: null, D: null, E: null });
    expect(result.computed.get("KN_DV@XR")).toBeNull();
    expect(cellAt("KN_DV@XR", totalsRow)).toMatchObject({ style: "text" });
    expect(cellAt("KN_DV@XR", totalsRow)!.formula).toBeUndefined();
  });

  it("is drawn the same by the Office.js adapter's cells: one formula per unit row", () => {
    const col = register.keys.indexOf("KN_DV@TL");
    const cells = sheetCells(sheet).filter(
      (c) => c.ref.match(/^[A-Z]+/)![0] === columnLetter(col + 1) && c.formula && /^\D+\d+$/.test(c.ref),
    );
    const unitRows = cells.filter((c) => Number(c.ref.replace(/^\D+/, "")) < BREAKDOWN_ROWS.firstUnit + 5);
    expect(unitRows).toHaveLength(5);
    for (const cell of unitRows) expect(cell.formula).toContain(`${Number(cell.ref.replace(/^\D+/, ""))})`);
    expect(unitRows.map((c) => c.value ?? null)).toEqual([0.5, 0.75, null, null, 1]);
  });

  it("is skipped when the next level reads the register; an unknown column is still refused", () => {
    const keys = inputFigureKeys(catalog, campaign);
    const read = breakdownOf(raw.names, keys, new Set(), registerComputedKeys(catalog, campaign))!;
    expect(read.rows.ok).toBe(true);
    if (read.rows.ok) expect(read.rows.value.map((row) => row.figures.length)).toEqual(Array(5).fill(keys.length));
    // A column the definition does not compute (here a % renamed by hand) is not taken for one.
    const range = raw.names.get(BREAKDOWN_NAME)!;
    const edited = new Map(raw.names);
    edited.set(BREAKDOWN_NAME, {
      ...range,
      cells: [range.cells[0].map((cell) => (cell.value === "KN_DV@TL" ? { ...cell, value: "KN_DV@ZZ" } : cell)), ...range.cells.slice(1)],
    });
    const refused = breakdownOf(edited, keys, new Set(), registerComputedKeys(catalog, campaign))!;
    expect(refused.rows.ok ? null : refused.rows.error.key).toBe("merge.breakdown.extraColumn");
  });

  it("leaves the shipped form's register as it was: no computed column of its own", () => {
    const r = mergeShipped([unitFile({ code: "X1", name: "CĐCS X1", date: "2026-05-01", figures: memberFigures(10, 4) })]);
    expect(registerComputedKeys(shipped, shippedCampaign()).size).toBe(0);
    const keys = part(planToRaw(consolidatedPlan(shipped, r, "2026-05-10").plan).names.get(BREAKDOWN_NAME)!).keys;
    expect(keys.slice(5, -1)).toEqual([...r.keys]);
  });
});

describeWithLibreOffice("a register on two sheets, recomputed by LibreOffice", () => {
  jest.setTimeout(120_000);
  it("each unit's % on either sheet is what we cached, and the totals row's % is over both sheets' units", async () => {
    const { plan } = consolidatedPlan(catalog, result, "2026-07-10", 3);
    const written = await writeWorkbook(plan);
    const opened = await resaveWithLibreOffice(written);
    for (const bytes of [written, opened]) {
      const read = readWorkbook(bytes);
      if (!read.ok) throw new Error(render("en", read.error));
      const first = part(read.value.workbook.names.get(BREAKDOWN_NAME)!);
      const second = part(read.value.workbook.names.get(registerName(1))!);
      expect({ ...first.values("KN_DV@TL"), ...second.values("KN_DV@TL") }).toEqual({ A: 0.5, B: 0.75, C: null, D: null, E: 1 });
      expect(second.values("DV_TONG@TONG")).toEqual({ D: null, E: null });
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(opened as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(breakdownSheetName())!;
    expect(book.getWorksheet(registerSheetName(1))).toBeDefined();
    const keys = (sheet.getRow(BREAKDOWN_ROWS.keys).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    const totalsRow = BREAKDOWN_ROWS.firstUnit + 3;
    const value = (key: string, row = totalsRow) => (sheet.getCell(row, keys.indexOf(key)).value as { result?: unknown }).result;
    expect(value("KN_DV@TL")).toBeCloseTo((50 + 150 + 4 + 100) / 400, 12);
    expect(value("DV_TONG@TONG")).toBe(25);
    expect(value("KN_DV@TL", totalsRow + 1)).toBe(3);
  });
});

describe("a register cell's value in doubles where that is exact", () => {
  it("is the exact path's very double for whole numbers, and defers to it otherwise", () => {
    const t = (term: number) => ({ term });
    const formulas: (Calc | undefined)[] = [
      undefined,
      { op: "/", a: t(1), b: t(0) },
      { op: "/", a: { op: "+", a: { op: "+", a: t(1), b: t(2) }, b: t(3) }, b: t(0) },
      { op: "-", a: t(1), b: t(0) },
      { op: "*", a: t(1), b: { num: "3" } },
      { op: "/", a: { op: "/", a: t(1), b: t(2) }, b: t(0) },
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 3000; i++) {
      const values = [0, 1, 2, 3].map(() => {
        const r = next() % 20;
        return r === 0 ? null : r === 1 ? 0 : r === 2 ? (next() % 100000) / 1000 : next() % 1000000;
      });
      for (const calc of formulas) {
        const fast = wholeValue(calc, values);
        const exact = columnFormulaValue(calc, values);
        if (fast !== undefined) expect([calc, values, fast]).toEqual([calc, values, exact]);
      }
    }
    expect(wholeValue({ op: "/", a: t(0), b: t(1) }, [1, 3])).toBe(1 / 3);
    expect(wholeValue({ op: "/", a: t(0), b: t(1) }, [1, 0])).toBeNull();
    expect(wholeValue({ op: "/", a: t(0), b: t(1) }, [0.1, 3])).toBeUndefined(); // a decimal: the exact path
    expect(wholeValue(undefined, [null, null])).toBeNull();
    expect(wholeValue(undefined, [2, null, 5])).toBe(7);
  });
});
