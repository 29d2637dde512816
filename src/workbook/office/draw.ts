/**
 * Drawing one sheet of a plan into an Excel worksheet: widths, heights, font, styles, values, formulas,
 * merges, validation, panes and page layout, grouped into rectangles (one call each) and charged to the
 * write's SyncBudget, which syncs when the queue nears the request limit.
 */
import type { CellPlan, SheetPlan, ValidationPlan } from "../../domain/layout/plan";
import { t } from "../../domain/i18n/strings";
import { FONT, STYLES } from "../../domain/layout/styles";
import { columnLetter } from "../../domain/a1";
import { rowsHeights, sheetCells } from "../../domain/layout/rows";
import { groupRects, parseCell, parseRange, rectAddress, type Rect } from "./a1";
import type { Features } from "./features";
import { printZoom } from "./print";
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

/** A list validation whose items are kept on a sheet (_meta): set after every sheet is drawn, see write.ts. */
export interface SheetList {
  readonly sheet: Excel.Worksheet;
  readonly rect: Rect;
  readonly validation: ValidationPlan & { readonly type: "list"; readonly range: string };
}

/**
 * The rule for a plan's validation. A list's source is an inline comma-separated list, or for a list kept
 * on a sheet the Range itself (items that contain commas stay whole) or, where a build refuses the Range
 * (office-js#277), the reference as a formula, as the reference's own sample gives it.
 */
