/**
 * Drawing one sheet of a plan into an Excel worksheet: widths, heights, font, styles, values, formulas,
 * merges, validation, panes and page layout, grouped into rectangles (one call each) and charged to the
 * write's SyncBudget, which syncs when the queue nears the request limit.
 */
import type { CellPlan, SheetPlan, ValidationPlan } from "../../domain/layout/plan";
import { t } from "../../domain/i18n/strings";
import { FONT, STYLES } from "../../domain/layout/styles";
import { columnLetter } from "../../domain/layout/a1";
import { sheetCells } from "../../domain/layout/rows";
import { groupRects, parseCell, parseRange, rectAddress, type Rect } from "./a1";
import type { Features } from "./features";
import { widthInPoints } from "./styles";
import { utf8Bytes, type SyncBudget } from "./sync";

function grid<T>(rect: Rect, fill: T): T[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, () => Array.from({ length: rect.right - rect.left + 1 }, () => fill));
}

/**
 * Splits a rectangle of rows into bands whose data stays under maxBytes, so that one huge block of text
 * never becomes one request bigger than Excel on the web accepts.
 */
function bands<T>(rect: Rect, rows: T[][], maxBytes: number): { rect: Rect; rows: T[][] }[] {
  const out: { rect: Rect; rows: T[][] }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const size = utf8Bytes(rows[i]);
    if (i > start && bytes + size > maxBytes) {
      out.push({ rect: { ...rect, top: rect.top + start, bottom: rect.top + i - 1 }, rows: rows.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  out.push({ rect: { ...rect, top: rect.top + start, bottom: rect.bottom }, rows: rows.slice(start) });
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** Excel header/footer text treats "&" as a code; a literal ampersand is "&&". */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * The rule for a plan's validation. A list's source must be a Range object or an inline comma-separated
 * list (ListDataValidation.source; a formula string is refused with InvalidArgument), so a list kept on
 * a sheet is given as the Range itself: items that contain commas stay whole.
 */
function validationRule(v: ValidationPlan, rangeOf: (address: string) => Excel.Range): Excel.DataValidationRule {
  switch (v.type) {
    case "whole":
    case "decimal": {
      const basic: Excel.BasicDataValidation =
        v.max === undefined
          ? { formula1: v.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: v.min, formula2: v.max, operator: "Between" };
      return v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
    case "list":
      return { list: { inCellDropDown: true, source: v.range ? rangeOf(v.range) : v.items.join(",") } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    case "textLength":
      return { textLength: { formula1: v.max, operator: "LessThanOrEqualTo" } };
  }
}

/** A style's look over a rectangle (its number format is set with the values, cell by cell). */
function formatAs(range: Excel.Range, rect: Rect, style: (typeof STYLES)[keyof typeof STYLES], features: Features): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap) format.wrapText = true;
  if (style.horizontal) format.horizontalAlignment = style.horizontal;
  if (style.vertical) format.verticalAlignment = style.vertical;
  if (style.indent && features.pageLayout) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      if (edge.startsWith("Inside") && (edge === "InsideHorizontal" ? rect.top === rect.bottom : rect.left === rect.right)) continue;
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

export async function drawSheet(sheet: Excel.Worksheet, plan: SheetPlan, queue: SyncBudget, features: Features, budget: number, rangeOf: (address: string) => Excel.Range): Promise<void> {
  // Column widths, consecutive equal widths in one call.
  for (let col = 0; col < plan.columnWidths.length; ) {
    let end = col;
    while (end + 1 < plan.columnWidths.length && plan.columnWidths[end + 1] === plan.columnWidths[col]) end++;
    sheet.getRange(`${columnLetter(col + 1)}:${columnLetter(end + 1)}`).format.columnWidth = widthInPoints(plan.columnWidths[col]);
    await queue.charge();
    col = end + 1;
  }

  // Row heights (1-based rows), consecutive equal heights in one call: Excel does not re-fit wrapped rows by itself.
  const heights = [...(plan.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length; ) {
    let end = i;
    while (end + 1 < heights.length && heights[end + 1].row === heights[end].row + 1 && heights[end + 1].height === heights[i].height) end++;
    sheet.getRange(`${heights[i].row}:${heights[end].row}`).format.rowHeight = heights[i].height;
    await queue.charge();
    i = end + 1;
  }

  const positioned = sheetCells(plan).map((cell) => ({ pos: parseCell(cell.ref), cell }));

  // The form's font over everything the plan draws, in one call, as the file writer gives every cell.
  if (positioned.length > 0) {
    const bounds = positioned.reduce(
      (r, { pos }) => ({ top: Math.min(r.top, pos.row), left: Math.min(r.left, pos.col), bottom: Math.max(r.bottom, pos.row), right: Math.max(r.right, pos.col) }),
      { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity },
    );
    const font = sheet.getRange(rectAddress(bounds)).format.font;
    font.name = FONT.name;
    font.size = FONT.size;
    await queue.charge();
  }

  // Formats by style and lock state.
  for (const { key, rect } of groupRects(positioned.map(({ pos, cell }) => ({ pos, key: `${cell.style ?? ""}|${cell.locked === false ? "u" : "l"}`, item: cell })))) {
    const [styleName, lock] = key.split("|");
    const range = sheet.getRange(rectAddress(rect));
    const style = styleName ? STYLES[styleName as keyof typeof STYLES] : undefined;
    if (style) {
      formatAs(range, rect, style, features);
      if (style.numberFormat) range.numberFormat = grid(rect, style.numberFormat);
    }
    if (lock === "u") range.format.protection.locked = false;
    await queue.charge(style ?? null);
  }

  // Literal values. A string is text even when it starts with "=": format the cell as Text first,
  // then Excel stores what we write instead of parsing it (no formula, no date, no "001" → 1).
  const valued = positioned.filter(({ cell }) => cell.formula === undefined && cell.value !== undefined);
  for (const { rect } of groupRects(valued.filter(({ cell }) => typeof cell.value === "string").map(({ pos, cell }) => ({ pos, key: "s", item: cell })))) {
    sheet.getRange(rectAddress(rect)).numberFormat = grid(rect, "@");
    await queue.charge(grid(rect, "@"));
  }
  for (const group of groupRects(valued.map(({ pos, cell }) => ({ pos, key: "v", item: cell })))) {
    const values = group.items.map((row) => row.map((cell: CellPlan) => (cell.value === null || cell.value === undefined ? "" : cell.value)));
    for (const { rect, rows } of bands(group.rect, values, budget / 4)) {
      sheet.getRange(rectAddress(rect)).values = rows;
      await queue.charge(rows);
    }
  }
  const formulas = positioned.filter(({ cell }) => cell.formula !== undefined);
  for (const group of groupRects(formulas.map(({ pos, cell }) => ({ pos, key: "f", item: cell })))) {
    const texts = group.items.map((row) => row.map((cell: CellPlan) => `=${cell.formula}`));
    for (const { rect, rows } of bands(group.rect, texts, budget / 4)) {
      sheet.getRange(rectAddress(rect)).formulas = rows;
      await queue.charge(rows);
    }
  }

  for (const merge of plan.merges) {
    sheet.getRange(rectAddress(parseRange(merge))).merge(false);
    await queue.charge();
  }

  if (features.validation) {
    const validated = positioned.filter(({ cell }) => cell.validation !== undefined);
    for (const { rect, items } of groupRects(validated.map(({ pos, cell }) => ({ pos, key: JSON.stringify(cell.validation), item: cell })))) {
      const v = items[0][0].validation as ValidationPlan;
      const dv = sheet.getRange(rectAddress(rect)).dataValidation;
      dv.rule = validationRule(v, rangeOf);
      // Excel's limits: 32 characters of title, 255 of message.
      dv.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.text, 255) };
      dv.errorAlert = { showAlert: true, style: "Stop", title: clip(v.error.title, 32), message: clip(v.error.text, 255) };
      await queue.charge(v);
    }
  }

  if (plan.freeze && features.sheetExtras) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    await queue.charge();
  }
  if (plan.tabColor && features.sheetExtras) sheet.tabColor = `#${plan.tabColor}`;

  if (plan.print && features.pageLayout) {
    const layout = sheet.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.zoom = plan.print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: plan.print.scale ?? 100 }; // 0 = as many pages tall as needed
    if (plan.print.repeatRows) layout.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
    if (plan.print.repeatColumns) layout.setPrintTitleColumns(`$${columnLetter(plan.print.repeatColumns.first)}:$${columnLetter(plan.print.repeatColumns.last)}`);
    const pages = layout.headersFooters.defaultForAllPages;
    if (plan.print.header) pages.centerHeader = headerText(plan.print.header);
    pages.centerFooter = t("vi", "workbook.pageFooter");
    await queue.charge(plan.print);
  }
}
