/**
 * The consolidated workbook: the campaign's template identified as the merging unit, filled with the
 * sums (its formulas recompute the percentages from the summed parts), with the breakdown and status
 * sheets appended as plain SheetPlans so that both renderers (the .xlsx writer and the Office.js
 * adapter) draw them. It is itself a valid submission one level up: same template, same codes.
 */
import { weightKeyOf } from "./weighted-average";
import { isUnsummedKey } from "./not-summed";
import { figureKey, splitFigureKey, type FigureKey } from "../submission";
import { t } from "../i18n/strings";
import type { Definition } from "../definition/catalog";
import { buildTemplate } from "../layout/template";
import type { SheetPlan, WorkbookPlan } from "../layout/plan";
import type { CellSpec } from "../layout/spec";
import { computedCells } from "./computed-columns";
import { breakdownBody, breakdownSheet } from "./breakdown-sheet";
import { statusSheet } from "./status-sheet";
import { directUnitsSheet } from "./direct-units-sheet";
import { figureLabel } from "./messages";
import { auditLine, selfAudit, type Audit } from "./audit";
import type { MergeResult } from "./merge";
import { countingNote } from "./register-count";
import { withRegisterLinks } from "./drill-links";

export interface ConsolidatedWorkbook {
  readonly plan: WorkbookPlan;
  readonly audit: Audit;
}

/** The Ghi chú of every row whose consolidated cell is empty because it is never totalled. */
function unsummedNotes(catalog: Definition, result: MergeResult): Map<string, string> {
  const notes = new Map<string, string>();
  for (const key of result.keys) if (isUnsummedKey(catalog, key)) notes.set(splitFigureKey(key).code, t("vi", "forms.notSummed.note"));
  // "Tổng số CĐCS" says how it was counted: from the register, or from the files received only.
  for (const table of catalog.tables)
    for (const row of table.rows)
      if (row.aggregation === "count_units" && !row.unitFilter && result.campaign.tables.includes(table.id))
        notes.set(row.code, countingNote(result.counting));
  return notes;
}

/**
 * The computed columns' cells carry the merge's figure. A ratio (TL = TH / KH) becomes that figure
 * alone: the template's formula over the consolidated TH and KH would count a unit's actual over a plan
 * it never gave, where the merge takes both sides over the units that reported both. Any other computed
 * cell (a total column, end − base) keeps its formula, which gives the same figure, with it as the cached value.
 */
function withComputedFigures(
  sheets: readonly SheetPlan[],
  specs: readonly CellSpec[],
  catalog: Definition,
  result: MergeResult,
): SheetPlan[] {
  const ratios = new Set<FigureKey>();
  for (const cell of computedCells(catalog, result.campaign)) if (cell.ratio) ratios.add(cell.key);
  const at = new Map<string, FigureKey>();
  for (const spec of specs) {
    const key = figureKey(spec.code, spec.column);
    if (result.computed.has(key)) at.set(`${spec.sheet}!${spec.address}`, key);
  }
  if (at.size === 0) return [...sheets];
  return sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) => {
      const key = at.get(`${sheet.name}!${cell.ref}`);
      if (!key) return cell;
      const value = result.computed.get(key) ?? null;
      if (!ratios.has(key)) return { ...cell, value };
      const { formula: _formula, ...rest } = cell;
      return { ...rest, value };
    }),
  }));
}

/** `today` (ISO) is the consolidated workbook's preparation date: the next level keeps the later copy by it. */
/** `registerRowsPerSheet` is for tests: a register continues on another sheet after that many units (default: Excel's row limit). */
export function consolidatedPlan(
  catalog: Definition,
  result: MergeResult,
  today: string,
  registerRowsPerSheet?: number,
): ConsolidatedWorkbook {
  const unit = result.mergingUnit;
  const template = buildTemplate({
    catalog,
    campaign: result.campaign,
    unit: {
      unitCode: unit.code,
      unitName: unit.name,
      level: unit.level,
      datePrepared: today,
      ...(unit.parent ? { parent: unit.parent } : {}),
    },
    figures: result.figures,
    notes: unsummedNotes(catalog, result),
    kind: "consolidated",
  });
  const body = breakdownBody(catalog, result, registerRowsPerSheet);
  const audit = selfAudit(
    template.plan,
    template.cells,
    body,
    (key) => weightKeyOf(catalog, key),
    (key) => isUnsummedKey(catalog, key),
  );
  const line = auditLine("vi", audit, result.files);
  const breakdown = breakdownSheet(catalog, result, body, line);
  const status = statusSheet(result, line, (key) => figureLabel(catalog, key).vi);
  const direct = directUnitsSheet(catalog, result, body);
  // Before the hidden meta sheet, so the visible tabs read: identification, tables, direct units (when
  // a consolidated workbook was merged), the register, status.
  const sheets = withComputedFigures(template.plan.sheets, template.cells, catalog, result);
  const metaAt = sheets.findIndex((s) => s.role === "meta");
  sheets.splice(metaAt < 0 ? sheets.length : metaAt, 0, ...(direct ? [direct] : []), ...breakdown.sheets, status);
  // Each figure row links to its column of the register: "which units make up this number?".
  return { plan: withRegisterLinks({ ...template.plan, sheets, names: [...template.plan.names, ...breakdown.names] }, result), audit };
}
