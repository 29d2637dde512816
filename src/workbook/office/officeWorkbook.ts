/**
 * The WorkbookPort inside Excel, through Office.js. Mapping only: plan in, Excel calls out; no domain logic.
 *
 * Every operation costs a constant number of context.sync() calls whatever its size (a sync is a round
 * trip to Excel; on the web each one is an HTTP request): reads are batched, writes are grouped into
 * rectangles and queued, and a write only syncs early when its queued payload nears Excel on the web's
 * request limit (~5 MB), see SyncBudget.
 */
import type { CellRef, RawCell, RawNamedRange, RawValue, RawWorkbook } from "../../domain/raw";
import { NAME_PREFIX } from "../../domain/raw";
import type { CellPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "../../domain/layout/plan";
import { t } from "../../domain/i18n/strings";
import { MAX_SHEET_ROWS_CELLS, type SheetRows, type WorkbookPort, type WritePlanOptions, type WritePlanOutcome } from "../port";
import { groupRects, parseCell, parseRange, rectAddress, splitAddress, type Rect } from "./a1";
import { detectFeatures, type Features } from "./features";
import { widthInPoints } from "./styles";
import { FONT, STYLES } from "../../domain/layout/styles";
import { columnLetter } from "../../domain/layout/a1";
import { isDateFormatCode } from "../../domain/number-format";

/** Office's document settings (Office.context.document.settings), narrowed to what we use. */
export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export interface OfficeDeps {
  /** Excel.run(batch). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): event handlers can only be removed in the context that added them. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings | null;
}

/** Queued-payload budget per sync. Excel on the web rejects requests over ~5 MB; stay well below. */
export const SYNC_PAYLOAD_BUDGET = 4_000_000;
/** Rough bytes of one queued call besides its data (object path, method, property names). */
const CALL_OVERHEAD = 160;

class SyncBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}
  /** Counts a queued call; syncs first-in-first-out only when the queue would exceed the budget. */
  async charge(data: unknown = null): Promise<void> {
    this.bytes += CALL_OVERHEAD + (data === null ? 0 : JSON.stringify(data).length);
    if (this.bytes >= this.limit) {
      await this.context.sync();
      this.bytes = 0;
    }
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

export const HIGHLIGHT_FILL = "#FFC7CE"; // Excel's own "bad" red fill: users already read it as "look here"
const HIGHLIGHT_SETTING = "UR_HIGHLIGHTS";
const OLD_SHEET_PREFIX = "~UR_OLD_";

interface SavedFill {
  readonly sheet: string;
  readonly address: string;
  /** The fill before we marked the cell; null = no fill. */
  readonly color: string | null;
}

function mapCell(value: unknown, formula: unknown, type: string, numberFormat: unknown): RawCell {
  let raw: RawValue;
  if (type === "Empty") raw = null;
  else if (type === "Error") raw = { error: String(value) };
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") raw = value;
  else raw = value === null || value === undefined ? null : String(value);
  const cell: { -readonly [K in keyof RawCell]: RawCell[K] } = { value: raw === "" ? null : raw };
  if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula.slice(1);
  if (typeof raw === "number" && typeof numberFormat === "string" && isDateFormatCode(numberFormat)) cell.isDate = true;
  return cell;
}

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
    const size = JSON.stringify(rows[i]).length;
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

function validationRule(v: ValidationPlan): Excel.DataValidationRule {
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
      // A workbook range keeps items that contain commas whole; the inline list is the fallback.
      return { list: { inCellDropDown: true, source: v.range ? `=${v.range}` : v.items.join(",") } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    case "textLength":
      return { textLength: { formula1: v.max, operator: "LessThanOrEqualTo" } };
  }
}

/** Keeps a protected sheet protected with the options it had while we change fills. */
async function withSheetsUnprotected(context: Excel.RequestContext, sheetNames: readonly string[], change: () => void): Promise<void> {
  const protections = sheetNames.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected,options");
    return protection;
  });
  await context.sync();
  for (const p of protections) if (p.protected) p.unprotect();
  change();
  for (const p of protections) if (p.protected) p.protect(p.options);
  await context.sync();
}

