/**
 * One sheet per campaign table, drawn like the union's own forms (mẫu 1-HĐCĐ / 2-HĐCĐ): the unit and
 * the form number at the top, the title in capitals, the campaign and period, then the table
 * TT · Nội dung · Đơn vị tính · value column(s) · Ghi chú with a row of column numbers under its
 * header, and a signature block to print and sign.
 */
import type { Campaign, ColumnDef, ColumnId, Row, RowColumn, Table } from "../definition";
import { campaignRowColumns, cellValueType, findColumn, hasOwnColumns, isBuiltinColumn, noteColumn, SHIPPED_FORM } from "../definition";
import { figureKey, type FigureKey } from "../submission";
import { address, range, sheetRef } from "../a1";
import { planRowHeights } from "./row-height";
import type { PlacedHeading, PlacedTable } from "./cell-index";
import { columnFormula, percentFormula, textOrBlank, textOrPlaceholder } from "./formulas";
import { TABLE_ROWS as ROW, tableGeometry, valueColumn, type TableGeometry } from "./geometry";
import type { CellPlan, SheetPlan, StyleName } from "./plan";
import type { CellSpec } from "./spec";
import { vi } from "./text";
import { figureValidation, textValidation } from "./validation";
import { ttNumbers } from "./tt-numbers";
import { displayDate } from "../dates";
import type { FlowPeriod } from "../definition/flow-period";

export interface TableSheetContext {
  readonly campaign: Campaign;
  readonly templateId: string;
  readonly version: number;
  /** The definition's identity as the form prints it: "tld-bieu-01-04", version 4. */
  readonly form: { readonly id: string; readonly version: number };
  /** Periodic reports: the days the flow rows count over (catalog/flow-period.ts). */
  readonly flowPeriod: FlowPeriod | null;
  /** Every figure cell of the workbook by figure key: percent rows may take terms from another sheet. */
  readonly cellsByKey: ReadonlyMap<FigureKey, CellSpec>;
  readonly figures: ReadonlyMap<FigureKey, number | null>;
  readonly notes: ReadonlyMap<string, string>;
  readonly consolidated: boolean;
  /** Sheet-qualified references to identification cells, when the catalog has the field. */
  readonly idRefs: { readonly unitName?: string; readonly parent?: string; readonly preparer?: string; readonly head?: string };
  /** Page header text: the unit name given, or a placeholder. */
  readonly pageHeader: string;
}

function columnHeader(def: ColumnDef, campaign: Campaign): string {
  const baseYear = String(campaign.baseYear ?? "");
  const endYear = String(campaign.endYear ?? "");
  switch (def.id) {
    case "value":
      return vi("tpl.col.value");
    case "base":
      return vi("tpl.col.base", { year: baseYear });
    case "end":
      return vi("tpl.col.end", { year: endYear });
    case "change":
      return vi("tpl.col.change");
    case "cumulative":
      return vi("tpl.col.cumulative", { baseYear, endYear });
    default:
      // A definition's own column: its header as the officer typed it.
      return def.label.vi;
  }
}

/**
 * The header row, and above it (row 7, blank otherwise) the spanning headers of a two-row header as the
 * officer typed it: consecutive columns of one group ("Chia ra") share one merged cell, and every other
 * header cell spans both rows. Without groups the header is the one row 8, as it always was.
 */
function headerCells(g: TableGeometry, campaign: Campaign, note: ColumnDef | undefined): { cells: CellPlan[]; merges: string[] } {
  const labels: [number, string][] = [
    [g.tt, vi("tpl.col.tt")],
    [g.label, vi("tpl.col.label")],
    [g.unit, vi("tpl.col.unit")],
    ...g.values.map((v): [number, string] => [v.column, columnHeader(v.def, campaign)]),
    [g.note, note?.label.vi ?? vi("tpl.col.note")],
  ];
  const cells: CellPlan[] = [];
  const merges: string[] = [];
  const groups = headerGroups(g);
  const grouped = new Set(groups.flatMap((group) => group.columns));
  for (const [col, text] of labels) {
    if (groups.length > 0 && !grouped.has(col)) {
      cells.push({ ref: address(col, ROW.groups), value: text, style: "header" }, { ref: address(col, ROW.header), style: "header" });
      merges.push(range(col, ROW.groups, col, ROW.header));
    } else cells.push({ ref: address(col, ROW.header), value: text, style: "header" });
  }
  for (const group of groups) {
    const [first, last] = [group.columns[0]!, group.columns[group.columns.length - 1]!];
    cells.push({ ref: address(first, ROW.groups), value: group.label, style: "header" });
    for (let col = first + 1; col <= last; col++) cells.push({ ref: address(col, ROW.groups), style: "header" });
    if (last > first) merges.push(range(first, ROW.groups, last, ROW.groups));
  }
  // The numbers row, "(1) (2) ...", as Vietnamese forms print it; the change column says how it is computed,
  // and a definition's column prints what its sheet says ("3=2/1").
  const base = valueColumn(g, "base");
  const end = valueColumn(g, "end");
  for (let col = 1; col <= g.lastColumn; col++) {
    const isChange = col === valueColumn(g, "change") && base !== undefined && end !== undefined;
    const number = g.values.find((v) => v.column === col)?.def.number ?? (col === g.note ? note?.number : undefined);
    const text =
      number ??
      (isChange
        ? vi("tpl.col.changeNumber", { n: String(col), end: String(end), base: String(base) })
        : vi("tpl.col.number", { n: String(col) }));
    cells.push({ ref: address(col, ROW.columnNumbers), value: text, style: "header" });
  }
  return { cells, merges };
}

