/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice re-fits the rows of a file it opens, so
 * a long "Nội dung", a two-line column header or a long reason would print cut off unless the file
 * says how tall the row is. An estimate from the text length and the width it wraps in is enough.
 */
import { parseAddress } from "../a1";
import type { CellPlan } from "./plan";
import { STYLES } from "./styles";

/** Points per printed line at the template's 11–12 pt font. */
const LINE_HEIGHT = 15;
/** Characters of an average Vietnamese word mix that fit in one Excel width unit. */
const CHARS_PER_WIDTH_UNIT = 1.1;

export function linesNeeded(text: string, columnWidth: number): number {
  const perLine = Math.max(1, Math.floor(columnWidth * CHARS_PER_WIDTH_UNIT));
  return text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** The height a row needs for its tallest wrapped cell, or undefined when one line is enough. */
export function wrappedRowHeight(cells: readonly { readonly text: string; readonly width: number }[]): number | undefined {
  const lines = Math.max(1, ...cells.map((c) => linesNeeded(c.text, c.width)));
  return lines > 1 ? lines * LINE_HEIGHT + 2 : undefined;
}

/**
 * Heights for every row of a sheet plan whose wrapped text needs more than one line. Only cells whose
 * style wraps count (other text runs on into empty neighbours); a merged cell wraps in the width of
 * its whole range.
 */
export function planRowHeights(
  cells: readonly CellPlan[],
  columnWidths: readonly number[],
  merges: readonly string[],
): { row: number; height: number }[] {
  const width = (column: number): number => columnWidths[column - 1] ?? 10;
  const mergedWidth = new Map<string, number>();
  for (const merge of merges) {
    const [from, to] = merge.split(":");
    const a = parseAddress(from!);
    const b = parseAddress(to!);
    let sum = 0;
    for (let c = a.column; c <= b.column; c++) sum += width(c);
    mergedWidth.set(from!, sum);
  }
  const byRow = new Map<number, { text: string; width: number }[]>();
  for (const cell of cells) {
    if (typeof cell.value !== "string" || !cell.style || !STYLES[cell.style].wrap) continue;
    const { column, row } = parseAddress(cell.ref);
    byRow.set(row, [...(byRow.get(row) ?? []), { text: cell.value, width: mergedWidth.get(cell.ref) ?? width(column) }]);
  }
  return [...byRow]
    .sort(([a], [b]) => a - b)
    .flatMap(([row, texts]) => {
      const height = wrappedRowHeight(texts);
      return height === undefined ? [] : [{ row, height }];
    });
}
