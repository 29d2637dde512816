/**
 * The cells of one worksheet part, as the file stores them (type, style, <v> text, inline text,
 * formula). The caller says which cells it wants; rows arrive in ascending order in every valid
 * file, so the read stops after the last row that matters.
 *
 * Also keeps the first cell of every shared formula, whether wanted or not: a wanted cell further
 * down may say only "same formula as that one".
 */
import type { XlsxPackage } from "./package";
import { MAX_ROW, readCellRef } from "../../../domain/a1";
import { compileSharedFormula, shiftShared, type SharedFormula } from "./refs";
import type { XmlAttributes, XmlHandler } from "./xml";
import { StopReading } from "./zip";

export interface CellRecord {
  readonly row: number;
  readonly column: number;
  /** The t attribute: "s", "inlineStr", "str", "b", "e", "d", or "n" (also when absent). */
  readonly type: string;
  readonly style: number;
  readonly value: string | undefined;
  readonly inline: string | undefined;
  readonly formula: string | undefined;
}

export interface CellSelector {
  /** No row after this one matters. */
  readonly lastRow: number;
  wants(row: number, column: number): boolean;
  /** Receives each wanted cell; may throw StopReading when it has all it needs. */
  take(cell: CellRecord): void;
}

interface Pending {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  formula: string | undefined;
  sharedIndex: string | undefined;
}

export function readSheetCells(pkg: XlsxPackage, partName: string, selector: CellSelector): void {
  const budget = pkg.budget;
  const masters = new Map<string, { formula: string; row: number; column: number; compiled?: SharedFormula }>();
  const position: [number, number] = [0, 0];
  let row = 0;
  let column = 0;
  let cellRow = 0;
  let cell: Pending | undefined;
  let textTarget: "value" | "formula" | "inline" | "master" | undefined;
  let inInline = false;
  let phonetic = 0;
  let masterFormula = "";
  let masterIndex: string | undefined;
  let cellsSeen = 0;
  // Counted in batches: the budget call is cheap, but this runs once per cell of every sheet.
  const BATCH = 1024;

  const handler: XmlHandler = {
    get wantText() {
      return textTarget !== undefined;
    },
    open(name: string, attributes: XmlAttributes) {
      switch (name) {
        case "row": {
          const r = attributes.get("r");
          row = r === undefined ? row + 1 : Number(r);
          if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) row = 0;
          column = 0;
          if (row > selector.lastRow) throw StopReading.signal;
          return;
        }
        case "c": {
          if (++cellsSeen % BATCH === 0) budget.partCells(BATCH, cellsSeen);
          const r = attributes.get("r");
          cellRow = row;
          if (r === undefined) column++;
          else {
            readCellRef(r, position);
            cellRow = position[0];
            column = position[1];
          }
          if (cellRow === 0 || column === 0 || !selector.wants(cellRow, column)) {
            cell = undefined;
            return;
          }
          const style = attributes.get("s");
          cell = {
            row: cellRow,
            column,
            type: attributes.get("t") ?? "n",
            style: style === undefined ? 0 : Number(style),
            value: undefined,
            inline: undefined,
            formula: undefined,
            sharedIndex: undefined,
          };
          return;
        }
        case "v":
          if (cell !== undefined) {
            textTarget = "value";
            cell.value = "";
          }
          return;
        case "f": {
          const shared = attributes.get("t") === "shared";
          const si = shared ? attributes.get("si") : undefined;
          if (shared && si !== undefined && attributes.get("ref") !== undefined) {
            masterIndex = si;
            masterFormula = "";
            textTarget = "master";
          } else if (cell !== undefined) textTarget = "formula";
          if (cell !== undefined) {
            cell.formula = "";
            cell.sharedIndex = si;
          }
          return;
        }
        case "is":
          if (cell !== undefined) {
            inInline = true;
            cell.inline = "";
          }
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inInline && phonetic === 0) textTarget = "inline";
          return;
      }
    },
    close(name: string) {
      switch (name) {
        case "v":
        case "t":
          textTarget = undefined;
          return;
        case "f":
          if (textTarget === "master" && masterIndex !== undefined) {
            if (!masters.has(masterIndex)) masters.set(masterIndex, { formula: masterFormula, row: cellRow, column });
            if (cell !== undefined) cell.formula = masterFormula;
          }
          textTarget = undefined;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c": {
          if (cell === undefined) return;
          const done = cell;
          cell = undefined;
          if (done.sharedIndex !== undefined && done.formula === "") {
            const master = masters.get(done.sharedIndex);
            if (master !== undefined) {
              master.compiled ??= compileSharedFormula(master.formula);
              done.formula = shiftShared(master.compiled, done.row - master.row, done.column - master.column);
            }
          }
          if (done.formula === "") done.formula = undefined;
          // The pending cell itself, not a copy: one object per cell of a 200-column register is what the GC pays for.
          selector.take(done);
          return;
        }
      }
    },
    text(text: string) {
      switch (textTarget) {
        case "value":
          if (cell !== undefined) cell.value += text;
          return;
        case "formula":
          if (cell !== undefined) cell.formula += text;
          return;
        case "inline":
          if (cell !== undefined) cell.inline += text;
          return;
        case "master":
          masterFormula += text;
          return;
      }
    },
  };
  try {
    pkg.readXml(partName, handler);
  } catch (error) {
    budget.cellsRead += cellsSeen % BATCH;
    throw error;
  }
  budget.partCells(cellsSeen % BATCH, cellsSeen);
}
