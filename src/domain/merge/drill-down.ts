/**
 * "Which units make up this number?": the units behind a consolidated figure, largest first, with their
 * share of the total, and where each sits in the register ("Chi tiết theo đơn vị"). The page lists the
 * five largest per figure; inside Excel the pane shows them for the selected cell and selects a unit's row.
 */
import type { FigureKey } from "../submission";
import { BREAKDOWN_ROWS, registerFigureColumn, registerSheetName, REGISTER_ROWS_PER_SHEET } from "./breakdown-sheet";
import { figureAt } from "./figure-row";
import type { MergeResult } from "./merge";
import { isUnsummedKey } from "./not-summed";
import { address } from "../a1";
import type { Definition } from "../definition/catalog";
import { cellName } from "../definition/names";
import type { NamePlan } from "../layout/plan";
import { splitFigureKey } from "../submission";
import type { ColumnId } from "../definition/schema";

export interface UnitShare {
  readonly code: string;
  readonly name: string;
  readonly value: number;
  /** Percent of the figure's total, one decimal; null when the total is zero or not a sum. */
  readonly share: number | null;
  /** The unit's row in the register: its sheet and the A1 range of the row. */
  readonly sheet: string;
  readonly row: number;
}

export interface FigureUnits {
  readonly key: FigureKey;
  readonly total: number | null;
  readonly units: readonly UnitShare[];
  /** Units that reported the figure, of which `units` are the largest. */
  readonly reported: number;
}

/** Where a leaf of the register is: the sheet (registers continue after REGISTER_ROWS_PER_SHEET units) and the row. */
export function registerRowOf(leafIndex: number, rowsPerSheet = REGISTER_ROWS_PER_SHEET): { sheet: string; row: number } {
  return { sheet: registerSheetName(Math.floor(leafIndex / rowsPerSheet)), row: BREAKDOWN_ROWS.firstUnit + (leafIndex % rowsPerSheet) };
}

/** The figure's column header cell in the register: where a consolidated row's link goes. */
export function registerColumnCell(keyIndex: number): { sheet: string; address: string } {
  return { sheet: registerSheetName(0), address: address(registerFigureColumn(keyIndex), BREAKDOWN_ROWS.header) };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The `limit` largest units of a figure (every unit when no limit), in one pass: memory stays at `limit` entries. */
export function unitsBehind(
  catalog: Definition,
  result: Pick<MergeResult, "keys" | "leaves" | "figures">,
  key: FigureKey,
  limit = Infinity,
): FigureUnits {
  const k = result.keys.indexOf(key);
  const total = result.figures.get(key) ?? null;
  if (k < 0) return { key, total, units: [], reported: 0 };
  const summed = !isUnsummedKey(catalog, key) && typeof total === "number" && total !== 0;
  const top: { index: number; value: number }[] = [];
  let reported = 0;
  result.leaves.forEach((leaf, index) => {
    const value = figureAt(leaf.figures, k);
    if (value === null) return;
    reported++;
    if (!Number.isFinite(limit)) top.push({ index, value });
    else if (top.length < limit || value > top[top.length - 1].value) {
      top.push({ index, value });
      top.sort((a, b) => b.value - a.value);
      if (top.length > limit) top.pop();
    }
  });
  if (!Number.isFinite(limit)) top.sort((a, b) => b.value - a.value);
  const units = top.map(({ index, value }): UnitShare => {
    const leaf = result.leaves[index];
    return {
      code: leaf.code,
      name: leaf.name,
      value,
      share: summed ? round1((value / (total as number)) * 100) : null,
      ...registerRowOf(index),
    };
  });
  return { key, total, units, reported };
}

/** The consolidated figure in each cell of the consolidated tables, by "sheet!A1": what a selected cell is. */
export function figureCells(names: readonly NamePlan[], keys: readonly FigureKey[]): Map<string, FigureKey> {
  const byName = new Map(names.map((n) => [n.name.toUpperCase(), n]));
  const cells = new Map<string, FigureKey>();
  for (const key of keys) {
    const { code, column } = splitFigureKey(key);
    const named = byName.get(cellName(code, column as ColumnId).toUpperCase());
    if (named && !named.ref.includes(":")) cells.set(`${named.sheet}!${named.ref.replace(/\$/g, "")}`, key);
  }
  return cells;
}
