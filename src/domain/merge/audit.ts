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
import { address } from "../layout/a1";
import { t, type Lang } from "../i18n/strings";
import { exactSum, isExactFigure, sameFigure } from "./exact-sum";
import { BREAKDOWN_ROWS, type BreakdownBody } from "./breakdown-sheet";
import { weightedMean } from "./weighted-average";

export interface Audit {
  readonly passed: boolean;
  /** Input cells compared. */
  readonly checked: number;
  readonly mismatches: readonly FigureKey[];
}

/** `weightOf` names the weight of an average weighted by another code: its total is the weighted average of the parts, not their sum. */
export function selfAudit(plan: WorkbookPlan, cells: readonly CellSpec[], body: BreakdownBody, weightOf: (key: FigureKey) => FigureKey | null = () => null): Audit {
  const planValue = new Map<string, unknown>();
  for (const sheet of plan.sheets) for (const cell of sheet.cells) planValue.set(`${sheet.name}!${cell.ref}`, cell.value ?? null);
  const bodyValue = new Map<string, unknown>();
  for (const cell of body.cells) bodyValue.set(cell.ref, cell.value ?? null);

  const mismatches: FigureKey[] = [];
  let checked = 0;
  for (const spec of cells) {
    if (!spec.input) continue;
    const key = figureKey(spec.code, spec.column);
    const col = body.columns.get(key);
    const written = planValue.get(`${spec.sheet}!${spec.address}`) ?? null;
    checked++;
    if (col === undefined) {
      mismatches.push(key);
      continue;
    }
    const weightKey = weightOf(key);
    const weightCol = weightKey ? body.columns.get(weightKey) : undefined;
    const parts: number[] = [];
    const pairs: [number, number | null][] = [];
    let bad = false;
    for (let r = BREAKDOWN_ROWS.firstUnit; r <= body.lastUnitRow; r++) {
      const v = bodyValue.get(address(col, r)) ?? null;
      if (v === null) continue;
      if (typeof v !== "number" || !isExactFigure(v)) bad = true;
      else parts.push(v);
      const w = weightCol === undefined ? null : (bodyValue.get(address(weightCol, r)) ?? null);
      if (typeof v === "number" && (w === null || (typeof w === "number" && isExactFigure(w)))) pairs.push([v, w as number | null]);
    }
    if (weightKey && weightCol === undefined) bad = true;
    const expected = weightKey ? weightedMean(pairs) : exactSum(parts);
    const total = bodyValue.get(address(col, body.totalsRow)) ?? null;
    const consolidated = typeof written === "number" ? written : written === null ? null : Number.NaN;
    if (bad || !sameFigure(expected, consolidated) || !sameFigure(total as number | null, consolidated)) mismatches.push(key);
  }
  return { passed: mismatches.length === 0 && checked > 0, checked, mismatches };
}

export function auditLine(lang: Lang, audit: Audit): string {
  return audit.passed
    ? t(lang, "merge.audit.passed", { checked: audit.checked })
    : t(lang, "merge.audit.failed", { checked: audit.checked, count: audit.mismatches.length, codes: audit.mismatches.slice(0, 10).join(", ") });
}
