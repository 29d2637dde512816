/**
 * "Thông tin chung": who reports, for which campaign. One row per identification field of the
 * catalog, its input cell named UR_ID_<KEY>. Campaign and period are written by the template and
 * locked; what the caller knows of the unit is prefilled (a province sending one file per unit).
 * Every text is a literal value: a unit name starting with "=" stays text, by the plan's contract.
 */
import type { Campaign, Definition, IdentificationField } from "../definition";
import { planRowHeights } from "./row-height";
import { identificationName, levelLabel } from "../definition";
import { address, range } from "../a1";
import { IDENTIFICATION_COLUMNS as COL, IDENTIFICATION_ROWS as ROW } from "./geometry";
import { choiceListRange, levelItems, levelListRange } from "./meta-sheet";
import type { CellPlan, SheetPlan } from "./plan";
import type { IdentificationCellSpec, UnitIdentification } from "./spec";
import { isoToSerial } from "../dates";
import { vi } from "./text";
import { choiceValidation, dateValidation, levelValidation, textValidation } from "./validation";

export const identificationSheetName = (): string => vi("tpl.sheet.identification");

/** Which unit property fills a text field, by the field's key in identification.json. */
const UNIT_TEXT: Readonly<Record<string, keyof UnitIdentification>> = {
  UNIT_NAME: "unitName",
  UNIT_CODE: "unitCode",
  PARENT: "parent",
  PREPARER: "preparer",
  PHONE: "phone",
  HEAD: "head",
  LOAI_HINH: "sector",
};

export function identificationCells(catalog: Definition): IdentificationCellSpec[] {
  const sheet = identificationSheetName();
  return catalog.identification.map((field, i) => ({
    name: identificationName(field.key),
    sheet,
    address: address(COL.value, ROW.firstField + i),
    key: field.key,
    label: field.label,
    prefilled: field.prefilled,
  }));
}

function valueCell(ref: string, field: IdentificationField, campaign: Campaign, unit: UnitIdentification): CellPlan {
  switch (field.type) {
    case "campaign":
      // The title a person reads, never the id: the id travels in _meta, and the check accepts either here.
      return { ref, value: campaign.title.vi, style: "textBold" };
    case "period":
      return { ref, value: campaign.periodLabel.vi, style: "textBold" };
    case "level":
      return {
        ref,
        ...(unit.level ? { value: levelLabel(unit.level, campaign.levelNames).vi } : {}),
        style: "inputText",
        locked: false,
        validation: levelValidation(levelItems(campaign), levelListRange()),
      };
    case "date": {
      const given = unit.datePrepared?.trim();
      const serial = given ? isoToSerial(given) : null;
      // Not a real ISO date: keep what was given as text, so nothing is silently lost; validation flags it.
      const value = serial ?? (given ? given : undefined);
      return { ref, ...(value !== undefined ? { value } : {}), style: "inputDate", locked: false, validation: dateValidation() };
    }
    default: {
      const prop = UNIT_TEXT[field.key];
      const raw = prop ? unit[prop] : undefined;
      const text = typeof raw === "string" ? raw.normalize("NFC") : undefined;
      const validation = field.choices
        ? choiceValidation(field.choices, choiceListRange(field.choices.length))
        : textValidation(field.maxLength);
      return { ref, ...(text ? { value: text } : {}), style: "inputText", locked: false, validation };
    }
  }
}

function hint(field: IdentificationField): string {
  switch (field.type) {
    case "campaign":
      return vi("tpl.id.hint.campaign");
    case "period":
      return vi("tpl.id.hint.period");
    case "level":
      return vi("tpl.id.hint.level");
    case "date":
      return vi("tpl.id.hint.date");
    case "phone":
      return vi("tpl.id.hint.phone");
    case "code":
      return vi("tpl.id.hint.code");
    case "text":
      return field.choices ? vi("tpl.id.hint.level") : vi("tpl.id.hint.text");
  }
}

export function identificationSheet(catalog: Definition, campaign: Campaign, unit: UnitIdentification): SheetPlan {
  const cells: CellPlan[] = [
    { ref: address(COL.label, ROW.title), value: vi("tpl.id.title"), style: "title" },
    { ref: address(COL.label, ROW.campaign), value: campaign.title.vi, style: "subtitle" },
    { ref: address(COL.label, ROW.header), value: vi("tpl.id.header.field"), style: "header" },
    { ref: address(COL.value, ROW.header), value: vi("tpl.id.header.value"), style: "header" },
    { ref: address(COL.hint, ROW.header), value: vi("tpl.id.header.hint"), style: "header" },
  ];
  catalog.identification.forEach((field, i) => {
    const row = ROW.firstField + i;
    const label = field.required ? vi("tpl.id.required", { label: field.label.vi }) : field.label.vi;
    cells.push({ ref: address(COL.label, row), value: label, style: "label" });
    cells.push(valueCell(address(COL.value, row), field, campaign, unit));
    cells.push({ ref: address(COL.hint, row), value: hint(field), style: "small" });
  });
  const noteRow = ROW.firstField + catalog.identification.length + 1;
  cells.push({ ref: address(COL.label, noteRow), value: vi("tpl.id.requiredNote"), style: "small" });
  const merges = [
    range(COL.label, ROW.title, COL.hint, ROW.title),
    range(COL.label, ROW.campaign, COL.hint, ROW.campaign),
    range(COL.label, noteRow, COL.hint, noteRow),
  ];
  const columnWidths = [34, 48, 56];
  return {
    name: identificationSheetName(),
    role: "identification",
    cells,
    merges,
    columnWidths,
    rowHeights: planRowHeights(cells, columnWidths, merges),
    protect: true,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    visibility: "visible",
  };
}
