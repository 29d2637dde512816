/**
 * Which value columns a row has in a campaign. Periodic campaigns have one column (Số lượng).
 * Review campaigns give stocks a baseline and an end column with a computed change, and flows one
 * cumulative column for the whole period; percentages are computed at baseline and end.
 */
import type { ColumnId, Level, Row } from "./schema";
import { isoParts } from "../dates";

export type CampaignKind = "periodic" | "review";

export interface RowColumn {
  readonly id: ColumnId;
  /** Input cells are typed by the preparer; the others are formulas. */
  readonly input: boolean;
}

export function tableColumns(kind: CampaignKind): readonly ColumnId[] {
  return kind === "periodic" ? ["value"] : ["base", "end", "change", "cumulative"];
}

export function rowColumns(kind: CampaignKind, row: Pick<Row, "kind" | "aggregation">): readonly RowColumn[] {
  if (kind === "periodic") return [{ id: "value", input: row.kind !== "computed" }];
  // A counted row ("Tổng số CĐCS") counts the CĐCS merged, which stand at the end of the period: no
  // file says which of them existed at the baseline, so the row has its end column only, never a blank baseline.
  if (row.aggregation === "count_units") return [{ id: "end", input: true }];
  switch (row.kind) {
    case "stock":
      return [
        { id: "base", input: true },
        { id: "end", input: true },
        { id: "change", input: false },
      ];
    case "flow":
      return [{ id: "cumulative", input: true }];
    case "computed":
      return [
        { id: "base", input: false },
        { id: "end", input: false },
      ];
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
 * form; a yearly row (grading) is not in the 31/5 report; a grading scheme's row has no column for a
 * year it did not exist in (a 2011 baseline was graded "vững mạnh", not "hoàn thành tốt").
 */
export function campaignRowColumns(
  scope: CampaignScope,
  row: Pick<Row, "kind" | "aggregation" | "levels" | "asOf" | "years">,
): readonly RowColumn[] {
  if (row.levels && scope.level && !row.levels.includes(scope.level)) return [];
  const columns = rowColumns(scope.kind, row);
  if (scope.kind === "periodic") {
    const asOf = scope.asOf ? isoParts(scope.asOf) : null;
    if (row.asOf && asOf && (asOf.month !== row.asOf.month || asOf.day !== row.asOf.day)) return [];
    return inYears(row, asOf?.year) ? columns : [];
  }
  const base = inYears(row, scope.baseYear);
  const end = inYears(row, scope.endYear);
  const overlaps =
    !row.years ||
    ((row.years.from ?? -Infinity) <= (scope.endYear ?? Infinity) && (scope.baseYear ?? -Infinity) <= (row.years.to ?? Infinity));
  return columns.filter((c) => (c.id === "base" ? base : c.id === "end" ? end : c.id === "change" ? base && end : overlaps));
}
