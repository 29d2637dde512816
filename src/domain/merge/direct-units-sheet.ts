/**
 * "Theo đơn vị trực thuộc": one row per direct unit of the merging unit — each file whose units were
 * counted: a commune or district union, a province, a sector union (a consolidated workbook), or a
 * CĐCS that reports directly — with the totals of the units counted through it. It is what a province
 * or the national office reads first; the register ("Chi tiết theo đơn vị") stays the full list.
 *
 * Written only when at least one consolidated workbook was merged: otherwise every direct unit is a
 * CĐCS and the sheet would repeat the register. It carries no defined name, so the level above reads
 * the register, never this sheet: it cannot change what is counted.
 *
 * Layout (1-based rows): 1 title, 2 campaign and merging unit, 3 what a row means, 4 headers,
 * 5… one row per direct unit in the order the files were given, then the totals row: SUM for summed
 * figures (the rows add up to the consolidated figures, since every counted CĐCS is in exactly one
 * row), and for an average weighted by another code the register's own total (a weighted mean of
 * weighted means needs the weights of the reporting units only, which only the register holds).
 * A definition's computed columns (% of plan, a total column) follow the input cells: each direct unit's
 * recomputed over its own units as the merge does, the totals row the merge's own figure.
 */
import type { Definition } from "../definition/catalog";
import { levelLabel } from "../definition/levels";
import type { CellPlan, RowsPlan, SheetPlan, StyleName } from "../layout/plan";
import { address, range, sheetRef } from "../a1";
import { t } from "../i18n/strings";
import { displayDate } from "../dates";
import { sumLeaves } from "./consolidate";
import { withWeightedAverages, weightKeyOf } from "./weighted-average";
import { isUnsummedKey } from "./not-summed";
import { breakdownSheetName, figureHeader, figureWidth, numberStyle, unitTableSheet, type BreakdownBody } from "./breakdown-sheet";
import type { MergeResult } from "./merge";
import type { FigureKey } from "../submission";
import type { Leaf } from "./types";
import { computedCells, consolidateComputed } from "./computed-columns";

export const directUnitsSheetName = (): string => t("vi", "merge.sheet.direct");

export const DIRECT_ROWS = { title: 1, subtitle: 2, note: 3, header: 4, firstUnit: 5 } as const;
const META_COLUMNS = 5;

/** Sheet column (1-based) of the k-th figure key. */
export const directUnitsFigureColumn = (k: number): number => META_COLUMNS + 1 + k;

/** One direct unit: the identity its file states and the totals of the units counted through it. */
export interface DirectUnit {
  readonly fileIndex: number;
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly datePrepared: string | null;
  readonly units: number;
  readonly figures: ReadonlyMap<FigureKey, number | null>;
}

/** The direct units in file order, each with its counted leaves summed (and weighted averages averaged) exactly as the merge does. */
export function directUnits(catalog: Definition, result: MergeResult): DirectUnit[] {
  const computed = computedCells(catalog, result.campaign);
  const unsummed = new Set(result.keys.filter((key) => isUnsummedKey(catalog, key)));
  const byFile = new Map<number, Leaf[]>();
  for (const leaf of result.leaves) {
    const list = byFile.get(leaf.fileIndex);
    if (list) list.push(leaf);
    else byFile.set(leaf.fileIndex, [leaf]);
  }
  return result.files.flatMap((file): DirectUnit[] => {
    const leaves = byFile.get(file.index);
    if (!leaves) return [];
    const figures = withWeightedAverages(catalog, result.keys, leaves, sumLeaves(result.keys, leaves).figures);
    // A row never totalled (a "none" or text row) is the register's, unit by unit: blank here.
    for (const key of unsummed) figures.set(key, null);
    for (const [key, value] of consolidateComputed(computed, result.keys, leaves, figures, unsummed).figures) figures.set(key, value);
    return [
      {
        fileIndex: file.index,
        code: file.unitCode ?? "",
        name: file.unitName ?? "",
        level: file.level ? levelLabel(file.level, result.campaign.levelNames).vi : "",
        datePrepared: file.datePrepared,
        units: leaves.length,
        figures,
      },
    ];
  });
}

