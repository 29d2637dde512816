/**
 * The WorkbookPort inside Excel, through Office.js. Mapping only: plan in, Excel calls out; no domain logic.
 *
 * Every operation costs a constant number of context.sync() calls whatever its size (a sync is a round
 * trip to Excel; on the web each one is an HTTP request): reads are batched, writes are grouped into
 * rectangles and queued, and a write only syncs early when its queued payload nears Excel on the web's
 * limit (5 MB of UTF-8 for a request and for a response), see SyncBudget; large reads go in chunks under
 * it (syncInChunks). Office.js keeps what ran before a failed sync: writePlan orders its work so that a
 * failure can be undone, and highlighting never drops a user's sheet protection.
 */
import { watchSelection } from "./selection";
import type { CellRef, RawCell, RawNamedRange, RawValue, RawWorkbook } from "../../domain/raw";
import { NAME_PREFIX } from "../../domain/raw";
import type { CellPlan, SheetPlan, ValidationPlan, WorkbookPlan } from "../../domain/layout/plan";
import { t } from "../../domain/i18n/strings";
import { MAX_SHEET_ROWS_CELLS, type HighlightOutcome, type SheetRows, type WorkbookPort, type WritePlanOptions, type WritePlanOutcome } from "../port";
import { groupRects, parseCell, parseRange, rectAddress, splitAddress, type Rect } from "./a1";
import { detectFeatures, type Features } from "./features";
import { widthInPoints } from "./styles";
import { FONT, STYLES } from "../../domain/layout/styles";
import { columnLetter } from "../../domain/layout/a1";
import { isDateFormatCode } from "../../domain/number-format";
import { sheetCells } from "../../domain/layout/rows";

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

/** Payload budget per sync, request and response alike. Excel on the web rejects either over 5 MB (UTF-8 bytes); stay well below. */
export const SYNC_PAYLOAD_BUDGET = 4_000_000;
/** Rough bytes of one queued call besides its data (object path, method, property names). */
const CALL_OVERHEAD = 160;
/** Rough response bytes per cell read: values, formulas, number formats and types for read(), values only for a roster. */
const READ_CELL_BYTES = 160;
const ROW_CELL_BYTES = 48;
/** Largest part of one defined name read in one go (estimated response bytes); a larger name is read in bands of rows. */
const READ_BAND_BYTES = 1_000_000;

const encoder = new TextEncoder();
/** What Excel on the web counts: UTF-8 bytes of the JSON sent (Vietnamese letters take 2–3 bytes each). */
function utf8Bytes(data: unknown): number {
  return data === null || data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length;
}

/** Office.js rejects a sync with an error carrying a code (OfficeExtension.Error). */
function errorCode(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "";
}

class SyncBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
  ) {}
  /** Counts a queued call; syncs first-in-first-out only when the queue would exceed the budget. */
  async charge(data: unknown = null): Promise<void> {
    this.bytes += CALL_OVERHEAD + utf8Bytes(data);
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

interface Probe {
  /** The plan's sheets that exist, and whether each holds data. */
  readonly existing: Map<string, boolean>;
  /** Our names the write deletes, with their reference to give them back if it fails. */
  readonly staleNames: readonly { readonly name: string; readonly value: string | null }[];
  /** Every sheet before the write. */
  readonly sheets: readonly string[];
}

/** The range of an address such as "'_meta'!$D$2:$D$5", as a Range object: what a list validation's source may be. */
function rangeAt(worksheets: Excel.WorksheetCollection, address: string): Excel.Range {
  const { sheet, ref } = splitAddress(address.replace(/^=/, ""));
  return worksheets.getItem(sheet).getRange(ref);
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

/**
 * Changes fills on sheets a user may have protected, keeping each protection as it was. A protected
 * sheet is unprotected without a password in a sync of its own: when that fails the sheet has a
 * password we do not know, and nothing on it is changed (its name is returned). The others are
 * protected again with the options they had, even when the change itself fails.
 */
async function onUnprotectedSheets(context: Excel.RequestContext, sheetNames: readonly string[], change: (open: ReadonlySet<string>) => void): Promise<string[]> {
  const sheets = sheetNames.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected,options");
    return { name, protection };
  });
  await context.sync();
  const locked: string[] = [];
  const reopened: { name: string; options: Excel.WorksheetProtectionOptions }[] = [];
  for (const { name, protection } of sheets) {
    if (!protection.protected) continue;
    const options = protection.options;
    protection.unprotect();
    try {
      await context.sync();
      reopened.push({ name, options });
    } catch {
      locked.push(name);
    }
  }
  const reprotect = () => {
    for (const { name, options } of reopened) context.workbook.worksheets.getItem(name).protection.protect(options);
  };
  try {
    change(new Set(sheetNames.filter((name) => !locked.includes(name))));
    reprotect();
    await context.sync();
  } catch (error) {
    // The change failed part-way: whatever it did, the user's protection comes back.
    const again = reopened.map(({ name, options }) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load("protected");
      return { protection, options };
    });
    await context.sync();
    for (const { protection, options } of again) if (!protection.protected) protection.protect(options);
    await context.sync();
    throw error;
  }
  return locked;
}

/** Cells a reference such as "='Biểu 01'!$D$4:$E$9" covers (1 when it cannot be read: the estimate only sizes chunks). */
function cellsOf(reference: string): number {
  try {
    const rect = parseRange(splitAddress(reference.replace(/^=/, "")).ref);
    return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  } catch {
    return 1;
  }
}

function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/**
 * How to read one defined name: whole (null: through the name itself, which also tells a broken one),
 * or, when its cells would not fit one response, in bands of rows of the range it refers to.
 */
function partsOf(reference: string): ({ sheet: string; rect: Rect; whole: Rect } | null)[] {
  let target: { sheet: string; rect: Rect };
  try {
    const { sheet, ref } = splitAddress(reference.replace(/^=/, ""));
    target = { sheet, rect: parseRange(ref) };
  } catch {
    return [null];
  }
  const { sheet, rect } = target;
  const columns = rect.right - rect.left + 1;
  if (!sheet || cellCount(rect) * READ_CELL_BYTES <= READ_BAND_BYTES) return [null];
  const rowsPerBand = Math.max(1, Math.floor(READ_BAND_BYTES / (columns * READ_CELL_BYTES)));
  const bands: { sheet: string; rect: Rect; whole: Rect }[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) bands.push({ sheet, rect: { ...rect, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1) }, whole: rect });
  return bands;
}

