/**
 * How each plan style looks in a written .xlsx. The look itself (bold, fills, borders, number formats)
 * comes from the one table the Office.js renderer also draws (domain/layout/styles.ts), so the file made here
 * and the sheet made inside Excel cannot drift apart; this module only translates it to ExcelJS and adds
 * what a file must say that a live workbook already has: the font.
 */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { StyleName } from "../../../domain/layout/plan";
import { FONT, STYLES, type CellStyle } from "../../../domain/layout/styles";

export const FONT_NAME = FONT.name;
export const FONT_SIZE = FONT.size;

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const ALL_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function toExcelStyle(style: CellStyle | undefined, locked: boolean): Partial<Style> {
  const font: Partial<Font> = { name: FONT_NAME, size: style?.size ?? FONT_SIZE };
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  const result: Partial<Style> = { font, protection: { locked } };
  if (!style) return result;
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } satisfies Fill;
  if (style.border) result.border = ALL_BORDERS;
  const alignment: Partial<Alignment> = {};
  if (style.wrap) alignment.wrapText = true;
  if (style.horizontal) alignment.horizontal = style.horizontal.toLowerCase() as Alignment["horizontal"];
  if (style.vertical) alignment.vertical = style.vertical === "Center" ? "middle" : (style.vertical.toLowerCase() as Alignment["vertical"]);
  if (style.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.numberFormat) result.numFmt = style.numberFormat;
  return result;
}

const styleKey = (name: StyleName | undefined, locked: boolean): string => `${name ?? ""}|${locked ? "l" : "u"}`;
/** Every (style, lock) pair, made once when the module loads: a constant table, nothing remembered from call to call. */
const EXCEL_STYLES: ReadonlyMap<string, Partial<Style>> = new Map(
  [undefined, ...(Object.keys(STYLES) as StyleName[])].flatMap((name) =>
    [true, false].map((locked) => [styleKey(name, locked), toExcelStyle(name ? STYLES[name] : undefined, locked)] as const),
  ),
);

/**
 * The ExcelJS style of a plan cell. One frozen object per (style, lock) pair, shared by every cell that
 * uses it: ExcelJS keeps a reference to the object it is given, so the writer must never mutate a
 * cell's style afterwards (cell.font = ... would change every cell sharing it). Sharing also lets
 * ExcelJS map the object to its style id once (a WeakMap on the object) instead of once per cell.
 */
export function excelStyle(name: StyleName | undefined, locked: boolean): Partial<Style> {
  return EXCEL_STYLES.get(styleKey(name, locked))!;
}
