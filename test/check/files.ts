/**
 * Real .xlsx files for the integration tests: a template made by our layout engine and writer,
 * filled with figures (and, for planted problems, arbitrary cell values such as text in a number cell).
 */
import { buildTemplate, type UnitIdentification } from "../../src/domain/layout";
import type { CellPlan, WorkbookPlan } from "../../src/domain/layout/plan";
import type { Campaign } from "../../src/domain/definition";
import type { FigureKey } from "../../src/domain/submission";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { catalog } from "./helpers";

export const UNIT: UnitIdentification = {
  unitName: "Công đoàn cơ sở Công ty May Điện Biên",
  unitCode: "CDCS-001",
  level: "cdcs",
  parent: "LĐLĐ huyện Mường Ảng",
  preparer: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  datePrepared: "2026-06-15",
  head: "Trần Văn Bình",
};

/** What to plant in a cell: a literal value, or a formula typed into an input cell. */
export type Planted = string | number | null | { readonly formula: string };

/** Replaces the content of named cells in a plan (text in a number cell, a formula, ...), keeping style and validation. */
export function plantValues(plan: WorkbookPlan, values: ReadonlyMap<string, Planted>): WorkbookPlan {
  const targets = new Map<string, Map<string, Planted>>();
  for (const [name, value] of values) {
    const target = plan.names.find((n) => n.name === name);
    if (!target) throw new Error(`no name ${name} in the plan`);
    const bySheet = targets.get(target.sheet) ?? new Map<string, Planted>();
    bySheet.set(target.ref.replace(/\$/g, ""), value);
    targets.set(target.sheet, bySheet);
  }
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const planted = targets.get(sheet.name);
      if (!planted) return sheet;
      const content = (p: Planted): Pick<CellPlan, "value" | "formula"> =>
        p !== null && typeof p === "object" ? { value: undefined, formula: p.formula } : { value: p, formula: undefined };
      const cells: CellPlan[] = sheet.cells.map((c) => (planted.has(c.ref) ? { ...c, ...content(planted.get(c.ref)!) } : c));
      for (const [ref, p] of planted) if (!sheet.cells.some((c) => c.ref === ref)) cells.push({ ref, ...content(p), locked: false });
      return { ...sheet, cells };
    }),
  };
}

export async function filledTemplate(
  campaign: Campaign,
  figures: ReadonlyMap<FigureKey, number | null>,
  options: { notes?: ReadonlyMap<string, string>; planted?: ReadonlyMap<string, Planted>; unit?: UnitIdentification } = {},
): Promise<Uint8Array> {
  const { plan } = buildTemplate({ catalog, campaign, unit: options.unit ?? UNIT, figures, notes: options.notes });
  return writeWorkbook(options.planted ? plantValues(plan, options.planted) : plan);
}
