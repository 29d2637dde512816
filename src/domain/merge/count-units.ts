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
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignRowColumns } from "../definition/columns";
import type { Row } from "../definition/schema";
import { figureKey, type FigureKey, type Submission } from "../submission";
import { filterValues, foldFilterValue as fold, UNKNOWN_VALUE } from "../definition/filter-values";

export { UNKNOWN_VALUE };

/** The rows the merge fills, and per field every value some filter names (what "?" is the rest of). */
interface CountPlan {
  readonly rows: readonly Row[];
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
}

const plans = new WeakMap<Definition, CountPlan>();

function countPlan(catalog: Definition): CountPlan {
  let plan = plans.get(catalog);
  if (!plan) {
    const rows = catalog.tables.flatMap((t) => t.rows).filter((row) => row.aggregation === "count_units" || row.from !== undefined);
    const known = filterValues(catalog);
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

/** The identification field a register's "Loại hình" column fills: the sector the counted rows filter on. */
export const SECTOR_FIELD = "LOAI_HINH";

/** Two sectors that name the same thing once folded ("Hợp tác xã" and "hop tac xa"). */
export const sameValue = (a: string, b: string): boolean => fold(a) === fold(b);

/**
 * The counted rows of one CĐCS whose identification holds `fields`: 1 or 0 in each count row's value or
 * end column (a unit is counted where it stands at the report's date), and routed figures from `figures`.
 */
function countedInto(
  catalog: Definition,
  campaign: Campaign,
  fields: ReadonlyMap<string, string>,
  figures: ReadonlyMap<FigureKey, number | null>,
  into: Map<FigureKey, number | null>,
  undeclared: Set<string>,
): void {
  const plan = countPlan(catalog);
  for (const row of plan.rows) {
    const table = catalog.rowsByCode.get(row.code)?.table;
    if (!table || !campaign.tables.includes(table.id)) continue;
    for (const column of campaignRowColumns(campaign, row, table)) {
      if (!column.input) continue;
      const key = figureKey(row.code, column.id);
      const pass = passes(plan, row, fields);
      if (pass && row.unitFilter?.values.includes(UNKNOWN_VALUE)) undeclared.add(row.unitFilter.field);
      if (row.aggregation === "count_units") {
        if (column.id === "value" || column.id === "end") into.set(key, pass ? 1 : 0);
      } else if (row.from && pass) {
        const value = figures.get(figureKey(row.from, column.id));
        if (value !== undefined && value !== null) into.set(key, value);
      }
    }
  }
}

/**
 * The submission with its counted and routed rows filled (a CĐCS) or emptied (a consolidated
 * workbook's own figures are read from its register). An upper level that filled its own form by hand
 * keeps what it typed ("Tổng số CĐCS" is an input of its form): it answers for the units below it.
 * `registerSector`: the register's sector for this unit, used when the file declares none.
 */
export function withCountedUnits(
  catalog: Definition,
  campaign: Campaign,
  submission: Submission,
  registerSector?: string,
): CountedSubmission {
  const plan = countPlan(catalog);
  if (plan.rows.length === 0 || submission.kind === "consolidated") return { submission, undeclared: [] };
  if (submission.identification.level !== null && submission.identification.level !== "cdcs") return { submission, undeclared: [] };
  const figures = new Map<FigureKey, number | null>(submission.figures);
  const own = submission.identification.fields ?? new Map<string, string>();
  const fields = registerSector && !(own.get(SECTOR_FIELD) ?? "").trim() ? new Map([...own, [SECTOR_FIELD, registerSector]]) : own;
  const undeclared = new Set<string>();
  for (const row of plan.rows) {
    const table = catalog.rowsByCode.get(row.code)?.table;
    if (!table || !campaign.tables.includes(table.id)) continue;
    for (const column of campaignRowColumns(campaign, row, table)) if (column.input) figures.delete(figureKey(row.code, column.id));
  }
  if (submission.identification.level === "cdcs") countedInto(catalog, campaign, fields, submission.figures, figures, undeclared);
  return { submission: { ...submission, figures }, undeclared: [...undeclared] };
}

/** The counted rows of a CĐCS that is on the register only (no file): 1 or 0 by its register sector, nothing else. */
export function registerOnlyFigures(
  catalog: Definition,
  campaign: Campaign,
  sector: string | undefined,
): ReadonlyMap<FigureKey, number | null> {
  const figures = new Map<FigureKey, number | null>();
  countedInto(catalog, campaign, new Map(sector ? [[SECTOR_FIELD, sector]] : []), new Map(), figures, new Set());
  return figures;
}
