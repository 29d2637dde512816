/**
 * The review columns are columns of the same model: base, end and cumulative inputs, change a computed column
 * end − base drawn by the one formula path of every computed column, giving the formula shipped templates
 * have always had (so a file made before reads and merges the same).
 */
import { BUILTIN_COLUMNS, loadCatalog, resolveCampaign, rowColumns, tableColumns } from "../../src/domain/definition";
import { buildTemplate, columnFormula } from "../../src/domain/layout";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();

it("describes the review's columns as column definitions, change computed end − base", () => {
  const table = catalog.tables[0]!;
  expect(tableColumns("review", table)).toEqual([
    BUILTIN_COLUMNS.base,
    BUILTIN_COLUMNS.end,
    BUILTIN_COLUMNS.change,
    BUILTIN_COLUMNS.cumulative,
  ]);
  expect(BUILTIN_COLUMNS.change).toMatchObject({ role: "computed", compute: { terms: ["base", "end"] } });
  expect(BUILTIN_COLUMNS.end.label).toEqual({ vi: "cuối kỳ", en: "end" });
  const stock = table.rows.find((r) => r.kind === "stock" && !r.aggregation)!;
  expect(rowColumns("review", stock, table).map((c) => [c.id, c.input, c.def.role])).toEqual([
    ["base", true, "input"],
    ["end", true, "input"],
    ["change", false, "computed"],
  ]);
});

it("draws the change through the computed columns' formula, as templates always printed it", () => {
  const terms = [
    { ref: "D12", computed: false },
    { ref: "E12", computed: false },
  ];
  expect(columnFormula(terms, BUILTIN_COLUMNS.change.compute!.calc)).toBe('IF(OR(ISBLANK(D12),ISBLANK(E12)),"",E12-D12)');
  const campaign = resolveCampaign(catalog.campaignDefs, "tk10-nq6a-2011-2020");
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  const built = buildTemplate({ catalog, campaign: campaign.value });
  const change = built.cells.find((c) => c.code === "DV_TONG" && c.column === "change")!;
  const cell = built.plan.sheets.find((s) => s.name === change.sheet)!.cells.find((c) => c.ref === change.address)!;
  const row = change.address.replace(/^[A-Z]+/, "");
  expect(cell.formula).toBe(`IF(OR(ISBLANK(D${row}),ISBLANK(E${row})),"",E${row}-D${row})`);
});
