/** The input cells a campaign's template has: every (row, column) a preparer types a figure into. */
import type { Catalog } from "../catalog/load";
import type { Campaign } from "../catalog/campaign";
import { rowColumns } from "../catalog/columns";
import type { ColumnId, Row, Table } from "../catalog/schema";
import { figureKey, type FigureKey } from "../submission";

export interface InputCell {
  readonly table: Table;
  readonly row: Row;
  readonly column: ColumnId;
  readonly key: FigureKey;
}

export const campaignTables = (catalog: Catalog, campaign: Campaign): readonly Table[] => catalog.tables.filter((t) => campaign.tables.includes(t.id));

/** Computed once per (catalog, campaign) object: a merge checks a thousand files of one campaign. */
const cache = new WeakMap<Catalog, WeakMap<Campaign, readonly InputCell[]>>();

export function inputCells(catalog: Catalog, campaign: Campaign): readonly InputCell[] {
  let byCampaign = cache.get(catalog);
  if (!byCampaign) cache.set(catalog, (byCampaign = new WeakMap()));
  let cells = byCampaign.get(campaign);
  if (!cells) {
    cells = campaignTables(catalog, campaign).flatMap((table) =>
      table.rows.flatMap((row) => rowColumns(campaign.kind, row).filter((c) => c.input).map((c) => ({ table, row, column: c.id, key: figureKey(row.code, c.id) }))),
    );
    byCampaign.set(campaign, cells);
  }
  return cells;
}

/** Whether (code, column) is an input cell of this campaign: a rule over anything else is not evaluated. */
export function isInputCell(catalog: Catalog, campaign: Campaign, code: string, column: ColumnId): boolean {
  const found = catalog.rowsByCode.get(code);
  if (!found || !campaign.tables.includes(found.table.id)) return false;
  return rowColumns(campaign.kind, found.row).some((c) => c.id === column && c.input);
}
