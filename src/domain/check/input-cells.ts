/** The input cells a campaign's template has: every (row, column) a preparer types a figure into. */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignRowColumns, cellValueType } from "../definition/columns";
import type { ColumnId, Row, Table } from "../definition/schema";
import { cellName, noteName } from "../definition/names";
import { figureKey, type FigureKey } from "../submission";
import { perObjectPair } from "../memo";

export interface InputCell {
  readonly table: Table;
  readonly row: Row;
  readonly column: ColumnId;
  readonly key: FigureKey;
  /** Its defined name, upper-case as RawWorkbook keys names. */
  readonly name: string;
  /** What the cell holds: its column's own type (a definition's decimal or percentage column), else the row's. */
  readonly valueType: Row["valueType"];
}

/** A table of the campaign with its input cells and the names of its Ghi chú cells, row by row. */
export interface InputTable {
  readonly table: Table;
  readonly cells: readonly InputCell[];
  readonly noteNames: readonly { readonly code: string; readonly name: string }[];
}

export const campaignTables = (catalog: Definition, campaign: Campaign): readonly Table[] =>
  catalog.tables.filter((t) => campaign.tables.includes(t.id));

/** Worked out once per (catalog, campaign) object: a merge checks a thousand files of one campaign. */
export const inputTables: (catalog: Definition, campaign: Campaign) => readonly InputTable[] = perObjectPair(
  (catalog: Definition, campaign: Campaign) =>
    campaignTables(catalog, campaign).map((table) => ({
      table,
      cells: table.rows.flatMap((row) =>
        campaignRowColumns(campaign, row, table)
          .filter((c) => c.input)
          .map((c) => ({
            table,
            row,
            column: c.id,
            key: figureKey(row.code, c.id),
            name: cellName(row.code, c.id).toUpperCase(),
            valueType: cellValueType(row, c),
          })),
      ),
      noteNames: table.rows.map((row) => ({ code: row.code, name: noteName(row.code).toUpperCase() })),
    })),
);

export const inputCells = (catalog: Definition, campaign: Campaign): readonly InputCell[] =>
  inputTables(catalog, campaign).flatMap((t) => t.cells);

/** The input cells' keys, once per (catalog, campaign): every rule asks, in every column it is checked in. */
const inputKeys: (catalog: Definition, campaign: Campaign) => ReadonlySet<FigureKey> = perObjectPair(
  (catalog: Definition, campaign: Campaign) => new Set(inputCells(catalog, campaign).map((c) => c.key)),
);

/** Whether (code, column) is an input cell of this campaign: a rule over anything else is not evaluated. */
export function isInputCell(catalog: Definition, campaign: Campaign, code: string, column: ColumnId): boolean {
  return inputKeys(catalog, campaign).has(figureKey(code, column));
}