export function createOfficeWorkbook(deps: OfficeDeps, budget = SYNC_PAYLOAD_BUDGET): WorkbookPort {
  const features: Features = detectFeatures(deps.isSetSupported);
  let savedFills: Map<string, SavedFill> | null = null; // keyed "sheet!address"; loaded lazily from the document settings

  function loadSaved(): Map<string, SavedFill> {
    if (savedFills) return savedFills;
    savedFills = new Map();
    const stored = deps.settings?.get(HIGHLIGHT_SETTING);
    if (Array.isArray(stored)) {
      for (const entry of stored) {
        if (entry && typeof entry === "object" && typeof entry.sheet === "string" && typeof entry.address === "string" && (typeof entry.color === "string" || entry.color === null)) {
          savedFills.set(`${entry.sheet}!${entry.address}`, { sheet: entry.sheet, address: entry.address, color: entry.color });
        }
      }
    }
    return savedFills;
  }

  async function persistSaved(): Promise<void> {
    if (!deps.settings || !savedFills) return;
    deps.settings.set(HIGHLIGHT_SETTING, [...savedFills.values()]);
    await deps.settings.save();
  }

  async function read(): Promise<RawWorkbook> {
    return deps.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name,items/type");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const ours = names.items
        .filter((item) => item.type === "Range" && item.name.toUpperCase().startsWith(NAME_PREFIX))
        .map((item) => {
          const range = item.getRangeOrNullObject();
          range.load("address,values,formulas,numberFormat,valueTypes");
          return { name: item.name.toUpperCase(), range };
        });
      await context.sync();
      const result = new Map<string, RawNamedRange>();
      for (const { name, range } of ours) {
        if (range.isNullObject) continue;
        const { sheet, ref } = splitAddress(range.address);
        const cells = range.values.map((row, r) => row.map((value, c) => mapCell(value, range.formulas[r]?.[c], String(range.valueTypes[r]?.[c] ?? ""), range.numberFormat[r]?.[c])));
        result.set(name, { name, sheet, ref, cells });
      }
      return {
        names: result,
        sheets: sheets.items.map((s) => ({ name: s.name, state: s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible" })),
      };
    });
  }

  async function sheetNames(): Promise<readonly string[]> {
    return deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
    });
  }

  /** Three syncs whatever the sheet: find it, measure its used range, then (only if small enough) its values. */
  async function readSheetRows(sheet: string): Promise<SheetRows> {
    return deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const key = sheet.normalize("NFC").toLowerCase();
      const found = sheets.items.find((s) => s.name.normalize("NFC").toLowerCase() === key);
      if (!found) return { ok: false, reason: "missing" };
      const used = found.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { ok: true, rows: [] };
      if (used.rowCount * used.columnCount > MAX_SHEET_ROWS_CELLS) return { ok: false, reason: "tooLarge" };
      used.load("values");
      await context.sync();
      return { ok: true, rows: used.values };
    });
  }

  async function probe(plan: WorkbookPlan): Promise<{ existing: Map<string, boolean>; staleNames: string[] }> {
    return deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name,items/type,items/value");
      await context.sync();
      const planned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
      const used = sheets.items
        .filter((s) => planned.has(s.name.toLowerCase()))
        .map((s) => {
          const range = s.getUsedRangeOrNullObject(true);
          range.load("address");
          return { name: s.name, range };
        });
      await context.sync();
      const replaced = new Set(used.map((u) => u.name.toLowerCase()));
      const plannedNames = new Set(plan.names.map((n) => n.name.toUpperCase()));
      // A name of ours that the plan defines again, or that points into a sheet being replaced, would dangle.
      const staleNames = names.items
        .filter((n) => n.name.toUpperCase().startsWith(NAME_PREFIX))
        .filter((n) => plannedNames.has(n.name.toUpperCase()) || (n.type === "Range" && replaced.has(splitAddress(String(n.value).replace(/^=/, "")).sheet.toLowerCase())))
        .map((n) => n.name);
      return { existing: new Map(used.map((u) => [u.name, !u.range.isNullObject])), staleNames };
    });
  }

  async function drawSheet(sheet: Excel.Worksheet, plan: SheetPlan, queue: SyncBudget): Promise<void> {
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

    const positioned = plan.cells.map((cell) => ({ pos: parseCell(cell.ref), cell }));

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
        dv.rule = validationRule(v);
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
      layout.zoom = plan.print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 }; // 0 = as many pages tall as needed
      if (plan.print.repeatRows) layout.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
      if (plan.print.repeatColumns) layout.setPrintTitleColumns(`$${columnLetter(plan.print.repeatColumns.first)}:$${columnLetter(plan.print.repeatColumns.last)}`);
      const pages = layout.headersFooters.defaultForAllPages;
      if (plan.print.header) pages.centerHeader = headerText(plan.print.header);
      pages.centerFooter = t("vi", "workbook.pageFooter");
      await queue.charge(plan.print);
    }
  }

  async function writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome> {
    const { existing, staleNames } = await probe(plan);
    const withData = [...existing].filter(([, hasData]) => hasData).map(([name]) => name);
    if (withData.length > 0 && !(await options.confirmReplace(withData))) return { written: false, reason: "declined" };

    await deps.run(async (context) => {
      const queue = new SyncBudget(context, budget);
      const worksheets = context.workbook.worksheets;
      // Old sheets step aside (renamed) and go last, so the workbook never lacks a visible sheet and
      // references from other sheets are not broken before the new sheet exists.
      const old = [...existing.keys()].map((name, i) => {
        const sheet = worksheets.getItem(name);
        sheet.name = `${OLD_SHEET_PREFIX}${i}`;
        return sheet;
      });
      for (const name of staleNames) context.workbook.names.getItem(name).delete();
      await queue.charge();

      const drawn: { sheet: Excel.Worksheet; plan: SheetPlan }[] = [];
      for (const sheetPlan of plan.sheets) {
        const sheet = worksheets.add(sheetPlan.name);
        await drawSheet(sheet, sheetPlan, queue);
        drawn.push({ sheet, plan: sheetPlan });
      }
      for (const name of plan.names) {
        context.workbook.names.add(name.name, worksheets.getItem(name.sheet).getRange(name.ref));
        await queue.charge();
      }
      if (features.sheetExtras) {
        const props = context.workbook.properties;
        props.title = plan.properties.title;
        props.subject = plan.properties.subject;
        props.author = plan.properties.creator;
        props.keywords = plan.properties.keywords;
      }
      const firstVisible = drawn.find((d) => d.plan.visibility === "visible");
      firstVisible?.sheet.activate();
      for (const sheet of old) sheet.delete();
      for (const { sheet, plan: sheetPlan } of drawn) {
        if (sheetPlan.visibility === "hidden") sheet.visibility = "Hidden";
        // Last: a protected sheet refuses the writes above.
        if (sheetPlan.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
      }
      await queue.flush();
    });
    return { written: true, sheets: plan.sheets.map((s) => s.name) };
  }

  async function select(cell: CellRef): Promise<void> {
    await deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(cell.address).select();
      await context.sync();
    });
  }

  async function highlight(cells: readonly CellRef[]): Promise<void> {
    if (cells.length === 0) return;
    const saved = loadSaved();
    await deps.run(async (context) => {
      const targets = cells.map((cell) => {
        const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
        range.format.fill.load(features.pageLayout ? "color,pattern" : "color");
        return { cell, range };
      });
      await context.sync();
      for (const { cell, range } of targets) {
        const key = `${cell.sheet}!${cell.address}`;
        if (saved.has(key)) continue; // already ours: its remembered fill is the user's, keep it
        const fill = range.format.fill;
        // Without a fill pattern (ExcelApi < 1.9) "no fill" reads as white: restore it as no fill.
        const none = features.pageLayout ? fill.pattern === "None" : !fill.color || fill.color.toUpperCase() === "#FFFFFF";
        saved.set(key, { sheet: cell.sheet, address: cell.address, color: none ? null : fill.color });
      }
      await withSheetsUnprotected(context, [...new Set(cells.map((c) => c.sheet))], () => {
        for (const { range } of targets) range.format.fill.color = HIGHLIGHT_FILL;
      });
    });
    await persistSaved();
  }

  async function clearHighlights(): Promise<void> {
    const saved = loadSaved();
    if (saved.size === 0) return;
    await deps.run(async (context) => {
      // Sheets deleted or renamed since then: nothing to restore there.
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name));
      const entries = [...saved.values()].filter((e) => present.has(e.sheet));
      await withSheetsUnprotected(context, [...new Set(entries.map((e) => e.sheet))], () => {
        for (const entry of entries) {
          const fill = sheets.getItem(entry.sheet).getRange(entry.address).format.fill;
          if (entry.color === null) fill.clear();
          else fill.color = entry.color;
        }
      });
    });
    saved.clear();
    await persistSaved();
  }

  const port: { -readonly [K in keyof WorkbookPort]: WorkbookPort[K] } = { host: "excel", read, sheetNames, readSheetRows, writePlan, select, highlight, clearHighlights };
  if (features.sheetExtras) {
    port.onChanged = async (callback) => {
      const subscription = await deps.run(async (context) => {
        const result = context.workbook.worksheets.onChanged.add(async () => callback());
        await context.sync();
        return result;
      });
      return () => {
        // Best effort: a pane closing while Excel is busy must not surface an error.
        void deps
          .runIn(subscription.context as Excel.RequestContext, async (context) => {
            subscription.remove();
            await context.sync();
          })
          .catch(() => undefined);
      };
    };
  }
  return port;
}
