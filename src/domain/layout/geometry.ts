/**
 * Where things sit on the sheets. Fixed by the campaign kind, the table's columns and the level whose
 * form it is — never by the unit or the figures — so a code lands at the same address in every file of
 * a campaign and level (a merge reads by name, but people compare printouts and screenshots by position).
 */
import type { CampaignKind, ColumnDef, ColumnId, Level, Table } from "../definition";
import { tableColumns } from "../definition";

/** Rows of a table sheet (1-based). Rows 1–7 are the header block above the table. */
export const TABLE_ROWS = {
  unit: 1,
  parent: 2,
  title: 4,
  campaign: 5,
  period: 6,
  /** A two-row header's spanning cells ("Chia ra"), above the header row; blank in a table without groups. */
  groups: 7,
  header: 8,
  columnNumbers: 9,
  firstData: 10,
} as const;

export interface TableGeometry {
  readonly tt: number;
  readonly label: number;
  readonly unit: number;
  /** Value columns in display order, with their column numbers. */
  readonly values: readonly { readonly id: ColumnId; readonly column: number; readonly def: ColumnDef }[];
  readonly note: number;
  readonly lastColumn: number;
}

/**
 * Periodic: A TT · B Nội dung · C Đơn vị tính · D Số lượng · E Ghi chú, or D… the table's own columns then Ghi chú.
 * Review: D Đầu kỳ · E Cuối kỳ · F Tăng, giảm · G Lũy kế · H Ghi chú. `level`: the level whose form this is (a
 * column for upper levels is not on a CĐCS's form); absent, every column.
 */
export function tableGeometry(kind: CampaignKind, table: Pick<Table, "columns">, level?: Level): TableGeometry {
  const defs = tableColumns(kind, table, level);
  const values = defs.map((def, i) => ({ id: def.id, column: 4 + i, def }));
  const note = 4 + defs.length;
  return { tt: 1, label: 2, unit: 3, values, note, lastColumn: note };
}

export function valueColumn(geometry: TableGeometry, id: ColumnId): number | undefined {
  return geometry.values.find((v) => v.id === id)?.column;
}

/** Identification sheet: title, campaign line, header row, then one field per row from row 5. */
export const IDENTIFICATION_ROWS = { title: 1, campaign: 2, header: 4, firstField: 5 } as const;
export const IDENTIFICATION_COLUMNS = { label: 1, value: 2, hint: 3 } as const;

/** _meta sheet: key in A, value in B, from row 1; the level list in D from row 2 (D1 is its heading); a chosen field's list (the sector) in H. */
export const META_COLUMNS = { key: 1, value: 2, levelList: 4, definition: 6, choiceList: 8 } as const;
