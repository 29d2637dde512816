/**
 * Which cell the user selected, as it changes (the pane's drill-down: select a consolidated figure, see
 * the units behind it). Workbook.onSelectionChanged is ExcelApi 1.2, inside the manifest's base set; the
 * selected range is read after each change, and only its first cell is reported.
 */
import type { CellRef } from "../../domain/raw";
import type { OfficeDeps } from "./officeWorkbook";

/** "'Biểu 01'!D12:E13" or "Sheet1!D12" → the sheet and its first cell; null for anything else (a whole column, a chart). */
export function firstCellOf(address: string): CellRef | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::.*)?$/.exec(address);
  if (!match) return null;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), address: `${match[3]}${match[4]}` };
}

export function watchSelection(deps: Pick<OfficeDeps, "run" | "runIn">): (callback: (cell: CellRef) => void) => Promise<() => void> {
  const selected = () =>
    deps
      .run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return firstCellOf(range.address);
      })
      .catch(() => null); // a chart or shape is selected: no cell
  return async (callback) => {
    const subscription = await deps.run(async (context) => {
      const added = context.workbook.onSelectionChanged.add(async () => {
        const cell = await selected();
        if (cell) callback(cell);
      });
      await context.sync();
      return added;
    });
    return () => {
      // Best effort: a pane closing while Excel is busy must not surface an error.
      void deps
        .runIn(subscription.context as Excel.RequestContext, async (context) => {
          subscription.remove();
          await context.sync();
        })
        .catch(() => undefined);
    };
  };
}
