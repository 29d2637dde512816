/**
 * A definition's sheets → the catalog that layout, check and merge work on, or the problems. The one
 * entry for every caller (CLI --forms, `forms check`, the page, a definition carried in a template):
 * the loader, then the catalog's own checks, then the rule no user definition may break — a shipped
 * campaign id always means the shipped definition.
 */
import shippedHistory from "../catalog/data/shipped-history.json";
import { loadCatalog, parseCatalog, definitionFiles, type Catalog } from "./catalog";
import { resolveCampaign } from "./campaign";
import { DEFINITION_COLUMNS, DEFINITION_SHEETS, type DefinitionSheets } from "./definition-sheets";
import { loadDefinition } from "./load-definition";
import type { DefinitionProblem } from "./problems";
import { foldKey, cellText } from "./sheet-table";
import { address } from "../a1";

export interface DefinitionCatalog {
  readonly catalog: Catalog | null;
  readonly problems: readonly DefinitionProblem[];
}

/** The campaigns sheet's cell holding this campaign id, so the officer is sent to it. */
function campaignCell(sheets: DefinitionSheets, id: string): string | null {
  const sheet = sheets.sheets.find((s) => foldKey(s.name) === DEFINITION_SHEETS.campaigns);
  const header = sheet?.rows[0] ?? [];
  const column = header.findIndex((cell) => foldKey(cellText(cell)) === Object.keys(DEFINITION_COLUMNS.campaigns)[0]);
  const row = sheet?.rows.findIndex((r, i) => i > 0 && foldKey(cellText(r[column] ?? null)) === id) ?? -1;
  return column >= 0 && row > 0 ? address(column + 1, row + 1) : null;
}

const HISTORY: Readonly<Record<string, Readonly<Record<string, string>>>> = shippedHistory.forms;

/**
 * Last season's shipped definition, exactly (by hash): its files name the shipped campaigns with their own
 * definition. Only hashes a release shipped are let through, so a made-up "old version" cannot be.
 */
function earlierShipped(catalog: Catalog, shipped: Catalog): boolean {
  return catalog.form.id === shipped.form.id && catalog.form.version < shipped.form.version && HISTORY[catalog.form.id]?.[String(catalog.form.version)] === catalog.form.hash;
}

/** A campaign of this definition whose id a shipped campaign already answers to. */
export function reusedShippedIds(catalog: Catalog, shipped: Catalog): string[] {
  if (catalog.form.hash === shipped.form.hash || earlierShipped(catalog, shipped)) return [];
  return catalog.campaignDefs
    .map((def) => def.id)
    .filter((id) => shipped.campaignDefs.some((d) => d.id === id) || resolveCampaign(shipped.campaignDefs, id).ok);
}

export function catalogFromSheets(sheets: DefinitionSheets, shipped: Catalog = loadCatalog()): DefinitionCatalog {
  const loaded = loadDefinition(sheets);
  if (!loaded.definition) return { catalog: null, problems: loaded.problems };
  const { definition } = loaded;
  const built = parseCatalog(definitionFiles(definition), { id: definition.formId, version: definition.version, title: definition.title, ...(definition.source ? { source: definition.source } : {}) });
  if (!built.ok) {
    // The loader checks item by item where the cell is known; this is the catalog's last guard.
    const problem: DefinitionProblem = { severity: "error", sheet: DEFINITION_SHEETS.indicators, cell: null, code: "forms.catalog", key: "forms.catalog", params: { detail: built.error } };
    return { catalog: null, problems: [...loaded.problems, problem] };
  }
  const reused = reusedShippedIds(built.value, shipped);
  if (reused.length > 0) {
    const problems = reused.map((id): DefinitionProblem => ({ severity: "error", sheet: DEFINITION_SHEETS.campaigns, cell: campaignCell(sheets, id), code: "forms.campaign.shippedId", key: "forms.campaign.shippedId", params: { value: id } }));
    return { catalog: null, problems: [...loaded.problems, ...problems] };
  }
  return { catalog: built.value, problems: loaded.problems };
}
