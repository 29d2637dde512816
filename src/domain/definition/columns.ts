/**
 * Which value columns a row has in a campaign: one model for every column (issue 22).
 *
 * A periodic campaign gives a table its own columns (the definition's columns sheet: plan, actual and
 * % of plan; a sector matrix), or one Số lượng column when it declares none. A review campaign gives
 * stocks a baseline and an end column with a computed change (end − base), and flows one cumulative
 * column for the whole period; percentages are computed at baseline and end. The built-in columns are
 * column definitions like a definition's own, so layout, check and merge walk one list of cells.
 */
import type { BuiltinColumnId, Calc, ColumnDef, ColumnId, Level, Row, Table } from "./schema";
import { isBuiltinColumn } from "./schema";
import { isoParts } from "../dates";
import { t } from "../i18n/strings";

export type CampaignKind = "periodic" | "review";
export type ColumnRole = ColumnDef["role"];

/** One cell of a row: its column, whether the preparer types it, and the column's definition. */
export interface RowColumn {
  readonly id: ColumnId;
  /** Input cells are typed by the preparer; the others are formulas. */
  readonly input: boolean;
  /**
   * What the cell is in this row: `input`, or `computed` (by the column's formula, or — in a computed
   * row — by the row's own ratio in this column, whatever the column's role).
   */
  readonly role: Exclude<ColumnRole, "note">;
  readonly def: ColumnDef;
}

const builtin = (id: BuiltinColumnId, compute?: { terms: ColumnId[]; calc?: Calc }): ColumnDef => ({
  id,
  label: { vi: t("vi", `check.column.${id}`), en: t("en", `check.column.${id}`) },
  role: compute ? "computed" : "input",
  ...(compute ? { compute } : {}),
});

/** The built-in columns as column definitions: `change` is computed, end − base (its terms base, end: the order its formula tests them in). */
export const BUILTIN_COLUMNS: Readonly<Record<BuiltinColumnId, ColumnDef>> = {
  value: builtin("value"),
  base: builtin("base"),
  end: builtin("end"),
  change: builtin("change", { terms: ["base", "end"], calc: { op: "-", a: { term: 1 }, b: { term: 0 } } }),
  cumulative: builtin("cumulative"),
};

const PERIODIC: readonly ColumnDef[] = [BUILTIN_COLUMNS.value];
const REVIEW: readonly ColumnDef[] = [BUILTIN_COLUMNS.base, BUILTIN_COLUMNS.end, BUILTIN_COLUMNS.change, BUILTIN_COLUMNS.cumulative];

const shownAt = (def: ColumnDef, level: Level | undefined): boolean => !def.levels || level === undefined || def.levels.includes(level);

/**
 * The value columns of a table in a campaign of this kind, in display order (the note column aside).
 * `level`: the level whose form this is; absent, every column (a consolidated workbook's).
 */
export function tableColumns(kind: CampaignKind, table: Pick<Table, "columns">, level?: Level): readonly ColumnDef[] {
  if (kind === "review") return REVIEW;
  if (!table.columns) return PERIODIC;
  return table.columns.filter((c) => c.role !== "note" && shownAt(c, level));
}

/** The table's own Ghi chú column (its header and level), when its columns declare one; absent, the built-in Ghi chú. */
export function noteColumn(kind: CampaignKind, table: Pick<Table, "columns">): ColumnDef | undefined {
  return kind === "periodic" ? table.columns?.find((c) => c.role === "note") : undefined;
}

/** Whether a campaign of this kind lays the table out in the definition's own columns (not Số lượng nor a review's). */
export const hasOwnColumns = (kind: CampaignKind, table: Pick<Table, "columns">): boolean => kind === "periodic" && !!table.columns;

const cell = (def: ColumnDef, input: boolean): RowColumn => ({ id: def.id, input, role: input ? "input" : "computed", def });

/** Every cell of a row in a campaign of this kind, whatever the level (campaignRowColumns: as one level sees it). */
export function rowColumns(
  kind: CampaignKind,
  row: Pick<Row, "kind" | "aggregation" | "valueType">,
  table: Pick<Table, "columns">,
): readonly RowColumn[] {
  if (kind === "periodic") {
    const columns = tableColumns(kind, table);
    // A computed row (a ratio of codes) is its ratio in every column; a text row has no computed cell.
    if (row.kind === "computed") return columns.map((def) => cell(def, false));
    if (row.valueType === "text") return columns.filter((def) => def.role === "input").map((def) => cell(def, true));
    return columns.map((def) => cell(def, def.role === "input"));
  }
  // A counted row ("Tổng số CĐCS") counts the CĐCS merged, which stand at the end of the period: no
  // file says which of them existed at the baseline, so the row has its end column only, never a blank baseline.
  if (row.aggregation === "count_units") return [cell(BUILTIN_COLUMNS.end, true)];
  switch (row.kind) {
    case "stock":
      return [cell(BUILTIN_COLUMNS.base, true), cell(BUILTIN_COLUMNS.end, true), cell(BUILTIN_COLUMNS.change, false)];
    case "flow":
      return [cell(BUILTIN_COLUMNS.cumulative, true)];
    case "computed":
      return [cell(BUILTIN_COLUMNS.base, false), cell(BUILTIN_COLUMNS.end, false)];
  }
}

