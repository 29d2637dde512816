/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice re-fits the rows of a file it opens, so
 * a long "Nội dung" or a two-line column header would print cut off unless the file says how tall
 * the row is. An estimate from the text length and the column width is enough for a printed form.
 */

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
