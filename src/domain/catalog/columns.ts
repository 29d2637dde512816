/**
 * Which value columns a row has in a campaign. Periodic campaigns have one column (Số lượng).
 * Review campaigns give stocks a baseline and an end column with a computed change, and flows one
 * cumulative column for the whole period; percentages are computed at baseline and end.
 */
import type { ColumnId, Row } from "./schema";

export type CampaignKind = "periodic" | "review";

export interface RowColumn {
  readonly id: ColumnId;
  /** Input cells are typed by the preparer; the others are formulas. */
  readonly input: boolean;
}

export function tableColumns(kind: CampaignKind): readonly ColumnId[] {
  return kind === "periodic" ? ["value"] : ["base", "end", "change", "cumulative"];
}

export function rowColumns(kind: CampaignKind, row: Pick<Row, "kind">): readonly RowColumn[] {
  if (kind === "periodic") return [{ id: "value", input: row.kind !== "computed" }];
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
