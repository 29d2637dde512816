/** Test helper: a definition with columns loaded and built into its catalog, and one of its campaigns for a year. */
import { catalogOfDefinition, faultMessage, resolveCampaign, type Campaign, type Definition } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import { render } from "../../src/domain/i18n/message";
import { columnsDefinition } from "./definitions";

export function catalogOf(sheets: DefinitionSheets = columnsDefinition()): Definition {
  const loaded = loadDefinition(sheets);
  if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  const built = catalogOfDefinition(loaded.definition);
  if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
  return built.value;
}

export function campaignOf(catalog: Definition, id = "cot-6t-2026"): Campaign {
  const found = resolveCampaign(catalog.campaignDefs, id);
  if (!found.ok) throw new Error(render("en", found.error));
  return found.value;
}
