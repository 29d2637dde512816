/**
 * The hidden "_meta" sheet: what the workbook says about itself (template id and version, campaign,
 * kind), as key/value cells reachable by UR_META_<KEY>. Hidden, not veryHidden: LibreOffice turns
 * veryHidden into hidden on a round trip anyway, and a plain hidden sheet is what every reader keeps.
 * It also holds the list of level labels the identification sheet's list validation points to.
 */
import type { Campaign, Definition, MetaKey } from "../definition";
import { campaignToJson, FORM_DEF_NAME, levelLabel, LEVELS, META_KEYS, metaName } from "../definition";
import { absolute, address, range, sheetRef } from "../a1";
import { META_COLUMNS } from "./geometry";
import type { CellPlan, NamePlan, SheetPlan } from "./plan";
import type { MetaCellSpec } from "./spec";
import { vi } from "./text";

export const metaSheetName = (): string => vi("tpl.sheet.meta");

export function metaCells(): MetaCellSpec[] {
  const sheet = metaSheetName();
  return META_KEYS.map((key, i) => ({ name: metaName(key), sheet, address: address(META_COLUMNS.value, 1 + i), key }));
}

/** The level labels (vi), in LEVELS order, as the identification sheet offers them: the campaign's own names where it has them. */
export const levelItems = (campaign: Pick<Campaign, "levelNames">): string[] =>
  LEVELS.map((level) => levelLabel(level, campaign.levelNames).vi);

/** The identification field whose value is chosen from a list (the sector), and its items: one per catalog. */
export const choiceField = (catalog: Definition) => catalog.identification.find((field) => field.choices !== undefined);

/** Sheet-qualified absolute range of the chosen field's list (column H), for its list validation. */
export function choiceListRange(count: number): string {
  const col = META_COLUMNS.choiceList;
  return sheetRef(metaSheetName(), `${absolute(col, 2)}:${absolute(col, 1 + count)}`);
}

/** Sheet-qualified absolute range of the level list, for the list validation. */
export function levelListRange(): string {
  const col = META_COLUMNS.levelList;
  return sheetRef(metaSheetName(), `${absolute(col, 2)}:${absolute(col, 1 + LEVELS.length)}`);
}

export function metaValues(
  catalog: Definition,
  campaign: Campaign,
  kind: "submission" | "consolidated",
): Readonly<Record<MetaKey, string | number>> {
  return {
    TEMPLATE_ID: catalog.templateId,
    TEMPLATE_VERSION: catalog.version,
    CAMPAIGN_ID: campaign.id,
    CAMPAIGN_DEF: campaignToJson(campaign),
    KIND: kind,
    FORM_ID: catalog.form.id,
    FORM_VERSION: catalog.form.version,
    FORM_HASH: catalog.form.hash,
  };
}

/** Below Excel's 32,767 characters per cell, with room to spare for tools that count differently. */
const CHUNK = 30_000;

/** The definition's model as JSON, in cell-sized pieces. */
export function definitionChunks(catalog: Definition): string[] {
  const text = JSON.stringify(catalog.model);
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK) chunks.push(text.slice(at, at + CHUNK));
  return chunks;
}

/** The name over the definition's cells (FORM_DEF_NAME). */
export function definitionName(catalog: Definition): NamePlan {
  const count = definitionChunks(catalog).length;
  // One cell is "F1", not "F1:F1": Excel and LibreOffice write it so when they re-save the file.
  const ref = count === 1 ? address(META_COLUMNS.definition, 1) : range(META_COLUMNS.definition, 1, META_COLUMNS.definition, count);
  return { name: FORM_DEF_NAME, sheet: metaSheetName(), ref };
}

export function metaSheet(catalog: Definition, campaign: Campaign, kind: "submission" | "consolidated"): SheetPlan {
  const values = metaValues(catalog, campaign, kind);
  const cells: CellPlan[] = [];
  META_KEYS.forEach((key, i) => {
    cells.push({ ref: address(META_COLUMNS.key, 1 + i), value: key, style: "text" });
    cells.push({ ref: address(META_COLUMNS.value, 1 + i), value: values[key], style: "text" });
  });
  cells.push({ ref: address(META_COLUMNS.levelList, 1), value: "LEVEL_LABELS", style: "text" });
  levelItems(campaign).forEach((label, i) => cells.push({ ref: address(META_COLUMNS.levelList, 2 + i), value: label, style: "text" }));
  definitionChunks(catalog).forEach((chunk, i) =>
    cells.push({ ref: address(META_COLUMNS.definition, 1 + i), value: chunk, style: "text" }),
  );
  const chosen = choiceField(catalog);
  if (chosen?.choices) {
    cells.push({ ref: address(META_COLUMNS.choiceList, 1), value: `${chosen.key}_LIST`, style: "text" });
    chosen.choices.forEach((item, i) => cells.push({ ref: address(META_COLUMNS.choiceList, 2 + i), value: item, style: "text" }));
  }
  return {
    name: metaSheetName(),
    role: "meta",
    cells,
    merges: [],
    columnWidths: [18, 60, 2, 40, 2, 40, 2, 40],
    protect: false,
    visibility: "hidden",
  };
}
