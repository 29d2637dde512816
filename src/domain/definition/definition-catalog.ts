/**
 * A definition's sheets → the definition that layout, check and merge work on, or the problems. The one
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

/** What loading a definition's sheets gives: the definition (null when refused) and the problems found, at sheet!cell. */
export interface DefinitionOutcome {
  readonly definition: Definition | null;
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
function earlierShipped(definition: Definition, shipped: Definition): boolean {
  return (
    definition.form.id === shipped.form.id &&
    definition.form.version < shipped.form.version &&
    HISTORY[definition.form.id]?.[String(definition.form.version)] === definition.form.hash
  );
}

/** A campaign of this definition whose id a shipped campaign already answers to. */
export function reusedShippedIds(definition: Definition, shipped: Definition): string[] {
  if (definition.form.hash === shipped.form.hash || earlierShipped(definition, shipped)) return [];
  return definition.campaignDefs
    .map((def) => def.id)
    .filter((id) => shipped.campaignDefs.some((d) => d.id === id) || resolveCampaign(shipped.campaignDefs, id).ok);
}

export function definitionFromSheets(sheets: DefinitionSheets, shipped: Definition = loadCatalog()): DefinitionOutcome {
  const loaded = loadDefinition(sheets);
  if (!loaded.definition) return { definition: null, problems: loaded.problems };
  const built = catalogOfDefinition(loaded.definition);
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
    return { definition: null, problems: [...loaded.problems, problem] };
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
    return { definition: null, problems: [...loaded.problems, ...problems] };
  }
  return { definition: built.value, problems: loaded.problems };
}
