/**
 * Section heading lines of a definition ("I. Tổ chức công đoàn", type section): each is carried to the
 * next row of its table and printed above it in the templates, so the form reads as typed and its TT
 * numbering restarts under each heading as it did on paper. A heading with no row after it in its table
 * has nothing to stand over: the loader reports it.
 */
import type { Localized, Row } from "./schema";
import type { TableRow } from "./sheet-table";

type Heading = NonNullable<Row["headings"]>[number];

/** The most headings one row carries ("A", "I", "1" stacked); more are a definition typed wrong. */
const MAX_STACKED = 10;

export class PendingHeadings {
  private readonly waiting = new Map<string, { heading: Heading; line: TableRow }[]>();

  add(tableId: string, heading: { tt: string; label: Localized }, line: TableRow): void {
    const list = this.waiting.get(tableId) ?? [];
    list.push({ heading, line });
    // Headings stacked without rows between them: only the innermost ten are kept (a row carries at most ten).
    if (list.length > MAX_STACKED) list.shift();
    this.waiting.set(tableId, list);
  }

  /** The headings waiting for this table's next row, handed over once. */
  take(tableId: string): Heading[] | undefined {
    const list = this.waiting.get(tableId);
    this.waiting.delete(tableId);
    return list && list.length > 0 ? list.map((item) => item.heading) : undefined;
  }

  /** Headings no row followed. */
  left(): { line: TableRow; label: string }[] {
    return [...this.waiting.values()].flat().map(({ heading, line }) => ({ line, label: heading.label.vi }));
  }
}
