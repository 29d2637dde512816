/**
 * The TT column as the form prints it: 1…n within each form with no gaps. The definition's `tt` says
 * which rows are numbered items ("1", "2") and which are their sub-items ("1.1"); a row the level's form
 * leaves out (the upper levels' counted rows on a CĐCS's form) must not leave a hole, so the numbers are
 * given again over the rows shown. Marks ("+", "-", "a", blank) are kept as written. A section heading
 * ("II. …", an officer's own form) starts the numbering again, as the typed form does.
 */
import type { PlacedHeading, PlacedRow } from "./cell-index";

const ITEM = /^\d+$/;
const SUB_ITEM = /^\d+\.\d+$/;

/** The TT shown for each placed row, in order. */
export function ttNumbers(rows: readonly PlacedRow[], headings: readonly PlacedHeading[] = []): string[] {
  const headingRows = headings.map((h) => h.sheetRow);
  let item = 0;
  let sub = 0;
  let previous = 0;
  return rows.map(({ row, sheetRow }) => {
    if (headingRows.some((r) => r > previous && r < sheetRow)) item = sub = 0;
    previous = sheetRow;
    if (ITEM.test(row.tt)) {
      item += 1;
      sub = 0;
      return String(item);
    }
    if (SUB_ITEM.test(row.tt)) {
      sub += 1;
      return `${Math.max(item, 1)}.${sub}`;
    }
    return row.tt;
  });
}
