/**
 * A definition's sheets → the catalog that layout, check and merge work on, or the problems. The one
 * entry for every caller (CLI --forms, `forms check`, the page, a definition carried in a template):
 * the loader, then the catalog's own checks, then the rule no user definition may break — a shipped
 * campaign id always means the shipped definition.
 */
import shippedHistory from "../catalog/data/shipped-history.json";
import { loadCatalog, catalogOfDefinition, type Definition, type DefinitionFault } from "./catalog";
import { resolveCampaign } from "./campaign";
import { DEFINITION_SHEETS, type DefinitionSheets } from "./definition-sheets";
import { loadDefinition } from "./load-definition";
import type { DefinitionProblem } from "./problems";
import { foldKey, cellText } from "./sheet-table";
import { address } from "../a1";

export interface DefinitionCatalog {
  readonly catalog: Definition | null;
  readonly problems: readonly DefinitionProblem[];
}

/** The column a row of each sheet is found by, and the one the guard's faults name it by. */
const ID_COLUMNS: Readonly<Record<DefinitionFault["sheet"], string>> = {
  tables: "table_id",
  indicators: "code",
  rules: "rule_id",
  campaigns: "campaign_id",
};

/** The cell of `sheet` holding this id in its id column, so the officer is sent to the row. */
function rowCell(sheets: DefinitionSheets, sheetKey: DefinitionFault["sheet"], id: string): string | null {
  const sheet = sheets.sheets.find((s) => foldKey(s.name) === DEFINITION_SHEETS[sheetKey]);
  const header = sheet?.rows[0] ?? [];
  const column = header.findIndex((cell) => foldKey(cellText(cell)) === ID_COLUMNS[sheetKey]);
  const wanted = foldKey(id);
  const row = id === "" ? -1 : (sheet?.rows.findIndex((r, i) => i > 0 && foldKey(cellText(r[column] ?? null)) === wanted) ?? -1);
  return column >= 0 && row > 0 ? address(column + 1, row + 1) : null;
}

const HISTORY: Readonly<Record<string, Readonly<Record<string, string>>>> = shippedHistory.forms;

/**
 * Last season's shipped definition, exactly (by hash): its files name the shipped campaigns with their own
 * definition. Only hashes a release shipped are let through, so a made-up "old version" cannot be.
 */
function earlierShipped(catalog: Definition, shipped: Definition): boolean {
  return (
    catalog.form.id === shipped.form.id &&
    catalog.form.version < shipped.form.version &&
    HISTORY[catalog.form.id]?.[String(catalog.form.version)] === catalog.form.hash
  );
}

/** A campaign of this definition whose id a shipped campaign already answers to. */
export function reusedShippedIds(catalog: Definition, shipped: Definition): string[] {
  if (catalog.form.hash === shipped.form.hash || earlierShipped(catalog, shipped)) return [];
  return catalog.campaignDefs
    .map((def) => def.id)
    .filter((id) => shipped.campaignDefs.some((d) => d.id === id) || resolveCampaign(shipped.campaignDefs, id).ok);
}

export function catalogFromSheets(sheets: DefinitionSheets, shipped: Definition = loadCatalog()): DefinitionCatalog {
  const loaded = loadDefinition(sheets);
  if (!loaded.definition) return { catalog: null, problems: loaded.problems };
  const { definition } = loaded;
  const built = catalogOfDefinition(definition);
  if (!built.ok) {
    // The loader checks item by item where the cell is known; this is the catalog's last guard, placed at the row.
    const fault = built.error;
    const problem: DefinitionProblem = {
      severity: "error",
      sheet: DEFINITION_SHEETS[fault.sheet],
      cell: rowCell(sheets, fault.sheet, fault.id),
      code: fault.key,
      key: fault.key,
      params: fault.params,
    };
    return { catalog: null, problems: [...loaded.problems, problem] };
  }
  const reused = reusedShippedIds(built.value, shipped);
  if (reused.length > 0) {
    const problems = reused.map((id): DefinitionProblem => ({
      severity: "error",
      sheet: DEFINITION_SHEETS.campaigns,
      cell: rowCell(sheets, "campaigns", id),
      code: "forms.campaign.shippedId",
      key: "forms.campaign.shippedId",
      params: { value: id },
    }));
    return { catalog: null, problems: [...loaded.problems, ...problems] };
  }
  return { catalog: built.value, problems: loaded.problems };
}