/** Runs of consecutive value columns under one group header (same Vietnamese words). */
function headerGroups(g: TableGeometry): { label: string; columns: number[] }[] {
  const groups: { label: string; columns: number[] }[] = [];
  let previous: { label: string; columns: number[] } | undefined;
  for (const v of g.values) {
    const label = v.def.group?.vi;
    if (label && previous?.label === label && previous.columns[previous.columns.length - 1] === v.column - 1)
      previous.columns.push(v.column);
    else if (label) groups.push((previous = { label, columns: [v.column] }));
    else previous = undefined;
  }
  return groups;
}

const TEXT_MAX_DEFAULT = 255;
const inputStyle = (valueType: Row["valueType"]): StyleName =>
  valueType === "percent" ? "inputPercent" : valueType === "decimal" ? "inputDecimal" : "inputInteger";
const computedStyle = (valueType: Row["valueType"]): StyleName =>
  valueType === "percent" ? "computedPercent" : valueType === "decimal" ? "computedDecimal" : "computedInteger";

/** A cell's reference from the sheet being drawn: plain on the same sheet, sheet-qualified elsewhere. */
function refFrom(sheet: string, spec: CellSpec): string {
  return spec.sheet === sheet ? spec.address : sheetRef(spec.sheet, spec.address);
}

function termRefs(ctx: TableSheetContext, sheet: string, codes: readonly string[], column: ColumnId): string[] {
  return codes.map((code) => {
    const spec = ctx.cellsByKey.get(figureKey(code, column));
    // A percent over a code the campaign does not lay out in this column is a catalog defect, not a user error.
    if (!spec) throw new RangeError(`percent term ${code}@${column} has no cell in campaign ${ctx.campaign.id}`);
    return refFrom(sheet, spec);
  });
}

function formulaFor(ctx: TableSheetContext, sheet: string, table: Table, row: Row, column: RowColumn): string {
  if (row.compute)
    return percentFormula(
      termRefs(ctx, sheet, row.compute.numerator, column.id),
      termRefs(ctx, sheet, row.compute.denominator, column.id),
      column.def.role === "computed" && !isBuiltinColumn(column.id),
    );
  // Every computed column, a review's change (end − base) as a definition's total or % of plan: one path.
  const compute = column.def.compute;
  if (compute) {
    const terms = compute.terms.map((id) => ({
      ref: termRefs(ctx, sheet, [row.code], id)[0]!,
      computed: findColumn(table, id)?.role === "computed",
    }));
    return columnFormula(terms, compute.calc);
  }
  throw new RangeError(`no formula for ${row.code}@${column.id}`);
}

function rowCells(
  ctx: TableSheetContext,
  g: TableGeometry,
  sheet: string,
  table: Table,
  row: Row,
  sheetRow: number,
  tt: string,
): CellPlan[] {
  const child = Boolean(row.parent) || Boolean(row.indent);
  const cells: CellPlan[] = [
    { ref: address(g.tt, sheetRow), value: tt, style: "tt" },
    { ref: address(g.label, sheetRow), value: row.label.vi, style: child ? "labelChild" : "label" },
    { ref: address(g.unit, sheetRow), value: row.unit.vi, style: "unit" },
  ];
  const own = new Map(campaignRowColumns(ctx.campaign, row, table).map((c) => [c.id, c]));
  for (const v of g.values) {
    const ref = address(v.column, sheetRow);
    const column = own.get(v.id);
    if (!column) {
      cells.push({ ref, style: "notApplicable" });
    } else if (column.input && row.valueType === "text") {
      // Kept as typed ("@"), limited at the keyboard; a consolidated workbook leaves it empty (never totalled).
      cells.push({ ref, style: "inputText", locked: false, validation: textValidation(row.maxLength ?? TEXT_MAX_DEFAULT) });
    } else if (column.input && row.valueType !== "percent") {
      const figure = ctx.figures.get(figureKey(row.code, v.id));
      const value = typeof figure === "number" && Number.isFinite(figure) ? figure : undefined;
      // A column's own type (a percentage typed as a fraction, a decimal) wins over the row's.
      const valueType = cellValueType(row, column);
      cells.push({
        ref,
        ...(value !== undefined ? { value } : {}),
        style: inputStyle(valueType),
        locked: false,
        validation: figureValidation(valueType === "integer" ? "integer" : "decimal"),
      });
    } else if (
      row.compute &&
      ![...row.compute.numerator, ...row.compute.denominator].every((code) => ctx.cellsByKey.has(figureKey(code, v.id)))
    ) {
      // A user's own campaign may leave out the table a percentage's terms sit in (Tỷ lệ đoàn viên without "I. Tình hình lao động").
      cells.push({ ref, style: "notApplicable" });
    } else {
      cells.push({ ref, formula: formulaFor(ctx, sheet, table, row, column), style: computedStyle(cellValueType(row, column)) });
    }
  }
  const note = ctx.notes.get(row.code);
  cells.push({ ref: address(g.note, sheetRow), ...(note ? { value: note.normalize("NFC") } : {}), style: "note", locked: false });
  return cells;
}

