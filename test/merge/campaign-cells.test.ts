/**
 * A campaign's cells, as the merge lists them (campaignCells): only the campaign's tables, in template
 * order — the figure keys every figure row follows, and the computed cells the merge recomputes.
 */
import { campaignCells } from "../../src/domain/definition/columns";
import { inputFigureKeys } from "../../src/domain/merge";
import { computedCells } from "../../src/domain/merge/computed-columns";
import { figureKey, splitFigureKey } from "../../src/domain/submission";
import { catalogOf, campaignOf } from "../columns/catalog";

const definition = catalogOf();
const campaign = campaignOf(definition);
const tableOf = (code: string) => definition.rowsByCode.get(code)!.table.id;

describe("a campaign's cells", () => {
  it("walks the campaign's tables only, table by table, row by row, in the definition's order", () => {
    expect(campaign.tables.length).toBeGreaterThan(1);
    const cells = [...campaignCells(definition, campaign)];
    expect(new Set(cells.map((c) => c.table.id))).toEqual(new Set(campaign.tables));
    const order = definition.tables.flatMap((t) => t.rows.map((r) => r.code));
    const positions = cells.map((c) => order.indexOf(c.row.code));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const [first, ...others] = campaign.tables;
    const narrowed = { ...campaign, tables: others };
    const left = [...campaignCells(definition, narrowed)];
    expect(left.some((c) => c.table.id === first)).toBe(false);
    expect(left).toEqual(cells.filter((c) => c.table.id !== first));
  });

  it("gives the merge's figure keys and computed cells of those tables only", () => {
    const keys = inputFigureKeys(definition, campaign);
    const inputs = [...campaignCells(definition, campaign)].filter((c) => c.column.input);
    expect(keys).toEqual(inputs.map((c) => figureKey(c.row.code, c.column.id)));

    const computed = computedCells(definition, campaign);
    expect(computed.length).toBeGreaterThan(0);
    const withComputed = tableOf(computed[0]!.code);
    const without = { ...campaign, tables: campaign.tables.filter((id) => id !== withComputed) };
    expect(computedCells(definition, without).some((c) => tableOf(c.code) === withComputed)).toBe(false);
    expect(inputFigureKeys(definition, without).some((key) => tableOf(splitFigureKey(key).code) === withComputed)).toBe(false);
  });
});
