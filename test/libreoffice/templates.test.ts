/**
 * Generated workbooks in LibreOffice, for every campaign:
 * - opened and re-saved, they keep their defined names, identification, template id and hidden meta sheet;
 * - with known figures typed into the inputs, LibreOffice (forced to recalculate) computes every formula
 *   to the value this test computes on its own: changes (end − baseline) and percentages (summed
 *   numerator over summed denominator), blank when a term is blank.
 */
import { loadCatalog, type ColumnId } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import type { CellSpec } from "../../src/domain/layout";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { csvNumber, describeWithLibreOffice, resaveWithLibreOffice, sheetsAsCsv } from "../support/libreoffice";
import { everyCampaign } from "../writer/campaigns";
import { readBack, readBackFast } from "../writer/readBack";
import { fillByName, openXlsx } from "../writer/xlsxParts";

const catalog = loadCatalog();
const unit = { unitName: "CĐCS Công ty Cổ phần Cà phê Đắk Nông", unitCode: "DN-0042", level: "cdcs" as const, parent: "LĐLĐ huyện Cư Jút" };

/** Deterministic figures: a small linear congruential sequence, so a failure can be reproduced. */
function figuresFor(inputs: readonly CellSpec[], seed: number, blankEvery = 0): Map<string, number> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const figures = new Map<string, number>();
  inputs.forEach((cell, i) => {
    const n = next();
    if (blankEvery > 0 && i % blankEvery === blankEvery - 1) return;
    figures.set(cell.name, cell.valueType === "decimal" ? (n % 10_000_000) / 1000 : n % 50_000);
  });
  return figures;
}

/** What a computed cell must show, worked out here from the catalog, not from the plan's formula. */
function expectedValue(cell: CellSpec, byKey: ReadonlyMap<string, CellSpec>, figures: ReadonlyMap<string, number>): number | null {
  const valueOf = (code: string, column: ColumnId): number | undefined => {
    const spec = byKey.get(`${code}@${column}`);
    return spec ? figures.get(spec.name) : undefined;
  };
  if (cell.column === "change") {
    const base = valueOf(cell.code, "base");
    const end = valueOf(cell.code, "end");
    return base === undefined || end === undefined ? null : end - base;
  }
  const compute = catalog.rowsByCode.get(cell.code)!.row.compute!;
  const terms = [...compute.numerator, ...compute.denominator].map((code) => valueOf(code, cell.column));
  if (terms.some((v) => v === undefined)) return null;
  const sum = (codes: readonly string[]) => codes.reduce((acc, code) => acc + valueOf(code, cell.column)!, 0);
  const denominator = sum(compute.denominator);
  return denominator === 0 ? null : sum(compute.numerator) / denominator;
}

describeWithLibreOffice("generated workbooks in LibreOffice", () => {
  describe.each(everyCampaign().map((c) => [c.id, c] as const))("%s", (_id, campaign) => {
    const built = buildTemplate({ catalog, campaign, unit });
    const byKey = new Map(built.cells.map((c) => [`${c.code}@${c.column}`, c]));
    const inputs = built.cells.filter((c) => c.input);
    const computed = built.cells.filter((c) => !c.input);
    let template: Uint8Array;
    beforeAll(async () => {
      template = await writeWorkbook(built.plan);
    });

    it("keeps names, identification, template id and the hidden meta sheet when re-saved", async () => {
      const resaved = await resaveWithLibreOffice(template);
      const meta = built.plan.sheets.find((s) => s.role === "meta")!.name;
      // Read back twice: by ExcelJS (independent of us) and by the project's fast reader (what check and merge use).
      for (const after of [await readBack(resaved), readBackFast(resaved)]) {
        for (const { name, sheet, ref } of built.plan.names) expect([name, after.names.get(name)]).toEqual([name, { sheet, ref }]);
        expect(after.values.get("UR_META_TEMPLATE_ID")).toBe(catalog.templateId);
        expect(Number(after.values.get("UR_META_TEMPLATE_VERSION"))).toBe(catalog.version);
        expect(after.values.get("UR_META_CAMPAIGN_ID")).toBe(campaign.id);
        expect(after.values.get("UR_ID_UNIT_NAME")).toBe(unit.unitName);
        expect(after.values.get("UR_ID_UNIT_CODE")).toBe(unit.unitCode);
        expect(after.values.get("UR_ID_PARENT")).toBe(unit.parent);
        expect(after.sheets.get(meta)).toBe("hidden");
      }
      // The protection survives too: a re-saved form still cannot be broken by filling it.
      const table = built.plan.sheets.find((s) => s.role === "table")!.name;
      expect(openXlsx(resaved).sheetXml(table)).toMatch(/<sheetProtection\b[^>]*sheet="(1|true)"/);
    });

    it.each([
      ["every input filled", 0],
      ["every third input blank", 3],
    ])("computes every formula to the expected value (%s)", async (_label, blankEvery) => {
      const figures = figuresFor(inputs, 20260531 + blankEvery, blankEvery);
      const sheets = await sheetsAsCsv(fillByName(template, figures));
      for (const cell of inputs) {
        const shown = sheets.get(cell.sheet)!.cell(cell.address);
        expect([cell.name, csvNumber(shown)]).toEqual([cell.name, figures.get(cell.name) ?? null]);
      }
      expect(computed.length).toBeGreaterThan(0);
      for (const cell of computed) {
        const shown = sheets.get(cell.sheet)!.cell(cell.address);
        const expected = expectedValue(cell, byKey, figures);
        if (expected === null) expect([cell.name, shown]).toEqual([cell.name, ""]);
        else {
          const value = csvNumber(shown);
          expect([cell.name, value === null ? shown : "number"]).toEqual([cell.name, "number"]);
          expect(value!).toBeCloseTo(expected, 9);
        }
      }
      // Cross-sheet text formulas: the unit name typed on the identification sheet shows on every table.
      for (const sheet of built.plan.sheets.filter((s) => s.role === "table")) {
        expect(sheets.get(sheet.name)!.rows.some((row) => row.some((text) => text.includes(unit.unitName)))).toBe(true);
      }
    });
  });
});
