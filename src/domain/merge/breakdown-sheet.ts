/**
 * "Chi tiết theo đơn vị": one row per unit counted, one column per input cell, so every consolidated
 * figure can be traced to its parts. Its key row plus unit rows are the defined name UR_BREAKDOWN,
 * which is what the next level's merge reads to get the leaves back (see leaves.ts).
 *
 * Layout (1-based rows): 1 title, 2 campaign and merging unit, 3 self-audit line, 4 how many units the
 * table holds (UR_BREAKDOWN_UNITS, so a table cut short is recognised), 5 headers people read,
 * 6 keys (machine row, start of UR_BREAKDOWN), 7… one row per unit, then the totals row (SUM formulas),
 * the count of units that reported each cell and the count that left it blank. The last column holds
 * each unit's warnings as text (key WARNINGS), so a merge of 136,000 units does not print them as lines.
 */
import type { Definition } from "../definition/catalog";
import { BREAKDOWN_UNITS_NAME, registerName } from "../definition/names";
import { weightKeyOf } from "./weighted-average";
import { isUnsummedKey } from "./not-summed";
import { levelLabel } from "../definition/levels";
import { splitFigureKey, type FigureKey } from "../submission";
import type { CellPlan, NamePlan, RowsPlan, SheetPlan, StyleName } from "../layout/plan";
import { planRowHeights, wrappedRowHeight } from "../layout/row-height";
import { address, columnLetter, MAX_ROW, parseCellRef, range, sheetRef } from "../a1";
import { t } from "../i18n/strings";
import { BREAKDOWN_META, BREAKDOWN_WARNINGS } from "./leaves";
import { displayDate } from "../dates";
import { figureAt } from "./figure-row";
import { figureColumnLabel } from "./messages";
import { findColumn } from "../definition/columns";
import type { MergeResult } from "./merge";

export const breakdownSheetName = (): string => t("vi", "merge.sheet.breakdown");

export const BREAKDOWN_ROWS = { title: 1, subtitle: 2, audit: 3, units: 4, header: 5, keys: 6, firstUnit: 7 } as const;
const FIRST_FIGURE_COLUMN = BREAKDOWN_META.length + 1;
/** The register column (1-based) of the figure at `k` in the merge's key order. */
export const registerFigureColumn = (k: number): number => FIRST_FIGURE_COLUMN + k;
/** Times New Roman 12 printed at 70 % is about 8.5 pt: small, still read without a magnifier. */
export const BREAKDOWN_PRINT_SCALE = 70;

export interface BreakdownBody {
  /** Headers, keys and totals; the unit rows are `rows`. */
  readonly cells: CellPlan[];
  /** Every unit row, in order (what the self-audit sums). */
  readonly rows: RowsPlan;
  /** The same rows cut into register sheets: the first sheet's, then each continuation sheet's. */
  readonly parts: readonly RowsPlan[];
  /** Sheet column (1-based) of each figure key. */
  readonly columns: ReadonlyMap<FigureKey, number>;
  /** Last unit row of the first register sheet, whose totals rows follow it. */
  readonly lastUnitRow: number;
  readonly totalsRow: number;
  /** The warnings column, the last one. */
  readonly lastColumn: number;
}

export function numberStyle(catalog: Definition, key: FigureKey): StyleName {
  const { code, column } = splitFigureKey(key);
  const found = catalog.rowsByCode.get(code);
  // A column may say its own type: a % of plan in a row of counts shows as a %.
  const own = found ? findColumn(found.table, column)?.valueType : undefined;
  if (own === "percent") return "computedPercent";
  const valueType = own ?? found?.row.valueType;
  return valueType === "decimal" ? "computedDecimal" : valueType === "text" ? "text" : "computedInteger";
}

/**
 * A figure column's header, as people read it: "Tổng số đoàn viên (DV_TONG)", "… (DV_TONG, cuối kỳ)",
 * "Kết nạp đoàn viên mới (KN_DV, Kế hoạch năm)": the column as the definition labels it.
 */
