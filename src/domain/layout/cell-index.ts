/**
 * The index of figure and note cells: which code and column sits at which address. Computed from
 * the catalog and the campaign only, so it is the same for every file of a campaign, and the
 * table sheets are drawn from it (one source of addresses, no second reckoning to drift).
 */
import type { Campaign, Definition, Localized, Row, Table } from "../definition";
import { campaignRowColumns, cellName, cellValueType, noteName } from "../definition";
import { address } from "../a1";
import { TABLE_ROWS, tableGeometry, valueColumn } from "./geometry";
import type { CellSpec, NoteCellSpec } from "./spec";

export interface PlacedRow {
  readonly row: Row;
  /** 1-based sheet row. */
  readonly sheetRow: number;
}

/** A section heading line ("I. Tổ chức công đoàn") on its sheet row: words across the table, no cell. */
export interface PlacedHeading {
  readonly tt: string;
  readonly label: Localized;
  readonly sheetRow: number;
}

export interface PlacedTable {
  readonly table: Table;
  readonly sheet: string;
  readonly rows: readonly PlacedRow[];
  readonly headings: readonly PlacedHeading[];
  /** The table's last sheet row, heading or row. */
  readonly lastRow: number;
}

/** The campaign's tables in campaign order, each row on its sheet row. */
export function placeTables(catalog: Definition, campaign: Campaign): PlacedTable[] {
  return campaign.tables
    .map((id) => {
      const table = catalog.tables.find((t) => t.id === id);
      // The catalog loader checks that every campaign table exists; a custom campaign is checked by its schema.
      if (!table) throw new RangeError(`campaign ${campaign.id} uses unknown table ${id}`);
      // A row this level or date has no column for is not on the form at all (campaignRowColumns says why).
      // A row's headings print above it; a row not on this form hands its headings to the next row that is.
      const placed: PlacedRow[] = [];
      const headings: PlacedHeading[] = [];
      let next = TABLE_ROWS.firstData;
      let waiting: NonNullable<Row["headings"]> = [];
      for (const row of table.rows) {
        waiting = [...waiting, ...(row.headings ?? [])];
        if (campaignRowColumns(campaign, row, table).length === 0) continue;
        for (const heading of waiting) headings.push({ tt: heading.tt, label: heading.label, sheetRow: next++ });
        waiting = [];
        placed.push({ row, sheetRow: next++ });
      }
      return { table, sheet: table.sheetName, rows: placed, headings, lastRow: next - 1 };
    })
    .filter((placed) => placed.rows.length > 0);
}

export function indexCells(catalog: Definition, campaign: Campaign): { cells: CellSpec[]; noteCells: NoteCellSpec[] } {
  const cells: CellSpec[] = [];
  const noteCells: NoteCellSpec[] = [];
  const placedTables = placeTables(catalog, campaign);
  const laidOut = new Set(placedTables.flatMap((p) => p.rows.map((r) => r.row.code)));
  for (const placed of placedTables) {
    const geometry = tableGeometry(campaign.kind, placed.table, campaign.level);
    for (const { row, sheetRow } of placed.rows) {
      for (const column of campaignRowColumns(campaign, row, placed.table)) {
        // A percentage over a table the campaign leaves out (a user's own review without "I. Tình hình lao động") has no cell.
        if (row.compute && ![...row.compute.numerator, ...row.compute.denominator].every((code) => laidOut.has(code))) continue;
        const at = valueColumn(geometry, column.id);
        if (at === undefined) continue; // rowColumns only yields the kind's own columns
        cells.push({
          name: cellName(row.code, column.id),
          sheet: placed.sheet,
          address: address(at, sheetRow),
          code: row.code,
          column: column.id,
          tableId: placed.table.id,
          valueType: cellValueType(row, column),
          input: column.input,
          label: row.label,
          unit: row.unit,
        });
      }
      noteCells.push({
        name: noteName(row.code),
        sheet: placed.sheet,
        address: address(geometry.note, sheetRow),
        code: row.code,
        tableId: placed.table.id,
      });
    }
  }
  return { cells, noteCells };
}