/** The sheet, or null when no consolidated workbook was merged. `body` is the register's, whose totals row the weighted averages refer to. */
export function directUnitsSheet(catalog: Definition, result: MergeResult, body: BreakdownBody): SheetPlan | null {
  if (!result.files.some((f) => f.kind === "consolidated" && f.unitsCounted > 0)) return null;
  const vi = (key: Parameters<typeof t>[1]) => t("vi", key);
  const R = DIRECT_ROWS;
  const units = directUnits(catalog, result);
  // The input cells (directUnitsFigureColumn), then the computed columns' cells.
  const computedKeys = new Set(computedCells(catalog, result.campaign).map((c) => c.key));
  const keys = [...result.keys, ...computedKeys];
  const merges = [
    range(1, R.title, META_COLUMNS, R.title),
    range(1, R.subtitle, META_COLUMNS, R.subtitle),
    range(1, R.note, META_COLUMNS, R.note),
  ];
  const cells: CellPlan[] = [
    { ref: address(1, R.title), value: vi("merge.direct.title"), style: "title" },
    {
      ref: address(1, R.subtitle),
      value: t("vi", "merge.sheet.subtitle", { campaign: result.campaign.title.vi, unit: result.mergingUnit.name }),
      style: "subtitle",
    },
    { ref: address(1, R.note), value: t("vi", "merge.direct.note", { register: breakdownSheetName() }), style: "text" },
  ];
  [vi("merge.col.unitCode"), vi("merge.col.unitName"), vi("merge.col.level"), vi("merge.col.date"), vi("merge.col.unitsCounted")].forEach(
    (text, i) => cells.push({ ref: address(i + 1, R.header), value: text, style: "header" }),
  );
  keys.forEach((key, k) =>
    cells.push({ ref: address(directUnitsFigureColumn(k), R.header), value: figureHeader(catalog, key), style: "header" }),
  );

  // Text from submissions (codes, names) goes in as values: the plan contract keeps them literal.
  const rows: RowsPlan = {
    firstRow: R.firstUnit,
    count: units.length,
    styles: ["text", "text", "text", "text", "computedInteger", ...keys.map((key): StyleName => numberStyle(catalog, key))],
    row(i) {
      const u = units[i];
      return [u.code, u.name, u.level, displayDate(u.datePrepared), u.units, ...keys.map((key) => u.figures.get(key) ?? null)];
    },
  };
  const lastRow = R.firstUnit + Math.max(units.length, 1) - 1;
  const totalsRow = lastRow + 1;
  const span = (col: number) => `${address(col, R.firstUnit)}:${address(col, lastRow)}`;
  cells.push({ ref: address(2, totalsRow), value: vi("merge.breakdown.totals"), style: "textBold" });
  cells.push({ ref: address(5, totalsRow), formula: `SUM(${span(5)})`, value: result.leaves.length, style: "computedInteger" });
  keys.forEach((key, k) => {
    const col = directUnitsFigureColumn(k);
    const total = result.figures.get(key) ?? null;
    const registerCol = body.columns.get(key);
    if (computedKeys.has(key)) {
      // Recomputed by the merge (a % of plan over the units that reported both sides): no sum of the rows above.
      cells.push({ ref: address(col, totalsRow), value: result.computed.get(key) ?? null, style: numberStyle(catalog, key) });
      return;
    }
    if (isUnsummedKey(catalog, key)) {
      cells.push({ ref: address(col, totalsRow), value: t("vi", "forms.notSummed.total"), style: "text" });
      return;
    }
    const registerTotal = registerCol === undefined ? null : sheetRef(breakdownSheetName(), address(registerCol, body.totalsRow));
    const formula =
      weightKeyOf(catalog, key) && registerTotal
        ? `IF(${registerTotal}="","",${registerTotal})`
        : `IF(COUNT(${span(col)})=0,"",SUM(${span(col)}))`;
    cells.push({ ref: address(col, totalsRow), formula, value: total, style: numberStyle(catalog, key) });
  });

  const columnWidths = [12, 28, 14, 11, 11, ...keys.map((key) => figureWidth(catalog, key))];
  return unitTableSheet(
    { name: directUnitsSheetName(), role: "units", cells, rows, merges, columnWidths },
    { first: R.header, last: R.header },
  );
}
