/**
 * A template with a definition's own columns in LibreOffice: re-saved, it keeps every cell's defined name —
 * UR_KN_DV.KH, the separator chosen for a definition's columns — as both readers see them; with figures typed
 * in, LibreOffice (forced to recalculate) computes each total column, % of plan and ratio row to the value
 * worked out here from the definition: a total counts a blank part as 0 and is blank when all are; a ratio is
 * blank when a side is blank or the plan is 0.
 */
import { buildTemplate, type CellSpec } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { csvNumber, describeWithLibreOffice, resaveWithLibreOffice, sheetsAsCsv } from "../support/libreoffice";
import { readBack, readBackFast } from "../writer/readBack";
import { fillByName } from "../writer/xlsxParts";
import { campaignOf, catalogOf } from "../columns/catalog";
import { checkWorkbook, type CheckIssue } from "../../src/domain/check";
import { readWorkbook } from "../../src/workbook/file/reader";
import { render } from "../../src/domain/i18n/message";
import type { FigureKey } from "../../src/domain/submission";

const catalog = catalogOf();
const campaign = campaignOf(catalog);
const unit = { unitName: "CĐCS Trường Tiểu học Kim Đồng", unitCode: "KD-01", level: "cdcs" as const, parent: "Công đoàn Giáo dục" };

describeWithLibreOffice("a template with columns in LibreOffice", () => {
  const built = buildTemplate({ catalog, campaign, unit });
  const byKey = new Map(built.cells.map((c) => [`${c.code}@${c.column}`, c]));
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeWorkbook(built.plan);
  });

  it("keeps the names of a definition's columns (UR_CODE.COL) when re-saved, for ExcelJS and for our reader", async () => {
    expect(built.plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["UR_KN_DV.KH", "UR_KN_DV.TL", "UR_DV_TONG.HCSN", "UR_DV_TONG.TONG"]),
    );
    const resaved = await resaveWithLibreOffice(template);
    for (const after of [await readBack(resaved), readBackFast(resaved)]) {
      for (const { name, sheet, ref } of built.plan.names) expect([name, after.names.get(name)]).toEqual([name, { sheet, ref }]);
    }
  });

  it.each([
    ["every input filled", 0],
    ["some inputs blank, a plan of 0", 3],
  ])("computes totals, %% of plan and ratio rows as the definition says (%s)", async (_label, blankEvery) => {
    const inputs = built.cells.filter((c) => c.input && c.valueType !== "text");
    const figures = new Map<string, number>();
    inputs.forEach((cell, i) => {
      if (blankEvery > 0 && i % blankEvery === 1) return;
      figures.set(cell.name, blankEvery > 0 && cell.column === "KH" && cell.code === "CS_MOI" ? 0 : 10 + ((i * 37) % 90));
    });
    const value = (code: string, column: string): number | undefined => {
      const spec = byKey.get(`${code}@${column}`);
      return spec ? figures.get(spec.name) : undefined;
    };
    const expected = (cell: CellSpec): number | null => {
      const row = catalog.rowsByCode.get(cell.code)!.row;
      if (row.compute) {
        const sides = [row.compute.numerator, row.compute.denominator].map((codes) => codes.map((code) => valueAt(code, cell.column)));
        if (sides.flat().some((v) => v === null)) return null;
        const [num, den] = sides.map((side) => side.reduce<number>((a, b) => a + b!, 0));
        return den === 0 ? null : num! / den!;
      }
      return valueAt(cell.code, cell.column);
    };
    // A cell's value: typed, or computed by its column (worked out here, not read from the plan's formula).
    function valueAt(code: string, column: string): number | null {
      if (column === "TONG") {
        const parts = ["HCSN", "DNNN", "NGOAI", "FDI"].map((c) => value(code, c));
        return parts.every((p) => p === undefined) ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
      }
      if (column === "TL") {
        const th = value(code, "TH");
        const kh = value(code, "KH");
        return th === undefined || kh === undefined || kh === 0 ? null : th / kh;
      }
      return value(code, column) ?? null;
    }
    const sheets = await sheetsAsCsv(fillByName(template, figures));
    const computed = built.cells.filter((c) => !c.input);
    expect(computed.map((c) => c.column)).toEqual(expect.arrayContaining(["TONG", "TL", "HCSN"]));
    let blanks = 0;
    for (const cell of computed) {
      const shown = sheets.get(cell.sheet)!.cell(cell.address);
      const want = expected(cell);
      if (want === null) {
        blanks++;
        expect([cell.name, shown]).toEqual([cell.name, ""]);
      } else {
        expect([cell.name, csvNumber(shown) === null ? shown : "number"]).toEqual([cell.name, "number"]);
        expect(csvNumber(shown)!).toBeCloseTo(want, 9);
      }
    }
    expect(blanks > 0).toBe(blankEvery > 0);
  });

  it("checks a filled file re-saved by LibreOffice (its computed cells now computed) exactly as the one our writer saved", async () => {
    const figures = new Map<FigureKey, number>([
      ["DV_TONG@HCSN", 100],
      ["DV_NU@HCSN", 60],
      ["DV_TONG@FDI", 50],
      ["DV_NU@FDI", 70],
      ["KN_DV@KH", 40],
      ["KN_DV@TH", 30],
      ["CS_MOI@KH", 0],
      ["CS_MOI@TH", 1],
    ]);
    const ours = await writeWorkbook(buildTemplate({ catalog, campaign, unit, figures }).plan);
    const check = (bytes: Uint8Array): CheckIssue[] => {
      const read = readWorkbook(bytes);
      if (!read.ok) throw new Error(render("en", read.error));
      return checkWorkbook(catalog, read.value.workbook).issues;
    };
    const resaved = await resaveWithLibreOffice(ours);
    // LibreOffice wrote the totals and percentages it computed: the check compares every one with its own.
    const read = readWorkbook(resaved);
    expect(read.ok && typeof read.value.workbook.names.get("UR_KN_DV.TL")?.cells[0]![0]!.value).toBe("number");
    const comparable = (issues: readonly CheckIssue[]) => issues.map((i) => [i.id, i.severity, i.values, render("vi", i.message)]);
    expect(comparable(check(resaved))).toEqual(comparable(check(ours)));
    expect(check(resaved).some((i) => i.id === "PART_DV_NU_LE_DV_TONG@FDI")).toBe(true);
  });
});
