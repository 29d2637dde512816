/**
 * A1 addresses and rectangles, for turning a plan's cell list into few range writes.
 * One range write per rectangle instead of one per cell is what keeps a write cheap inside Excel.
 */

import { columnLetter, parseCellRef } from "../../domain/a1";

export interface CellPos {
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // inclusive
  readonly right: number; // inclusive
}

/** "D7" → { row: 6, col: 3 }: Office.js value grids count from 0, A1 (domain/a1.ts) from 1. */
export function parseCell(ref: string): CellPos {
  const cell = parseCellRef(ref.trim());
  if (!cell) throw new RangeError(`not an A1 cell reference: ${ref}`);
  return { row: cell.row - 1, col: cell.column - 1 };
}

export function parseRange(ref: string): Rect {
  const [a, b] = ref.split(":");
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rectAddress(rect: Rect): string {
  const first = `${columnLetter(rect.left + 1)}${rect.top + 1}`;
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${columnLetter(rect.right + 1)}${rect.bottom + 1}`;
}

/**
 * Splits "Sheet 1!$A$1:$B$2" or "'Thông tin chung'!D7" into sheet and reference without "$".
 * Excel quotes sheet names with spaces or non-ASCII letters and doubles inner quotes.
 */
export function splitAddress(address: string): { sheet: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", ref: address.replace(/\$/g, "") };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * Groups keyed cells into rectangles of equal key: horizontal runs per row first, then runs with the
 * same columns and key on consecutive rows are stacked. Row-major input order is not required.
 * For a form (rows of same-styled cells) this gives a handful of rectangles per sheet.
 */
export function groupRects<T>(
  items: readonly { readonly pos: CellPos; readonly key: string; readonly item: T }[],
): { key: string; rect: Rect; items: T[][] }[] {
  const sorted = [...items].sort((x, y) => x.pos.row - y.pos.row || x.pos.col - y.pos.col);
  interface Run {
    key: string;
    row: number;
    left: number;
    right: number;
    items: T[];
  }
  const runs: Run[] = [];
  for (const { pos, key, item } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === pos.row && last.key === key && last.right + 1 === pos.col) {
      last.right = pos.col;
      last.items.push(item);
    } else if (last && last.row === pos.row && last.right === pos.col) {
      last.items[last.items.length - 1] = item; // the same cell twice: the later entry wins, as in a sheet
    } else {
      runs.push({ key, row: pos.row, left: pos.col, right: pos.col, items: [item] });
    }
  }
  const open = new Map<string, { key: string; rect: { top: number; left: number; bottom: number; right: number }; items: T[][] }>();
  const done: { key: string; rect: Rect; items: T[][] }[] = [];
  for (const run of runs) {
    const id = `${run.key}\u0000${run.left}\u0000${run.right}`;
    const block = open.get(id);
    if (block && block.rect.bottom + 1 === run.row) {
      block.rect.bottom = run.row;
      block.items.push(run.items);
    } else {
      if (block) done.push(block);
      open.set(id, { key: run.key, rect: { top: run.row, left: run.left, bottom: run.row, right: run.right }, items: [run.items] });
    }
  }
  done.push(...open.values());
  return done;
}

/** Whether a formula refers to a sheet ('Biểu 01'!D4, B01!D4; compared case-insensitively, as Excel does). */
export function refersToSheet(formula: string, sheet: string): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = escape(`'${sheet.replace(/'/g, "''")}'!`);
  const bare = `(?<![\\w'.])${escape(sheet)}!`;
  return new RegExp(`${quoted}|${bare}`, "i").test(formula);
}