export function figureHeader(catalog: Definition, key: FigureKey): string {
  const { code, column } = splitFigureKey(key);
  const label = catalog.rowsByCode.get(code)?.row.name.vi ?? code;
  return column === "value" ? `${label} (${code})` : `${label} (${code}, ${figureColumnLabel(catalog, key).vi})`;
}

/** A figure column's width: a decimal column is wider, so its thousandths never print as ####. */
export const figureWidth = (catalog: Definition, key: FigureKey): number => (numberStyle(catalog, key) === "computedDecimal" ? 14 : 11);

/**
 * Unit rows one register sheet holds: Excel's last row is 1,048,576, and the first sheet keeps three
 * rows after its units for the totals. A longer register continues on "… (2)", "… (3)": never cut.
 */
export const REGISTER_ROWS_PER_SHEET = MAX_ROW - BREAKDOWN_ROWS.firstUnit + 1 - 3;

/** The name of register sheet `n` (0-based): the first is the breakdown sheet itself. */
export const registerSheetName = (n: number): string => (n === 0 ? breakdownSheetName() : `${breakdownSheetName()} (${n + 1})`);

function cut(rows: RowsPlan, perSheet: number): RowsPlan[] {
  const parts: RowsPlan[] = [];
  for (let from = 0; from === 0 || from < rows.count; from += perSheet) {
    const offset = from;
    const { height } = rows;
    parts.push({
      firstRow: rows.firstRow,
      count: Math.min(perSheet, rows.count - from),
      styles: rows.styles,
      row: (i) => rows.row(offset + i),
      ...(height ? { height: (i: number) => height(offset + i) } : {}),
    });
  }
  return parts;
}

/** The unit's name: the register column (0-based) that wraps. */
const NAME_COLUMN = BREAKDOWN_META.indexOf("UNIT_NAME");

/**
 * The register's column widths. Narrow enough that a landscape A4 page at BREAKDOWN_PRINT_SCALE holds
 * the repeated code and name columns and about a dozen figure columns; a decimal column is wider so its
 * thousandths never print as ####.
 */
function registerColumnWidths(catalog: Definition, result: MergeResult): number[] {
  return [12, 28, 14, 16, 11, ...result.keys.map((key) => figureWidth(catalog, key)), 60];
}