/** The campaign's title says the table's title again (case and spacing aside). */
function startsWithTitle(campaignTitle: string, tableTitle: string): boolean {
  const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return fold(campaignTitle).startsWith(fold(tableTitle));
}

/** A section heading line as the typed form showed it: its TT and its words (bold, as a top-level line), the other cells of the row empty and locked. */
function headingCells(g: TableGeometry, heading: PlacedHeading): CellPlan[] {
  const cells: CellPlan[] = [
    { ref: address(g.tt, heading.sheetRow), value: heading.tt, style: "tt" },
    { ref: address(g.label, heading.sheetRow), value: heading.label.vi, style: "label" },
  ];
  for (let col = g.unit; col <= g.lastColumn; col++) cells.push({ ref: address(col, heading.sheetRow), style: "unit" });
  return cells;
}

/** A table with its own columns: the label narrows as the value columns grow, so the form still fits a page across. */
function ownColumnWidths(g: TableGeometry): number[] {
  const n = g.values.length;
  return [6, Math.max(30, 62 - 6 * (n - 1)), 11, ...g.values.map(() => (n > 4 ? 11 : 13)), 20];
}

export function tableSheet(ctx: TableSheetContext, placed: PlacedTable): SheetPlan {
  const { campaign } = ctx;
  const { table, sheet } = placed;
  const g = tableGeometry(campaign.kind, table, campaign.level);
  const last = g.lastColumn;
  const cells: CellPlan[] = [];
  const merges: string[] = [];
  const across = (row: number, value: string, style: StyleName): void => {
    cells.push({ ref: address(1, row), value, style });
    merges.push(range(1, row, last, row));
  };

  // Header block: unit (from the identification sheet, so it follows what the preparer types) and form number.
  const leftEnd = g.unit;
  if (ctx.idRefs.unitName) {
    cells.push({
      ref: address(1, ROW.unit),
      formula: textOrPlaceholder(ctx.idRefs.unitName, vi("tpl.table.unitLine"), vi("tpl.table.placeholder")),
      style: "textBold",
    });
  } else {
    cells.push({ ref: address(1, ROW.unit), value: vi("tpl.table.unitLine") + vi("tpl.table.placeholder"), style: "textBold" });
  }
  merges.push(range(1, ROW.unit, leftEnd, ROW.unit));
  if (ctx.idRefs.parent) {
    cells.push({
      ref: address(1, ROW.parent),
      formula: textOrPlaceholder(ctx.idRefs.parent, vi("tpl.table.parentLine"), vi("tpl.table.placeholder")),
      style: "text",
    });
    merges.push(range(1, ROW.parent, leftEnd, ROW.parent));
  }
  // The union's own forms carry the union's heading: the form's number and whom it is for (mẫu 1-HĐCĐ for a
  // CĐCS, 2-HĐCĐ for the upper levels and every consolidated workbook), then the sheet's place in it and the
  // definition's identity. An officer's own definition prints its own titles: a form imported from one typed
  // sheet names its table and its campaign by the same title ("BÁO CÁO … NĂM {year}"), printed once.
  if (ctx.form.id === SHIPPED_FORM.id) {
    const form = campaign.level === "cdcs" && !ctx.consolidated ? "form1" : "form2";
    const rightStartHead = g.values[0]!.column;
    const headRight = (row: number, value: string, style: StyleName): void => {
      cells.push({ ref: address(rightStartHead, row), value, style });
      merges.push(range(rightStartHead, row, last, row));
    };
    headRight(ROW.unit, vi(`uf.${form}.number`), "formCode");
    headRight(ROW.parent, vi(`uf.${form}.use`), "small");
    headRight(ROW.parent + 1, vi("uf.identity", { number: table.number, form: ctx.form.id, version: String(ctx.form.version) }), "small");
    across(ROW.title, vi(`uf.${form}.title`), "title");
    across(ROW.campaign, campaign.title.vi, "subtitle");
  } else {
    cells.push({
      ref: address(last, ROW.unit),
      value: vi("uf.identity", { number: table.number, form: ctx.form.id, version: String(ctx.form.version) }),
      style: "small",
    });
    const sameTitle = startsWithTitle(campaign.title.vi, table.title.vi);
    across(ROW.title, (sameTitle ? campaign.title.vi : table.title.vi).toLocaleUpperCase("vi"), "title");
    if (!sameTitle) across(ROW.campaign, campaign.title.vi, "subtitle");
  }
  const period = ctx.flowPeriod
    ? vi("uf.flowPeriod", { period: campaign.periodLabel.vi, from: displayDate(ctx.flowPeriod.from), to: displayDate(ctx.flowPeriod.to) })
    : campaign.periodLabel.vi;
  across(ROW.period, ctx.consolidated ? `${period} — ${vi("tpl.table.consolidated")}` : period, "subtitle");
  if (ctx.form.id === SHIPPED_FORM.id) {
    cells.push({
      ref: address(1, ROW.period + 1),
      value: vi("uf.section", { title: table.title.vi.toLocaleUpperCase("vi") }),
      style: "textBold",
    });
    merges.push(range(1, ROW.period + 1, last, ROW.period + 1));
  }

  const header = headerCells(g, campaign, noteColumn(campaign.kind, table));
  cells.push(...header.cells);
  merges.push(...header.merges);
  const tt = ttNumbers(placed.rows, placed.headings);
  placed.rows.forEach(({ row, sheetRow }, i) => cells.push(...rowCells(ctx, g, sheet, table, row, sheetRow, tt[i]!)));
  for (const heading of placed.headings) cells.push(...headingCells(g, heading));

  // Under the table: what a blank and a grey cell mean, then the signature block.
  const lastDataRow = placed.lastRow;
  across(lastDataRow + 1, vi("tpl.table.footnote"), "small");
  const sign = lastDataRow + 3;
  const rightStart = Math.max(g.values[0]!.column, last - 3);
  const left = (row: number, cell: Omit<CellPlan, "ref">): void => {
    cells.push({ ref: address(1, row), ...cell });
    merges.push(range(1, row, rightStart - 1, row));
  };
  const right = (row: number, cell: Omit<CellPlan, "ref">): void => {
    cells.push({ ref: address(rightStart, row), ...cell });
    merges.push(range(rightStart, row, last, row));
  };
  right(sign, { value: vi("tpl.sign.date"), style: "small" });
  left(sign + 1, { value: vi("tpl.sign.preparer"), style: "signatureTitle" });
  // The union signs for its committee: a CĐCS's executive committee, an upper level's standing committee.
  // The national level signs for its presidium (TM. ĐOÀN CHỦ TỊCH).
  const signs =
    campaign.level === "tw" ? "uf.sign.national" : campaign.level && campaign.level !== "cdcs" ? "tpl.sign.headUpper" : "tpl.sign.head";
  right(sign + 1, { value: vi(signs), style: "signatureTitle" });
  right(sign + 2, { value: vi("tpl.sign.chair"), style: "signatureTitle" });
  left(sign + 2, { value: vi("tpl.sign.preparerHint"), style: "signatureHint" });
  right(sign + 3, { value: vi("tpl.sign.headHint"), style: "signatureHint" });
  if (ctx.idRefs.preparer) left(sign + 6, { formula: textOrBlank(ctx.idRefs.preparer), style: "signatureTitle" });
  if (ctx.idRefs.head) right(sign + 6, { formula: textOrBlank(ctx.idRefs.head), style: "signatureTitle" });

  const columnWidths = hasOwnColumns(campaign.kind, table)
    ? ownColumnWidths(g)
    : campaign.kind === "periodic"
      ? [6, 62, 12, 14, 28]
      : [6, 48, 11, 13, 13, 13, 14, 24];
  const landscape = campaign.kind === "review" || g.values.length > 3;
  return {
    name: sheet,
    role: "table",
    tableId: table.id,
    cells,
    merges,
    columnWidths,
    rowHeights: planRowHeights(cells, columnWidths, merges),
    freeze: { rows: ROW.columnNumbers, columns: g.label },
    protect: true,
    print: {
      paper: "A4",
      orientation: landscape ? "landscape" : "portrait",
      fitToWidth: true,
      repeatRows: { first: headerGroups(g).length > 0 ? ROW.groups : ROW.header, last: ROW.columnNumbers },
      header: ctx.pageHeader,
    },
    visibility: "visible",
  };
}
