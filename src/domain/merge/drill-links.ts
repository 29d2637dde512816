/**
 * Drill-down in the consolidated workbook: each figure row of the consolidated tables gets a link, in a
 * column right of the table, to that figure's column in "Chi tiết theo đơn vị" (the units behind it).
 * A HYPERLINK formula, not a cell hyperlink: Excel, LibreOffice and the Office.js adapter all keep it.
 */
import { t } from "../i18n/strings";
import { address, parseCellRef } from "../a1";
import type { CellPlan, WorkbookPlan } from "../layout/plan";
import { figureCells, registerColumnCell } from "./drill-down";
import type { MergeResult } from "./merge";

const LINK_WIDTH = 16;
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function withRegisterLinks(plan: WorkbookPlan, result: Pick<MergeResult, "keys">): WorkbookPlan {
  const index = new Map(result.keys.map((key, k) => [key, k]));
  // The first key of each row, in the merge's order: its column in the register.
  const rows = new Map<string, Map<number, number>>();
  for (const [cell, key] of figureCells(plan.names, result.keys)) {
    const at = cell.lastIndexOf("!");
    const sheet = cell.slice(0, at);
    const row = parseCellRef(cell.slice(at + 1))?.row;
    if (row === undefined) continue;
    const byRow = rows.get(sheet) ?? new Map<number, number>();
    const k = index.get(key)!;
    if (!byRow.has(row) || k < byRow.get(row)!) byRow.set(row, k);
    rows.set(sheet, byRow);
  }
  const label = t("vi", "loop.drill.link");
  const sheets = plan.sheets.map((sheet) => {
    const byRow = rows.get(sheet.name);
    if (!byRow || sheet.role !== "table") return sheet;
    // Right of everything the table draws (its widths may not list every value column of a wide table).
    let last = sheet.columnWidths.length;
    for (const cell of sheet.cells) last = Math.max(last, parseCellRef(cell.ref)?.column ?? 0);
    const column = last + 1;
    const links: CellPlan[] = [...byRow].map(([row, k]) => {
      const target = registerColumnCell(k);
      return {
        ref: address(column, row),
        formula: `HYPERLINK(${quoted(`#'${target.sheet}'!${target.address}`)},${quoted(label)})`,
        value: label,
        style: "small",
      };
    });
    const widths = [...sheet.columnWidths];
    while (widths.length < column - 1) widths.push(widths[widths.length - 1] ?? LINK_WIDTH);
    return { ...sheet, cells: [...sheet.cells, ...links], columnWidths: [...widths, LINK_WIDTH] };
  });
  return { ...plan, sheets };
}
