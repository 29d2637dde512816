/** The input cells of a campaign, in template order: the columns every breakdown and every sum has. */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignRowColumns } from "../definition/columns";
import { figureKey, type FigureKey } from "../submission";
import { perObjectPair } from "../memo";

/** The same array for the same catalog and campaign: every figure row of a merge is in its order (figure-row.ts). */
export const inputFigureKeys: (catalog: Definition, campaign: Campaign) => readonly FigureKey[] = perObjectPair(listKeys);

function listKeys(catalog: Definition, campaign: Campaign): FigureKey[] {
  const keys: FigureKey[] = [];
  for (const table of catalog.tables) {
    if (!campaign.tables.includes(table.id)) continue;
    for (const row of table.rows) {
      for (const column of campaignRowColumns(campaign, row, table)) if (column.input) keys.push(figureKey(row.code, column.id));
    }
  }
  return keys;
}
