/**
 * Marking problem cells and giving their fills back. The fills we replaced are remembered in the
 * document's settings (so a later pane, or a reopened workbook, can clear them), and a user's sheet
 * protection is kept as it was (protection.ts). Cells go in chunks under the highlight budget: 20,000
 * cells loaded and set in one request would be about 7 MB, over Excel on the web's 5 MB.
 */
import type { CellRef } from "../../domain/raw";
import type { HighlightOutcome } from "../port";
import type { OfficeDeps } from "./deps";
import type { Features } from "./features";
import { onUnprotectedSheets } from "./protection";
import { CALL_OVERHEAD, packed, utf8Bytes } from "./sync";

/** One cell in a request: the sheet, the range and the fill (object paths), the call, and its address. */
const cellBytes = (cell: CellRef) => 3 * CALL_OVERHEAD + utf8Bytes(cell);

export const HIGHLIGHT_FILL = "#FFC7CE"; // Excel's own "bad" red fill: users already read it as "look here"
const HIGHLIGHT_SETTING = "UR_HIGHLIGHTS";

interface SavedFill {
  readonly sheet: string;
  readonly address: string;
  /** The fill before we marked the cell; null = no fill. */
  readonly color: string | null;
}

export interface Highlighter {
  highlight(cells: readonly CellRef[]): Promise<HighlightOutcome>;
  clearHighlights(): Promise<HighlightOutcome>;
}

export function createHighlighter(deps: OfficeDeps, features: Features, budget: number): Highlighter {
  let savedFills: Map<string, SavedFill> | null = null; // keyed "sheet!address"; loaded lazily from the document settings

  function loadSaved(): Map<string, SavedFill> {
    if (savedFills) return savedFills;
    savedFills = new Map();
    const stored = deps.settings?.get(HIGHLIGHT_SETTING);
    if (Array.isArray(stored)) {
      for (const entry of stored) {
        if (
          entry &&
          typeof entry === "object" &&
          typeof entry.sheet === "string" &&
          typeof entry.address === "string" &&
          (typeof entry.color === "string" || entry.color === null)
        ) {
          savedFills.set(`${entry.sheet}!${entry.address}`, { sheet: entry.sheet, address: entry.address, color: entry.color });
        }
      }
    }
    return savedFills;
  }

  async function persistSaved(): Promise<void> {
    if (!deps.settings || !savedFills) return;
    deps.settings.set(HIGHLIGHT_SETTING, [...savedFills.values()]);
    await deps.settings.save();
  }

  async function highlight(cells: readonly CellRef[]): Promise<HighlightOutcome> {
    if (cells.length === 0) return { lockedSheets: [] };
    const saved = loadSaved();
    const lockedSheets = await deps.run(async (context) =>
      onUnprotectedSheets(context, features, [...new Set(cells.map((c) => c.sheet))], async (open) => {
        // Per chunk: read the fills (one sync), then mark the cells (the next one's read rides with it).
        for (const chunk of packed(
          cells.filter((cell) => open.has(cell.sheet)),
          cellBytes,
          budget,
        )) {
          const targets = chunk.map((cell) => {
            const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
            range.format.fill.load(features.pageLayout ? "color,pattern" : "color");
            return { cell, range };
          });
          await context.sync();
          for (const { cell, range } of targets) {
            const key = `${cell.sheet}!${cell.address}`;
            const fill = range.format.fill;
            // A range whose cells differ answers null: there is no one fill to give back, so it is left alone.
            if (fill.color === null) continue;
            range.format.fill.color = HIGHLIGHT_FILL;
            if (saved.has(key)) continue; // already ours: its remembered fill is the user's, keep it
            // Without a fill pattern (ExcelApi < 1.9) "no fill" reads as white: restore it as no fill.
            const none = features.pageLayout ? fill.pattern === "None" : fill.color.toUpperCase() === "#FFFFFF";
            saved.set(key, { sheet: cell.sheet, address: cell.address, color: none ? null : fill.color });
          }
          await context.sync();
        }
      }),
    );
    await persistSaved();
    return { lockedSheets };
  }

  async function clearHighlights(): Promise<HighlightOutcome> {
    const saved = loadSaved();
    if (saved.size === 0) return { lockedSheets: [] };
    const lockedSheets = await deps.run(async (context) => {
      // Sheets deleted or renamed since then: nothing to restore there.
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const present = new Set(sheets.items.map((s) => s.name));
      const entries = [...saved.values()].filter((e) => present.has(e.sheet));
      for (const entry of saved.values()) if (!present.has(entry.sheet)) saved.delete(`${entry.sheet}!${entry.address}`);
      return onUnprotectedSheets(context, features, [...new Set(entries.map((e) => e.sheet))], async (open) => {
        // Entries on a sheet still locked are kept: cleared once the user lifts the protection.
        for (const chunk of packed(
          entries.filter((entry) => open.has(entry.sheet)),
          cellBytes,
          budget,
        )) {
          for (const entry of chunk) {
            const fill = sheets.getItem(entry.sheet).getRange(entry.address).format.fill;
            if (entry.color === null) fill.clear();
            else fill.color = entry.color;
          }
          await context.sync();
          for (const entry of chunk) saved.delete(`${entry.sheet}!${entry.address}`);
        }
      });
    });
    await persistSaved();
    return { lockedSheets };
  }

  return { highlight, clearHighlights };
}
