/**
 * The print scale of a sheet inside Excel. A fit-to-pages zoom set through Office.js is not applied
 * unless the ribbon's Page Layout tab is selected (office-js#1860), while a scale always is; so "fit to
 * one page wide" is given as the scale that makes the drawn columns fit A4's printable width. (The .xlsx
 * writer keeps fitToWidth: a file has no ribbon.)
 */
import type { SheetPlan } from "../../domain/layout/plan";
import { widthInPoints } from "./styles";

/** A4 (8.27 × 11.69 in) less Excel's Normal margins of 0.7 in left and right, in points. */
const PRINTABLE_WIDTH = { portrait: (8.27 - 1.4) * 72, landscape: (11.69 - 1.4) * 72 } as const;
/** Excel's default column width, in characters, for drawn columns the plan gives no width. */
const DEFAULT_WIDTH = 8.43;

/** The zoom for a sheet's print setup: its own scale, or the scale that fits its columns across the page (Excel takes 10–400 %). */
export function printZoom(plan: SheetPlan, columnsDrawn: number): Excel.PageLayoutZoomOptions {
  const print = plan.print;
  if (!print?.fitToWidth) return { scale: print?.scale ?? 100 };
  const columns = Math.max(columnsDrawn, plan.columnWidths.length);
  let width = 0;
  for (let c = 0; c < columns; c++) width += widthInPoints(plan.columnWidths[c] ?? DEFAULT_WIDTH);
  const fit = width > 0 ? Math.floor((PRINTABLE_WIDTH[print.orientation === "landscape" ? "landscape" : "portrait"] / width) * 100) : 100;
  return { scale: Math.max(10, Math.min(100, fit)) };
}

export { PRINTABLE_WIDTH };
