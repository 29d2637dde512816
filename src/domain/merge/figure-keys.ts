/** The input cells of a campaign, in template order: the columns every breakdown and every sum has. */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignCells } from "../definition/columns";
import { figureKey, type FigureKey } from "../submission";
import { perObjectPair } from "../memo";

/** The same array for the same definition and campaign: every figure row of a merge is in its order (figure-row.ts). */
export const inputFigureKeys: (definition: Definition, campaign: Campaign) => readonly FigureKey[] = perObjectPair(listKeys);

function listKeys(definition: Definition, campaign: Campaign): FigureKey[] {
  const keys: FigureKey[] = [];
  for (const { row, column } of campaignCells(definition, campaign)) if (column.input) keys.push(figureKey(row.code, column.id));
  return keys;
}