/** Consecutive items in chunks whose estimated bytes stay under the limit (at least one item a chunk). */
function packed<T>(items: readonly T[], bytesOf: (item: T) => number, limit: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Loads chunk after chunk, one sync each. A chunk whose answer is still over Excel on the web's
 * response limit (long texts the estimate did not foresee) is split in two and asked again.
 */
async function syncInChunks<T, R>(context: Excel.RequestContext, chunks: T[][], load: (chunk: T[]) => R): Promise<R[]> {
  const out: R[] = [];
  const todo = [...chunks];
  while (todo.length > 0) {
    const chunk = todo.shift() as T[];
    const result = load(chunk);
    try {
      await context.sync();
      out.push(result);
    } catch (error) {
      if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || chunk.length < 2) throw error;
      const half = Math.ceil(chunk.length / 2);
      todo.unshift(chunk.slice(0, half), chunk.slice(half));
    }
  }
  return out;
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
      names.load("items/name,items/type,items/value");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const ours = names.items.filter((item) => item.type === "Range" && item.name.toUpperCase().startsWith(NAME_PREFIX));
      // A consolidated workbook's names cover tens of thousands of cells, its breakdown name alone a whole
      // register: fetched in chunks under the response limit, a name too large for one in bands of rows.
      const parts = ours.flatMap((item) => partsOf(String(item.value)).map((band) => ({ item, band })));
      const loaded = await syncInChunks(
        context,
        packed(parts, ({ item, band }) => 2 * CALL_OVERHEAD + (band ? cellCount(band.rect) : cellsOf(String(item.value))) * READ_CELL_BYTES, budget),
        (chunk) =>
          chunk.map(({ item, band }) => {
            const range = band ? context.workbook.worksheets.getItem(band.sheet).getRange(rectAddress(band.rect)) : item.getRangeOrNullObject();
            range.load(band ? "values,formulas,numberFormat,valueTypes" : "address,values,formulas,numberFormat,valueTypes");
            return { name: item.name.toUpperCase(), band, range };
          }),
      );
      const result = new Map<string, RawNamedRange>();
      for (const { name, band, range } of loaded.flat()) {
        if (!band && range.isNullObject) continue;
        const cells = range.values.map((row, r) => row.map((value, c) => mapCell(value, range.formulas[r]?.[c], String(range.valueTypes[r]?.[c] ?? ""), range.numberFormat[r]?.[c])));
        const whole = band ? { sheet: band.sheet, ref: rectAddress(band.whole) } : splitAddress(range.address);
        const entry = result.get(name);
        if (entry) (entry.cells as RawCell[][]).push(...cells);
        else result.set(name, { name, sheet: whole.sheet, ref: whole.ref, cells });
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

  /** Three syncs for a roster-sized sheet: find it, measure its used range, then its values in bands of rows under the response limit. */
  async function readSheetRows(sheet: string): Promise<SheetRows> {
    return deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const key = sheet.normalize("NFC").toLowerCase();
      const found = sheets.items.find((s) => s.name.normalize("NFC").toLowerCase() === key);
      if (!found) return { ok: false, reason: "missing" };
      const used = found.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { ok: true, rows: [] };
      if (used.rowCount * used.columnCount > MAX_SHEET_ROWS_CELLS) return { ok: false, reason: "tooLarge" };
      const rect = parseRange(splitAddress(used.address).ref);
      const rowIndexes = Array.from({ length: used.rowCount }, (_, i) => rect.top + i);
      const bandsRead = await syncInChunks(
        context,
        packed(rowIndexes, () => used.columnCount * ROW_CELL_BYTES, budget),
        (rows) => {
          const band = found.getRange(rectAddress({ ...rect, top: rows[0], bottom: rows[rows.length - 1] }));
          band.load("values");
          return band;
        },
      );
      return { ok: true, rows: bandsRead.flatMap((band) => band.values) };
    });
  }

  /** What a write will replace: the plan's sheets that exist (and whether they hold data), our names it would leave dangling, leftovers of a failed write. */
  async function probe(plan: WorkbookPlan): Promise<Probe> {
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
        .map((n) => ({ name: n.name, value: n.type === "Range" ? String(n.value) : null }));
      return {
        existing: new Map(used.map((u) => [u.name, !u.range.isNullObject])),
        staleNames,
        sheets: sheets.items.map((s) => s.name),
      };
    });
  }

  /** A style's look over a rectangle (its number format is set with the values, cell by cell). */
  function formatAs(range: Excel.Range, rect: Rect, style: (typeof STYLES)[keyof typeof STYLES]): void {
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

  async function drawSheet(sheet: Excel.Worksheet, plan: SheetPlan, queue: SyncBudget, rangeOf: (address: string) => Excel.Range): Promise<void> {
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
        formatAs(range, rect, style);
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

  /**
   * Draws the plan in one Excel.run. Office.js does not roll back a sync that fails part-way, so the
   * order is chosen for recovery: old sheets step aside (renamed), every new sheet is added and drawn,
   * then names, protection and visibility, and only in the last sync are the old sheets deleted. A
   * failure before that last sync is undone by rollBack (the workbook as it was); a failure in it is
   * finished by it (the new sheets are complete by then). Sheets such a rollback could not remove are
   * named ~UR_OLD_ and removed by the next successful write.
   */
  async function writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome> {
    const found = await probe(plan);
    const withData = [...found.existing].filter(([, hasData]) => hasData).map(([name]) => name);
    if (withData.length > 0 && !(await options.confirmReplace(withData))) return { written: false, reason: "declined" };

    const taken = new Set(found.sheets.map((n) => n.toLowerCase()));
    const leftovers = found.sheets.filter((n) => n.startsWith(OLD_SHEET_PREFIX));
    let next = 0;
    const aliases = new Map<string, string>();
    for (const name of found.existing.keys()) {
      while (taken.has(`${OLD_SHEET_PREFIX}${next}`.toLowerCase())) next++;
      aliases.set(name, `${OLD_SHEET_PREFIX}${next++}`);
    }
    let deleting = false;
    try {
      await deps.run(async (context) => {
        const queue = new SyncBudget(context, budget);
        const worksheets = context.workbook.worksheets;
        // Old sheets step aside (renamed) and go last, so the workbook never lacks a visible sheet and
        // references from other sheets are not broken before the new sheet exists.
        const old = [...aliases].map(([name, alias]) => {
          const sheet = worksheets.getItem(name);
          sheet.name = alias;
          return sheet;
        });
        // Every new sheet exists before any is drawn: a list validation's source may be on a later sheet (_meta).
        const drawn = plan.sheets.map((sheetPlan) => ({ sheet: worksheets.add(sheetPlan.name), plan: sheetPlan }));
        await queue.charge();
        for (const { sheet, plan: sheetPlan } of drawn) await drawSheet(sheet, sheetPlan, queue, (address) => rangeAt(worksheets, address));
        for (const { name } of found.staleNames) context.workbook.names.getItem(name).delete();
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
        for (const { sheet, plan: sheetPlan } of drawn) {
          if (sheetPlan.visibility === "hidden") sheet.visibility = "Hidden";
          // Last: a protected sheet refuses the writes above.
          if (sheetPlan.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
        }
        await queue.flush();
        deleting = true;
        for (const sheet of old) sheet.delete();
        for (const name of leftovers) worksheets.getItem(name).delete();
        await context.sync();
      });
    } catch (error) {
      // Best effort: the error the user sees is the write's, not the recovery's.
      await recover(plan, found, aliases, deleting ? "finish" : "undo").catch(() => undefined);
      throw error;
    }
    return { written: true, sheets: plan.sheets.map((s) => s.name) };
  }

  /**
   * After a failed write: "undo" removes what it added and gives the old sheets and names back;
   * "finish" (the failure came while deleting the old sheets) deletes what is left of them.
   */
  async function recover(plan: WorkbookPlan, before: Probe, aliases: ReadonlyMap<string, string>, mode: "undo" | "finish"): Promise<void> {
    await deps.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
      if (mode === "finish") {
        for (const alias of aliases.values()) if (present.has(alias.toLowerCase())) worksheets.getItem(alias).delete();
        await context.sync();
        return;
      }
      const stale = new Map(before.staleNames.map((n) => [n.name.toUpperCase(), n]));
      const ours = new Set([...plan.names.map((n) => n.name.toUpperCase()), ...stale.keys()]);
      for (const item of names.items) if (ours.has(item.name.toUpperCase())) item.delete();
      for (const sheetPlan of plan.sheets) {
        const alias = [...aliases].find(([name]) => name.toLowerCase() === sheetPlan.name.toLowerCase())?.[1];
        const renamed = alias !== undefined && present.has(alias.toLowerCase());
        // The plan's name now holds a new sheet when the old one stepped aside, or when there was none.
        if (present.has(sheetPlan.name.toLowerCase()) && (renamed || alias === undefined)) worksheets.getItem(sheetPlan.name).delete();
      }
      for (const [name, alias] of aliases) if (present.has(alias.toLowerCase())) worksheets.getItem(alias).name = name;
      for (const { name, value } of stale.values()) if (value !== null) context.workbook.names.add(name, value);
      await context.sync();
    });
  }

  async function select(cell: CellRef): Promise<void> {
    await deps.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(cell.sheet);
      sheet.activate();
      sheet.getRange(cell.address).select();
      await context.sync();
    });
  }

  async function highlight(cells: readonly CellRef[]): Promise<HighlightOutcome> {
    if (cells.length === 0) return { lockedSheets: [] };
    const saved = loadSaved();
    const lockedSheets = await deps.run(async (context) => {
      const targets = cells.map((cell) => {
        const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
        range.format.fill.load(features.pageLayout ? "color,pattern" : "color");
        return { cell, range };
      });
      await context.sync();
      return onUnprotectedSheets(context, [...new Set(cells.map((c) => c.sheet))], (open) => {
        for (const { cell, range } of targets) {
          if (!open.has(cell.sheet)) continue;
          const key = `${cell.sheet}!${cell.address}`;
          const fill = range.format.fill;
          // A range whose cells differ answers null: there is no one fill to give back, so it is left alone.
          if (fill.color === null) continue;
          range.format.fill.color = HIGHLIGHT_FILL;
          if (saved.has(key)) continue; // already ours: its remembered fill is the user's, keep it
          // Without a fill pattern (ExcelApi < 1.9) "no fill" reads as white: restore it as no fill.
          const none = features.pageLayout ? fill.pattern === "None" : fill.color.toUpperCase() === "#FFFFFF";
          saved.set(key, { sheet: cell.sheet, address: cell.address, color: none ? null : fill.color });
        }
      });
    });
    await persistSaved();
    return { lockedSheets };
  }

  async function clearHighlights(): Promise<HighlightOutcome> {
    const saved = loadSaved();
    if (saved.size === 0) return { lockedSheets: [] };
    const lockedSheets = await deps.run(async (context) => {
      // Sheets deleted or renamed since then: nothing to restore there.
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name));
      const entries = [...saved.values()].filter((e) => present.has(e.sheet));
      for (const entry of saved.values()) if (!present.has(entry.sheet)) saved.delete(`${entry.sheet}!${entry.address}`);
      return onUnprotectedSheets(context, [...new Set(entries.map((e) => e.sheet))], (open) => {
        for (const entry of entries) {
          if (!open.has(entry.sheet)) continue; // kept: cleared once the user lifts the password
          const fill = sheets.getItem(entry.sheet).getRange(entry.address).format.fill;
          if (entry.color === null) fill.clear();
          else fill.color = entry.color;
          saved.delete(`${entry.sheet}!${entry.address}`);
        }
      });
    });
    await persistSaved();
    return { lockedSheets };
  }

  const port: { -readonly [K in keyof WorkbookPort]: WorkbookPort[K] } = { host: "excel", read, sheetNames, readSheetRows, writePlan, select, highlight, clearHighlights, onSelectionChanged: watchSelection(deps) };
  if (features.sheetExtras) {
    port.onChanged = async (callback) => {
      const subscriptions = await deps.run(async (context) => {
        const handler = async () => callback();
        const worksheets = context.workbook.worksheets;
        if (features.workbookEvents) {
          const all = worksheets.onChanged.add(handler);
          await context.sync();
          return [all];
        }
        // ExcelApi 1.7–1.8 have only each sheet's own event (the collection's is 1.9): the sheets there now.
        worksheets.load("items/name");
        await context.sync();
        const each = worksheets.items.map((sheet) => sheet.onChanged.add(handler));
        await context.sync();
        return each;
      });
      return () => {
        if (subscriptions.length === 0) return;
        // Best effort: a pane closing while Excel is busy must not surface an error.
        void deps
          .runIn(subscriptions[0].context as Excel.RequestContext, async (context) => {
            for (const subscription of subscriptions) subscription.remove();
            await context.sync();
          })
          .catch(() => undefined);
      };
    };
  }
  return port;
}