/** Everything but the title lines: built first so the self-audit can be computed from the very cells we write. */
export function breakdownBody(catalog: Definition, result: MergeResult, rowsPerSheet = REGISTER_ROWS_PER_SHEET): BreakdownBody {
  const vi = (key: Parameters<typeof t>[1]) => t("vi", key);
  const R = BREAKDOWN_ROWS;
  const cells: CellPlan[] = [];
  const columns = new Map<FigureKey, number>();
  result.keys.forEach((key, i) => columns.set(key, FIRST_FIGURE_COLUMN + i));
  const lastColumn = FIRST_FIGURE_COLUMN + result.keys.length;

  const metaHeaders = [
    vi("merge.col.unitCode"),
    vi("merge.col.unitName"),
    vi("merge.col.level"),
    vi("merge.col.via"),
    vi("merge.col.date"),
  ];
  metaHeaders.forEach((text, i) => cells.push({ ref: address(i + 1, R.header), value: text, style: "header" }));
  BREAKDOWN_META.forEach((key, i) => cells.push({ ref: address(i + 1, R.keys), value: key, style: "small" }));
  for (const [key, col] of columns) {
    cells.push({ ref: address(col, R.header), value: figureHeader(catalog, key), style: "header" });
    cells.push({ ref: address(col, R.keys), value: key, style: "small" });
  }
  cells.push({ ref: address(lastColumn, R.header), value: vi("merge.col.warnings"), style: "header" });
  cells.push({ ref: address(lastColumn, R.keys), value: BREAKDOWN_WARNINGS, style: "small" });

  // One row per unit, produced when drawn: a register of 136,000 units is never held as cells.
  // Text from submissions goes in as values: the plan contract keeps them literal, so "=cmd" stays text.
  // Levels as the campaign names them: a 2012 review's register says "LĐLĐ huyện", a 2026 one the 2026 names.
  const leaves = result.leaves;
  const widths = registerColumnWidths(catalog, result);
  // The unit's name wraps in its column (printed whole, not cut at the column's edge); the other text runs on.
  const styles: StyleName[] = [
    ...BREAKDOWN_META.map((_, c): StyleName => (c === NAME_COLUMN ? "paragraph" : "text")),
    ...result.keys.map((key) => numberStyle(catalog, key)),
    "text",
  ];
  const rows: RowsPlan = {
    firstRow: R.firstUnit,
    count: leaves.length,
    styles,
    // Only the name wraps: its length alone sets the height (cheap enough for 136,000 rows).
    height: (i) => wrappedRowHeight([{ text: leaves[i].name, width: widths[NAME_COLUMN] }]),
    row(i) {
      const leaf = leaves[i];
      const values: (string | number | null)[] = [
        leaf.code,
        leaf.name,
        leaf.level ? levelLabel(leaf.level, result.campaign.levelNames).vi : "",
        leaf.via ?? "",
        displayDate(leaf.datePrepared),
      ];
      for (let k = 0; k < result.keys.length; k++) values.push(leaf.texts?.get(k) ?? figureAt(leaf.figures, k));
      values.push(leaf.warnings);
      return values;
    },
  };
  const parts = cut(rows, Math.max(1, Math.floor(rowsPerSheet)));
  const lastUnitRow = R.firstUnit + parts[0].count - 1;
  const totalsRow = lastUnitRow + 1;
  cells.push({ ref: address(2, totalsRow), value: vi("merge.breakdown.totals"), style: "textBold" });
  cells.push({ ref: address(2, totalsRow + 1), value: vi("merge.breakdown.reported"), style: "text" });
  cells.push({ ref: address(2, totalsRow + 2), value: vi("merge.breakdown.blank"), style: "text" });
  // A column on every register sheet: the first one's own, then each continuation's, by name.
  const spansOf = (col: number): string[] =>
    parts.map((part, n) => {
      const span = `${columnLetter(col)}${R.firstUnit}:${columnLetter(col)}${R.firstUnit + Math.max(part.count, 1) - 1}`;
      return n === 0 ? span : sheetRef(registerSheetName(n), span);
    });
  for (const [key, col] of columns) {
    const spans = spansOf(col);
    const all = spans.join(",");
    const total = result.figures.get(key) ?? null;
    const count = result.counts.get(key) ?? { reported: 0, blank: result.leaves.length };
    // Blank when no unit reported the cell, as in the consolidated table: a blank is not a zero.
    const weightKey = weightKeyOf(catalog, key);
    const weightCol = weightKey ? columns.get(weightKey) : undefined;
    if (isUnsummedKey(catalog, key)) cells.push({ ref: address(col, totalsRow), value: t("vi", "forms.notSummed.total"), style: "text" });
    else
      cells.push({
        ref: address(col, totalsRow),
        formula: totalFormula(spans, weightCol === undefined ? null : spansOf(weightCol)),
        value: total,
        style: numberStyle(catalog, key),
      });
    cells.push({ ref: address(col, totalsRow + 1), formula: `COUNT(${all})`, value: count.reported, style: "computedInteger" });
    cells.push({
      ref: address(col, totalsRow + 2),
      formula: `${spans.map((span) => `ROWS(${span})`).join("+")}-COUNT(${all})`,
      value: count.blank,
      style: "computedInteger",
    });
  }
  return { cells, rows, parts, columns, lastUnitRow, totalsRow, lastColumn };
}

/**
 * The totals row's formula: a sum, or for an average weighted by another code Σ value × weight /
 * Σ weight over the rows where the value is reported, rounded as the merge rounds it. Blank when
 * nothing was reported, as in the consolidated table. `spans` (and `weights`) are the column on every
 * register sheet; SUMPRODUCT takes no union of ranges, so it is summed sheet by sheet.
 */
function totalFormula(spans: readonly string[], weights: readonly string[] | null): string {
  const all = spans.join(",");
  if (!weights) return `IF(COUNT(${all})=0,"",SUM(${all}))`;
  const sumOver = (term: (span: string, weight: string) => string): string => {
    const terms = spans.map((span, i) => term(span, weights[i]));
    return terms.length === 1 ? terms[0] : `(${terms.join("+")})`;
  };
  const reportedWeight = sumOver((span, weight) => `SUMPRODUCT(--(${span}<>""),${weight})`);
  return `IF(${reportedWeight}=0,"",ROUND(${sumOver((span, weight) => `SUMPRODUCT(${span},${weight})`)}/${reportedWeight},3))`;
}