export function validationRule(v: ValidationPlan, rangeOf: (address: string) => Excel.Range | string): Excel.DataValidationRule {
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

type Style = (typeof STYLES)[keyof typeof STYLES];

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** The border edges a rectangle has: no inside line across a single row or column. */
function edgesOf(rect: Rect): (typeof EDGES)[number][] {
  return EDGES.filter(
    (edge) => !(edge.startsWith("Inside") && (edge === "InsideHorizontal" ? rect.top === rect.bottom : rect.left === rect.right)),
  );
}

/** How many property sets formatAs queues for a style over a rectangle (what the request carries). */
function formatCalls(style: Style, rect: Rect, features: Features): number {
  const flags = [
    style.bold,
    style.italic,
    style.size,
    style.fill,
    style.wrap,
    style.horizontal,
    style.vertical,
    style.indent && features.pageLayout,
  ];
  return flags.filter(Boolean).length + (style.border ? 2 * edgesOf(rect).length : 0);
}

/** A style's look over a rectangle (its number format is set with the values, cell by cell). */
function formatAs(range: Excel.Range, rect: Rect, style: Style, features: Features): void {
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
    for (const edge of edgesOf(rect)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/** A validation with its prompt and error alert (Excel's limits: 32 characters of title, 255 of message). */
export function setValidation(range: Excel.Range, v: ValidationPlan, rangeOf: (address: string) => Excel.Range | string): void {
  const dv = range.dataValidation;
  dv.rule = validationRule(v, rangeOf);
  dv.prompt = { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.text, 255) };
  dv.errorAlert = { showAlert: true, style: "Stop", title: clip(v.error.title, 32), message: clip(v.error.text, 255) };
}

/** Draws one sheet; returns its lists kept on a sheet, which are set once every sheet exists (write.ts). */
export async function drawSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  queue: SyncBudget,
  features: Features,
  budget: number,
  rangeOf: (address: string) => Excel.Range,
): Promise<SheetList[]> {
  // One call's data at most a quarter of the budget: a large grid goes in bands of rows.
  const band = budget / 4;

  // Column widths, consecutive equal widths in one call.
  for (let col = 0; col < plan.columnWidths.length;) {
    let end = col;
    while (end + 1 < plan.columnWidths.length && plan.columnWidths[end + 1] === plan.columnWidths[col]) end++;
    const [first, last, width] = [col, end, plan.columnWidths[col]];
    await queue.add(
      width,
      2,
      () => (sheet.getRange(`${columnLetter(first + 1)}:${columnLetter(last + 1)}`).format.columnWidth = widthInPoints(width)),
    );
    col = end + 1;
  }

  // Row heights (1-based rows), consecutive equal heights in one call: Excel does not re-fit wrapped rows by itself.
  const heights = [...(plan.rowHeights ?? []), ...rowsHeights(plan.rows)].sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length;) {
    let end = i;
    while (end + 1 < heights.length && heights[end + 1].row === heights[end].row + 1 && heights[end + 1].height === heights[i].height)
      end++;
    const [first, last] = [heights[i], heights[end]];
    await queue.add(first.height, 2, () => (sheet.getRange(`${first.row}:${last.row}`).format.rowHeight = first.height));
    i = end + 1;
  }

  // Rows kept for the machine, hidden from people (Range.rowHidden, ExcelApi 1.2).
  for (const row of plan.hiddenRows ?? []) await queue.add(row, 2, () => (sheet.getRange(`${row}:${row}`).rowHidden = true));

  const positioned = sheetCells(plan).map((cell) => ({ pos: parseCell(cell.ref), cell }));

  // The form's font over everything the plan draws, in one call, as the file writer gives every cell.
  if (positioned.length > 0) {
    const bounds = positioned.reduce(
      (r, { pos }) => ({
        top: Math.min(r.top, pos.row),
        left: Math.min(r.left, pos.col),
        bottom: Math.max(r.bottom, pos.row),
        right: Math.max(r.right, pos.col),
      }),
      { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity },
    );
    await queue.add(FONT, 3, () => {
      const font = sheet.getRange(rectAddress(bounds)).format.font;
      font.name = FONT.name;
      font.size = FONT.size;
    });
  }

  // Formats by style and lock state; the number format goes cell by cell, so its grid is what weighs.
  for (const { key, rect } of groupRects(
    positioned.map(({ pos, cell }) => ({ pos, key: `${cell.style ?? ""}|${cell.locked === false ? "u" : "l"}`, item: cell })),
  )) {
    const [styleName, lock] = key.split("|");
    const style = styleName ? STYLES[styleName as keyof typeof STYLES] : undefined;
    const formats = grid(rect, style?.numberFormat ?? "");
    for (const part of bands(rect, formats, band)) {
      const calls = 1 + (style ? formatCalls(style, part.rect, features) : 0) + (style?.numberFormat ? 1 : 0) + (lock === "u" ? 1 : 0);
      await queue.add([style ?? null, style?.numberFormat ? part.rows : null], calls, () => {
        const range = sheet.getRange(rectAddress(part.rect));
        if (style) {
          formatAs(range, part.rect, style, features);
          if (style.numberFormat) range.numberFormat = part.rows;
        }
        if (lock === "u") range.format.protection.locked = false;
      });
    }
  }

  // Literal values. A string is text even when it starts with "=": format the cell as Text first,
  // then Excel stores what we write instead of parsing it (no formula, no date, no "001" → 1).
  const valued = positioned.filter(({ cell }) => cell.formula === undefined && cell.value !== undefined);
  for (const { rect } of groupRects(
    valued.filter(({ cell }) => typeof cell.value === "string").map(({ pos, cell }) => ({ pos, key: "s", item: cell })),
  )) {
    for (const part of bands(rect, grid(rect, "@"), band))
      await queue.add(part.rows, 2, () => (sheet.getRange(rectAddress(part.rect)).numberFormat = part.rows));
  }
  for (const group of groupRects(valued.map(({ pos, cell }) => ({ pos, key: "v", item: cell })))) {
    const values = group.items.map((row) =>
      row.map((cell: CellPlan) => (cell.value === null || cell.value === undefined ? "" : cell.value)),
    );
    for (const part of bands(group.rect, values, band))
      await queue.add(part.rows, 2, () => (sheet.getRange(rectAddress(part.rect)).values = part.rows));
  }
  const formulas = positioned.filter(({ cell }) => cell.formula !== undefined);
  for (const group of groupRects(formulas.map(({ pos, cell }) => ({ pos, key: "f", item: cell })))) {
    const texts = group.items.map((row) => row.map((cell: CellPlan) => `=${cell.formula}`));
    for (const part of bands(group.rect, texts, band))
      await queue.add(part.rows, 2, () => (sheet.getRange(rectAddress(part.rect)).formulas = part.rows));
  }

  for (const merge of plan.merges) await queue.add(merge, 2, () => sheet.getRange(rectAddress(parseRange(merge))).merge(false));

  const lists: SheetList[] = [];
  if (features.validation) {
    const validated = positioned.filter(({ cell }) => cell.validation !== undefined);
    for (const { rect, items } of groupRects(
      validated.map(({ pos, cell }) => ({ pos, key: JSON.stringify(cell.validation), item: cell })),
    )) {
      const v = items[0][0].validation as ValidationPlan;
      if (v.type === "list" && v.range) {
        lists.push({ sheet, rect, validation: { ...v, range: v.range } });
        continue;
      }
      await queue.add(v, 5, () => setValidation(sheet.getRange(rectAddress(rect)), v, rangeOf));
    }
  }

  const freeze = plan.freeze;
  if (freeze && features.sheetExtras) {
    const { rows, columns } = freeze;
    await queue.add(freeze, 2, () => {
      if (rows > 0 && columns > 0)
        sheet.freezePanes.freezeAt(sheet.getRange(rectAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    });
  }
  const tabColor = plan.tabColor;
  if (tabColor && features.sheetExtras) await queue.add(tabColor, 1, () => (sheet.tabColor = `#${tabColor}`));

  const print = plan.print;
  if (print && features.pageLayout) {
    const columnsDrawn = positioned.reduce((n, { pos }) => Math.max(n, pos.col + 1), 0);
    await queue.add(print, 10, () => {
      const layout = sheet.pageLayout;
      layout.paperSize = "A4";
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.zoom = printZoom(plan, columnsDrawn); // a scale, applied whichever ribbon tab is selected (print.ts)
      if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
      if (print.repeatColumns)
        layout.setPrintTitleColumns(`$${columnLetter(print.repeatColumns.first)}:$${columnLetter(print.repeatColumns.last)}`);
      const pages = layout.headersFooters.defaultForAllPages;
      if (print.header) pages.centerHeader = headerText(print.header);
      pages.centerFooter = t("vi", "workbook.pageFooter");
    });
  }
  return lists;
}
