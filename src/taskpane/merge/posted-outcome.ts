/**
 * A merge outcome crossing from the worker to the page. Structured clone cannot carry a function, and a
 * sheet plan streams its long tables through `RowsPlan.row(i)`; so those rows travel as arrays and get
 * their function back on arrival. Only the Excel path writes the plan on the page: standalone, the
 * worker has already written the .xlsx, so the rows are not copied (a register of 136,000 units would
 * be held twice) and the plan arrives without them.
 */
import type { RowsPlan, SheetPlan, WorkbookPlan } from "../../domain/layout/plan";
import type { MergeOutcome } from "../../workbook/merge";

type RowValues = readonly (string | number | null)[];
type PostedRows = Omit<RowsPlan, "row"> & { readonly values: readonly RowValues[] };
type PostedSheet = Omit<SheetPlan, "rows"> & { readonly rows?: PostedRows };
type PostedPlan = Omit<WorkbookPlan, "sheets"> & { readonly sheets: readonly PostedSheet[] };
export type PostedOutcome = Exclude<MergeOutcome, { ok: true }> | (Omit<Extract<MergeOutcome, { ok: true }>, "plan"> & { readonly plan: PostedPlan });

export function postableOutcome(outcome: MergeOutcome, withRows: boolean): PostedOutcome {
  if (!outcome.ok) return outcome;
  const sheets = outcome.plan.sheets.map((sheet): PostedSheet => {
    if (!sheet.rows) return sheet as PostedSheet;
    const { rows, ...rest } = sheet;
    if (!withRows) return rest;
    const { row, ...shape } = rows;
    return { ...rest, rows: { ...shape, values: Array.from({ length: shape.count }, (_, i) => row(i)) } };
  });
  return { ...outcome, plan: { ...outcome.plan, sheets } };
}

export function receivedOutcome(posted: PostedOutcome): MergeOutcome {
  if (!posted.ok) return posted;
  const sheets = posted.plan.sheets.map((sheet): SheetPlan => {
    if (!sheet.rows) return sheet as SheetPlan;
    const { values, ...rest } = sheet.rows;
    return { ...sheet, rows: { ...rest, row: (i: number) => values[i] } };
  });
  return { ...posted, plan: { ...posted.plan, sheets } };
}
