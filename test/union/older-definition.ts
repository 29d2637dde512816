/** Test helpers: a definition an earlier release shipped (kept as a fixture), and a unit's file made by it as that release made it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate } from "../../src/domain/layout";
import type { UnitIdentification } from "../../src/domain/layout/spec";
import { catalogOfDefinition, faultMessage, resolveCampaign, type Definition } from "../../src/domain/definition";
import { loadDefinition } from "../../src/domain/definition/load-definition";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";
import type { FigureKey } from "../../src/domain/submission";
import { render } from "../../src/domain/i18n/message";
import { writeWorkbook } from "../../src/workbook/file/writer";

/** The sheets of test/forms/fixtures/<name>, editable. */
export const fixtureSheets = (name: string): { sheets: { name: string; rows: (string | number | null)[][] }[] } =>
  JSON.parse(readFileSync(join(__dirname, "..", "forms", "fixtures", name), "utf8")) as {
    sheets: { name: string; rows: (string | number | null)[][] }[];
  };

export function catalogOfSheets(sheets: DefinitionSheets): Definition {
  const loaded = loadDefinition(sheets);
  if (!loaded.definition) throw new Error(JSON.stringify(loaded.problems));
  const built = catalogOfDefinition(loaded.definition);
  if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
  return built.value;
}

/** A unit's filled template of `campaignId`, made by `catalog`. */
export async function fileMadeBy(
  catalog: Definition,
  campaignId: string,
  unit: UnitIdentification,
  figures: ReadonlyMap<FigureKey, number | null> = new Map(),
): Promise<Uint8Array> {
  const campaign = resolveCampaign(catalog.campaignDefs, campaignId);
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  return writeWorkbook(buildTemplate({ catalog, campaign: campaign.value, unit, figures }).plan);
}
