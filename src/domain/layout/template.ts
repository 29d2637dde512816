/**
 * The layout engine: catalog + campaign (+ unit, figures, notes) → the workbook plan both renderers
 * draw, and the index of its cells. Pure and deterministic: the same input gives the same plan, and
 * a code sits at the same address in every file of a campaign.
 */
import { figureKey, type FigureKey } from "../submission";
import { campaignForLevel, flowPeriod, identificationName } from "../definition";
import { absoluteOf, sheetRef } from "../a1";
import { indexCells, placeTables } from "./cell-index";
import { identificationCells, identificationSheet, identificationSheetName } from "./identification-sheet";
import { instructionsSheet } from "./instructions-sheet";
import { definitionName, metaCells, metaSheet } from "./meta-sheet";
import type { NamePlan, WorkbookPlan } from "./plan";
import type { CellSpec, IdentificationCellSpec, TemplateInput, TemplateResult } from "./spec";
import { tableSheet, type TableSheetContext } from "./table-sheet";
import { vi } from "./text";

const EMPTY_FIGURES: ReadonlyMap<FigureKey, number | null> = new Map();
const EMPTY_NOTES: ReadonlyMap<string, string> = new Map();

function idRef(cells: readonly IdentificationCellSpec[], key: string): string | undefined {
  const cell = cells.find((c) => c.name === identificationName(key));
  return cell ? sheetRef(cell.sheet, absoluteOf(cell.address)) : undefined;
}

export function buildTemplate(input: TemplateInput): TemplateResult {
  const { catalog } = input;
  const unit = input.unit ?? {};
  // A CĐCS gets form 1-HĐCĐ, an upper level form 2-HĐCĐ: the rows of its level (all rows when no level is given).
  const campaign = campaignForLevel(input.campaign, unit.level);
  const kind = input.kind ?? "submission";
  const { cells, noteCells } = indexCells(catalog, campaign);
  const idCells = identificationCells(catalog);
  const meta = metaCells();

  const cellsByKey = new Map<FigureKey, CellSpec>(cells.map((c) => [figureKey(c.code, c.column), c]));
  const unitName = unit.unitName?.normalize("NFC").trim();
  const ctx: TableSheetContext = {
    campaign,
    templateId: catalog.templateId,
    version: catalog.version,
    form: { id: catalog.form.id, version: catalog.form.version },
    flowPeriod: flowPeriod(catalog.campaignDefs, campaign),
    cellsByKey,
    figures: input.figures ?? EMPTY_FIGURES,
    notes: input.notes ?? EMPTY_NOTES,
    consolidated: kind === "consolidated",
    idRefs: {
      unitName: idRef(idCells, "UNIT_NAME"),
      parent: idRef(idCells, "PARENT"),
      preparer: idRef(idCells, "PREPARER"),
      head: idRef(idCells, "HEAD"),
    },
    pageHeader: unitName ? unitName : vi("tpl.print.placeholder"),
  };

  const sheets = [
    identificationSheet(catalog, campaign, unit),
    instructionsSheet(catalog, campaign),
    ...placeTables(catalog, campaign).map((placed) => tableSheet(ctx, placed)),
    metaSheet(catalog, campaign, kind),
  ];

  const names: NamePlan[] = [
    ...idCells.map((c) => ({ name: c.name, sheet: c.sheet, ref: c.address })),
    ...cells.map((c) => ({ name: c.name, sheet: c.sheet, ref: c.address })),
    ...noteCells.map((c) => ({ name: c.name, sheet: c.sheet, ref: c.address })),
    ...meta.map((c) => ({ name: c.name, sheet: c.sheet, ref: c.address })),
    definitionName(catalog),
  ];

  const plan: WorkbookPlan = {
    sheets,
    names,
    properties: {
      title: campaign.title.vi,
      subject: unitName ?? identificationSheetName(),
      creator: vi("app.name"),
      keywords: `${catalog.templateId};v${catalog.version};${campaign.id};${kind}`,
    },
  };
  return { plan, cells, noteCells, identificationCells: idCells, metaCells: meta };
}