/** What of a campaign decides which rows and columns exist: its kind, dates, and the level viewing it. */
export interface CampaignScope {
  readonly kind: CampaignKind;
  /** Periodic: the ISO day figures are counted at. */
  readonly asOf?: string;
  readonly baseYear?: number;
  readonly endYear?: number;
  /** The level whose form this is; absent: every row (what a consolidated workbook holds). */
  readonly level?: Level;
}

const inYears = (row: Pick<Row, "years">, year: number | undefined): boolean =>
  !row.years || year === undefined || ((row.years.from ?? -Infinity) <= year && year <= (row.years.to ?? Infinity));

/**
 * The row's columns in one campaign, as one level sees it: a row for upper levels is not on a CĐCS's
 * form, nor is a column for upper levels; a yearly row (grading) is not in the 31/5 report; a grading
 * scheme's row has no column for a year it did not exist in (a 2011 baseline was graded "vững mạnh",
 * not "hoàn thành tốt").
 */
export function campaignRowColumns(
  scope: CampaignScope,
  row: Pick<Row, "kind" | "aggregation" | "valueType" | "levels" | "asOf" | "years">,
  table: Pick<Table, "columns">,
): readonly RowColumn[] {
  if (row.levels && scope.level && !row.levels.includes(scope.level)) return [];
  const columns = rowColumns(scope.kind, row, table);
  if (scope.kind === "periodic") {
    const asOf = scope.asOf ? isoParts(scope.asOf) : null;
    if (row.asOf && asOf && (asOf.month !== row.asOf.month || asOf.day !== row.asOf.day)) return [];
    if (!inYears(row, asOf?.year)) return [];
    return table.columns ? columns.filter((c) => shownAt(c.def, scope.level)) : columns;
  }
  const base = inYears(row, scope.baseYear);
  const end = inYears(row, scope.endYear);
  const overlaps =
    !row.years ||
    ((row.years.from ?? -Infinity) <= (scope.endYear ?? Infinity) && (scope.baseYear ?? -Infinity) <= (row.years.to ?? Infinity));
  return columns.filter((c) => (c.id === "base" ? base : c.id === "end" ? end : c.id === "change" ? base && end : overlaps));
}

/** One cell of a campaign's form: a row of one of its tables, in one of that row's columns. */
export interface CampaignCell {
  readonly table: Table;
  readonly row: Row;
  readonly column: RowColumn;
}

/**
 * Every cell of the campaign's tables in template order (table, row, column), as campaignRowColumns sees
 * each row: what a merge's figure rows and its computed cells are listed by.
 */
export function* campaignCells(
  definition: { readonly tables: readonly Table[] },
  campaign: CampaignScope & { readonly tables: readonly string[] },
): Generator<CampaignCell> {
  for (const table of definition.tables) {
    if (!campaign.tables.includes(table.id)) continue;
    for (const row of table.rows) for (const column of campaignRowColumns(campaign, row, table)) yield { table, row, column };
  }
}

/** The table's own input columns (none without columns): what a rule without pins is also checked in. */
export const inputColumnIds = (table: Pick<Table, "columns">): ColumnId[] =>
  (table.columns ?? []).filter((c) => c.role === "input").map((c) => c.id);

/** What a cell holds: a text row's text, a ratio row's percentage, else its column's own type (a percentage, a decimal), else the row's. */
export const cellValueType = (row: Pick<Row, "valueType" | "kind">, column: Pick<RowColumn, "def">): Row["valueType"] =>
  row.valueType === "text" || row.kind === "computed" ? row.valueType : (column.def.valueType ?? row.valueType);

/** A column of the table by id: a built-in column, or one of the table's own (null: neither). */
export function findColumn(table: Pick<Table, "columns">, id: ColumnId): ColumnDef | null {
  return isBuiltinColumn(id) ? BUILTIN_COLUMNS[id] : (table.columns?.find((c) => c.id === id) ?? null);
}