/**
 * A table of units with a column per figure, as the register and the direct-unit sheet are: frozen
 * below its headers and right of the code and name, protected, printed landscape at
 * BREAKDOWN_PRINT_SCALE with the headers and the code and name repeated on every page.
 * A `codes` row (the register's keys, read by the next level's merge) sits below the headers, hidden
 * and not repeated in print: people never see the codes.
 */
export function unitTableSheet(
  table: Pick<SheetPlan, "name" | "role" | "cells" | "rows" | "merges" | "columnWidths">,
  headers: { readonly first: number; readonly last: number },
  codes?: number,
): SheetPlan {
  return {
    ...table,
    rowHeights: planRowHeights(table.cells, table.columnWidths, table.merges),
    ...(codes === undefined ? {} : { hiddenRows: [codes] }),
    freeze: { rows: codes ?? headers.last, columns: 2 },
    protect: true,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      scale: BREAKDOWN_PRINT_SCALE,
      repeatRows: headers,
      repeatColumns: { first: 1, last: 2 },
    },
    visibility: "visible",
  };
}

/** The register sheets (the breakdown sheet and its continuations, when the register is longer than one sheet holds) and their names. */
export function breakdownSheet(
  catalog: Definition,
  result: MergeResult,
  body: BreakdownBody,
  auditLine: string,
): { sheets: SheetPlan[]; names: NamePlan[] } {
  const name = breakdownSheetName();
  const R = BREAKDOWN_ROWS;
  // Title lines span the unit columns only: the sheet prints across pages, and a title centred over
  // sixty columns would be cut between them.
  const width = Math.min(body.lastColumn, FIRST_FIGURE_COLUMN - 1);
  const columnWidths = registerColumnWidths(catalog, result);
  const merges = [range(1, R.title, width, R.title), range(1, R.subtitle, width, R.subtitle), range(1, R.audit, width, R.audit)];
  const cells: CellPlan[] = [
    { ref: address(1, R.title), value: t("vi", "merge.breakdown.title"), style: "title" },
    {
      ref: address(1, R.subtitle),
      value: t("vi", "merge.sheet.subtitle", { campaign: result.campaign.title.vi, unit: result.mergingUnit.name }),
      style: "subtitle",
    },
    { ref: address(1, R.audit), value: auditLine, style: "textBold" },
    { ref: address(1, R.units), value: t("vi", "merge.breakdown.unitsLabel"), style: "text" },
    { ref: address(2, R.units), value: body.rows.count, style: "computedInteger" },
    ...body.cells,
  ];
  const first = unitTableSheet(
    { name, role: "breakdown", cells, rows: body.parts[0], merges, columnWidths },
    { first: R.header, last: R.header },
    R.keys,
  );
  // A continuation sheet: the same title and headers, its share of the rows, no totals (the first sheet's add up every sheet).
  const header = body.cells.filter((cell) => (parseCellRef(cell.ref)?.row ?? 0) <= R.keys);
  const continuations = body.parts.slice(1).map((part, i): SheetPlan => {
    const titled = [
      cells[0],
      cells[1],
      { ref: address(1, R.audit), value: t("vi", "merge.breakdown.continued", { sheet: name }), style: "textBold" as const },
      ...header,
    ];
    return {
      ...first,
      name: registerSheetName(i + 1),
      cells: titled,
      rows: part,
      rowHeights: planRowHeights(titled, columnWidths, merges),
    };
  });
  const last = (part: RowsPlan) => Math.max(R.firstUnit + part.count - 1, R.keys);
  return {
    sheets: [first, ...continuations],
    names: [
      ...body.parts.map((part, n) => ({
        name: registerName(n),
        sheet: registerSheetName(n),
        ref: range(1, R.keys, body.lastColumn, last(part)),
      })),
      { name: BREAKDOWN_UNITS_NAME, sheet: name, ref: address(2, R.units) },
    ],
  };
}
