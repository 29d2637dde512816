/** Preparation dates as they come out of a breakdown's cells: the text we wrote (dd/mm/yyyy), ISO text, or a serial. */
import type { RawCell } from "../raw";
import { parseDateText, serialToIso } from "../dates";

export function dateFromCell(cell: RawCell | undefined): string | null {
  if (!cell) return null;
  if (typeof cell.value === "number") return serialToIso(cell.value);
  if (typeof cell.value === "string") return parseDateText(cell.value);
  return null;
}
