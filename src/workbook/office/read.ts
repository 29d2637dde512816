/**
 * Reading the open workbook: our defined names with their cells, the sheet list, a roster sheet's rows.
 * Responses are chunked under the read budget (syncInChunks), a name too large for one response in bands
 * of rows.
 */
import type { RawCell, RawNamedRange, RawValue, RawWorkbook } from "../../domain/raw";
import { NAME_PREFIX } from "../../domain/raw";
import { isDateFormatCode } from "../../domain/number-format";
import { MAX_SHEET_ROWS_CELLS, type SheetRows } from "../port";
import { parseRange, rectAddress, splitAddress, type Rect } from "./a1";
import type { OfficeDeps } from "./deps";
import { CALL_OVERHEAD, packed, syncInChunks } from "./sync";

/** Rough response bytes per cell read: values, formulas, number formats and types for read(), values only for a roster. */
const READ_CELL_BYTES = 160;
const ROW_CELL_BYTES = 48;
/** Largest part of one defined name read in one go (estimated response bytes); a larger name is read in bands of rows. */
const READ_BAND_BYTES = 1_000_000;

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

function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** Cells a reference such as "='Biểu 01'!$D$4:$E$9" covers (1 when it cannot be read: the estimate only sizes chunks). */
function cellsOf(reference: string): number {
  try {
    return cellCount(parseRange(splitAddress(reference.replace(/^=/, "")).ref));
  } catch {
    return 1;
  }
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
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBand)
    bands.push({ sheet, rect: { ...rect, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1) }, whole: rect });
  return bands;
}

export interface Reader {
  read(): Promise<RawWorkbook>;
  sheetNames(): Promise<readonly string[]>;
  readSheetRows(sheet: string): Promise<SheetRows>;
}

/** The reads, each response under `budget` bytes. */
export function createReader(deps: OfficeDeps, budget: number): Reader {
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
        packed(
          parts,
          ({ item, band }) => 2 * CALL_OVERHEAD + (band ? cellCount(band.rect) : cellsOf(String(item.value))) * READ_CELL_BYTES,
          budget,
        ),
        (chunk) =>
          chunk.map(({ item, band }) => {
            const range = band
              ? context.workbook.worksheets.getItem(band.sheet).getRange(rectAddress(band.rect))
              : item.getRangeOrNullObject();
            range.load(band ? "values,formulas,numberFormat,valueTypes" : "address,values,formulas,numberFormat,valueTypes");
            return { name: item.name.toUpperCase(), band, range };
          }),
      );
      const result = new Map<string, RawNamedRange>();
      for (const { name, band, range } of loaded.flat()) {
        if (!band && range.isNullObject) continue;
        const cells = range.values.map((row, r) =>
          row.map((value, c) => mapCell(value, range.formulas[r]?.[c], String(range.valueTypes[r]?.[c] ?? ""), range.numberFormat[r]?.[c])),
        );
        const whole = band ? { sheet: band.sheet, ref: rectAddress(band.whole) } : splitAddress(range.address);
        const entry = result.get(name);
        if (entry) (entry.cells as RawCell[][]).push(...cells);
        else result.set(name, { name, sheet: whole.sheet, ref: whole.ref, cells });
      }
      return {
        names: result,
        sheets: sheets.items.map((s) => ({
          name: s.name,
          state: s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible",
        })),
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
      if (!found) return { ok: false, error: "missing" };
      const used = found.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { ok: true, value: [] };
      if (used.rowCount * used.columnCount > MAX_SHEET_ROWS_CELLS) return { ok: false, error: "tooLarge" };
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
      return { ok: true, value: bandsRead.flatMap((band) => band.values) };
    });
  }

  return { read, sheetNames, readSheetRows };
}
