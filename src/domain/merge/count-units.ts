/**
 * Counted, not typed: rows an upper level's form (2-HĐCĐ) fills from the CĐCS it merges.
 *
 * - A `count_units` row ("Tổng số CĐCS", "— doanh nghiệp nhà nước") gets 1 from each CĐCS that passes
 *   its filter on an identification field (LOAI_HINH), 0 from the others.
 * - A row with `from` (a sector's wage row) gets the CĐCS's figure of that code when it passes.
 *
 * Done once per CĐCS's own workbook, before it becomes a leaf: the leaf then carries its counts in the
 * breakdown, so a merge of merges sums the same 0s and 1s (associative by construction). What a file
 * typed into such a row is never taken: no file decides how many units were merged.
 */
import type { Catalog } from "../catalog/load";
import type { Campaign } from "../catalog/campaign";
import { campaignRowColumns } from "../catalog/columns";
import type { Row } from "../catalog/schema";
import { asciiFold } from "../ascii-fold";
import { figureKey, type FigureKey, type Submission } from "../submission";

/** The filter value that catches a unit whose field is blank or matches no value the definition lists. */
export const UNKNOWN_VALUE = "?";

const fold = (text: string): string => asciiFold(text.normalize("NFC")).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The rows the merge fills, and per field every value some filter names (what "?" is the rest of). */
interface CountPlan {
  readonly rows: readonly Row[];
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
}

const plans = new WeakMap<Catalog, CountPlan>();

function countPlan(catalog: Catalog): CountPlan {
  let plan = plans.get(catalog);
  if (!plan) {
    const rows = catalog.tables.flatMap((t) => t.rows).filter((row) => row.aggregation === "count_units" || row.from !== undefined);
    const known = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!row.unitFilter) continue;
      const set = known.get(row.unitFilter.field) ?? new Set<string>();
      for (const value of row.unitFilter.values) if (value !== UNKNOWN_VALUE) set.add(fold(value));
      known.set(row.unitFilter.field, set);
    }
    plans.set(catalog, (plan = { rows, known }));
  }
  return plan;
}

/** Whether a unit whose identification holds `fields` passes a row's filter (no filter: every unit). */
function passes(plan: CountPlan, row: Row, fields: ReadonlyMap<string, string>): boolean {
  if (!row.unitFilter) return true;
  const text = fold(fields.get(row.unitFilter.field) ?? "");
  const declared = text !== "" && (plan.known.get(row.unitFilter.field)?.has(text) ?? false);
  return row.unitFilter.values.some((value) => (value === UNKNOWN_VALUE ? !declared : fold(value) === text));
}

export interface CountedSubmission {
  readonly submission: Submission;
  /** The CĐCS declared no sector (or one the definition does not list) for a filter that needs it: it is counted under "?" and listed. */
  readonly undeclared: readonly string[];
}

/** The submission with its counted and routed rows filled (a CĐCS) or emptied (anyone else: typed counts are not taken). */
export function withCountedUnits(catalog: Catalog, campaign: Campaign, submission: Submission): CountedSubmission {
  const plan = countPlan(catalog);
  if (plan.rows.length === 0 || submission.kind === "consolidated") return { submission, undeclared: [] };
  const figures = new Map<FigureKey, number | null>(submission.figures);
  const fields = submission.identification.fields ?? new Map<string, string>();
  const isCdcs = submission.identification.level === "cdcs";
  const undeclared = new Set<string>();
  for (const row of plan.rows) {
    if (!campaign.tables.includes(catalog.rowsByCode.get(row.code)?.table.id ?? "")) continue;
    for (const column of campaignRowColumns(campaign, row)) {
      if (!column.input) continue;
      const key = figureKey(row.code, column.id);
      figures.delete(key);
      if (!isCdcs) continue;
      const pass = passes(plan, row, fields);
      if (pass && row.unitFilter?.values.includes(UNKNOWN_VALUE)) undeclared.add(row.unitFilter.field);
      if (row.aggregation === "count_units") {
        // Units are counted where they stand at the report's date: the value and end columns, not a baseline.
        if (column.id === "value" || column.id === "end") figures.set(key, pass ? 1 : 0);
      } else if (row.from && pass) {
        const value = submission.figures.get(figureKey(row.from, column.id));
        if (value !== undefined && value !== null) figures.set(key, value);
      }
    }
  }
  return { submission: { ...submission, figures }, undeclared: [...undeclared] };
}
