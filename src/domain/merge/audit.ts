/**
 * The self-audit: do the consolidated figures written into the template equal the sum of the unit
 * rows written into the breakdown? Computed by us from the two sheet plans as they will be drawn (not
 * from the numbers they were made from), so a defect anywhere between the sums and the cells shows
 * up as "failed" in the workbook instead of passing silently.
 */
import type { FigureKey } from "../submission";
import { figureKey } from "../submission";
import type { CellSpec } from "../layout/spec";
import type { WorkbookPlan } from "../layout/plan";
import { address } from "../a1";
import { t, type Lang } from "../i18n/strings";
import { ExactTotal, sameFigure } from "../exact";
import type { BreakdownBody } from "./breakdown-sheet";
import { weightedMean } from "./weighted-average";
import { rejectionLead } from "./rejection-lead";
import type { FileReport } from "./types";

export interface Audit {
  readonly passed: boolean;
  /** Input cells compared. */
  readonly checked: number;
  readonly mismatches: readonly FigureKey[];
}

/** `weightOf` names the weight of an average weighted by another code: its total is the weighted average of the parts, not their sum. */
/** `unsummed` names a figure never totalled: its consolidated cell must be empty, whatever the register holds. */
export function selfAudit(
  plan: WorkbookPlan,
  cells: readonly CellSpec[],
  body: BreakdownBody,
  weightOf: (key: FigureKey) => FigureKey | null = () => null,
  unsummed: (key: FigureKey) => boolean = () => false,
): Audit {
  const planValue = new Map<string, unknown>();
  for (const sheet of plan.sheets) for (const cell of sheet.cells) planValue.set(`${sheet.name}!${cell.ref}`, cell.value ?? null);
  const bodyValue = new Map<string, unknown>();
  for (const cell of body.cells) bodyValue.set(cell.ref, cell.value ?? null);
  // The unit rows as the renderers will draw them, summed column by column in one pass.
  const sums = new Map<number, ExactTotal>();
  const bad = new Set<number>();
  for (const [key, col] of body.columns) if (!unsummed(key)) sums.set(col, new ExactTotal());
  // Weighted averages: the (value, weight) pairs of each row, for Σ value × weight / Σ weight.
  const weighted = new Map<number, { readonly weightCol: number | undefined; readonly pairs: [number, number | null][] }>();
  for (const [key, col] of body.columns) {
    const weightKey = weightOf(key);
    if (weightKey) weighted.set(col, { weightCol: body.columns.get(weightKey), pairs: [] });
  }
  for (let i = 0; i < body.rows.count; i++) {
    const values = body.rows.row(i);
    for (const [col, total] of sums) {
      const v = values[col - 1] ?? null;
      if (v !== null && (typeof v !== "number" || !total.add(v))) bad.add(col);
    }
    for (const [col, average] of weighted) {
      const v = values[col - 1] ?? null;
      const w = average.weightCol === undefined ? null : (values[average.weightCol - 1] ?? null);
      if (typeof v === "number") average.pairs.push([v, typeof w === "number" ? w : null]);
    }
  }

  const mismatches: FigureKey[] = [];
  let checked = 0;
  for (const spec of cells) {
    if (!spec.input) continue;
    const key = figureKey(spec.code, spec.column);
    const col = body.columns.get(key);
    const written = planValue.get(`${spec.sheet}!${spec.address}`) ?? null;
    checked++;
    if (unsummed(key)) {
      if (col === undefined || written !== null) mismatches.push(key);
      continue;
    }
    if (col === undefined) {
      mismatches.push(key);
      continue;
    }
    const total = bodyValue.get(address(col, body.totalsRow)) ?? null;
    const consolidated = typeof written === "number" ? written : written === null ? null : Number.NaN;
    const average = weighted.get(col);
    const expected = average ? (average.weightCol === undefined ? Number.NaN : weightedMean(average.pairs)) : sums.get(col)!.value();
    if (bad.has(col) || !sameFigure(expected, consolidated) || !sameFigure(total as number | null, consolidated)) mismatches.push(key);
  }
  return { passed: mismatches.length === 0 && checked > 0, checked, mismatches };
}

/**
 * The self-audit's line. Given the files, a merge where most files were rejected says so first — how
 * many and the main reasons — so a "ĐẠT" over one file of twenty never reads as a good merge.
 */
export function auditLine(lang: Lang, audit: Audit, files?: readonly FileReport[]): string {
  const line = audit.passed
    ? t(lang, "merge.audit.passed", { checked: audit.checked })
    : t(lang, "merge.audit.failed", {
        checked: audit.checked,
        count: audit.mismatches.length,
        codes: audit.mismatches.slice(0, 10).join(", "),
      });
  const lead = files ? rejectionLead(lang, files) : null;
  return lead ? `${lead} ${line}` : line;
}
