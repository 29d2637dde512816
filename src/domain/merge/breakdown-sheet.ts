/**
 * "Chi tiết theo đơn vị": one row per unit counted, one column per cell, so every consolidated
 * figure can be traced to its parts. Its key row plus unit rows are the defined name UR_BREAKDOWN,
 * which is what the next level's merge reads to get the leaves back (see leaves.ts).
 *
 * The computed columns of a definition's tables (its columns sheet: a % of plan, a total column) sit
 * beside their row's input cells, as on the form: each unit's cell is a formula over the unit's own
 * cells in the same register row (locked, with the value our merge computes cached, blank when a side
 * is blank or the plan is 0), so the officer sees who is behind. The next level never reads them
 * (registerComputedKeys): they are recomputed from the input cells at every level. Their totals-row
 * cell is the merge's figure: a ratio over the units that reported every term (SUMPRODUCT over those
 * rows), never a sum or an average of the units' %.
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
import { findColumn, hasOwnColumns } from "../definition/columns";
import type { Campaign } from "../definition/campaign";
import type { MergeResult } from "./merge";
import type { Calc } from "../definition/schema";
import { computedCells, type ComputedCell } from "./computed-columns";
import { columnFormulaValue } from "../check/computed-cells";
import { columnFormula } from "../layout/formulas";
import { perObjectPair } from "../memo";

export const breakdownSheetName = (): string => t("vi", "merge.sheet.breakdown");

export const BREAKDOWN_ROWS = { title: 1, subtitle: 2, audit: 3, units: 4, header: 5, keys: 6, firstUnit: 7 } as const;
const FIRST_FIGURE_COLUMN = BREAKDOWN_META.length + 1;
/** Times New Roman 12 printed at 70 % is about 8.5 pt: small, still read without a magnifier. */
export const BREAKDOWN_PRINT_SCALE = 70;

/**
 * The computed cells the register shows per unit: those of the tables with their own columns (a review's
 * built-in change column stays out, so the shipped form's register is as before). Once per campaign.
 */
export const registerComputedCells: (catalog: Definition, campaign: Campaign) => readonly ComputedCell[] = perObjectPair(
  (catalog: Definition, campaign: Campaign) =>
    computedCells(catalog, campaign).filter((cell) => {
      const found = catalog.rowsByCode.get(cell.code);
      return found !== undefined && hasOwnColumns(campaign.kind, found.table);
    }),
);

/** The keys of the register's computed columns: what a reader of the register skips (leaves.ts readBreakdown). */
export const registerComputedKeys: (catalog: Definition, campaign: Campaign) => ReadonlySet<string> = perObjectPair(
  (catalog: Definition, campaign: Campaign) => new Set(registerComputedCells(catalog, campaign).map((cell) => cell.key)),
);

/** A register figure column: an input cell (its index in the merge's keys) or a computed cell. */
type RegisterColumn =
  | { readonly key: FigureKey; readonly input: number }
  /** `rank`: the cell's place in computedCells' order, where a term comes before the cell computed from it. */
  | { readonly key: FigureKey; readonly computed: ComputedCell; readonly rank: number };

/**
 * The register's figure columns in the form's order: each row's cells as its table shows them, a computed
 * column beside the input cells it is computed from. A computed cell whose terms are not all in the register
 * (never, for a definition the loader accepted) is left out rather than computed from nothing.
 */
function registerColumns(catalog: Definition, result: MergeResult): RegisterColumn[] {
  const computed = registerComputedCells(catalog, result.campaign);
  if (computed.length === 0) return result.keys.map((key, input) => ({ key, input }));
  const byCode = new Map<string, ComputedCell[]>();
  for (const cell of computed) byCode.set(cell.code, [...(byCode.get(cell.code) ?? []), cell]);
  const rank = new Map(computed.map((cell, i) => [cell, i]));
  const out: RegisterColumn[] = [];
  const placed = new Set<FigureKey>(result.keys);
  const rowOf = (k: number): string => splitFigureKey(result.keys[k]).code;
  for (let k = 0; k < result.keys.length;) {
    const code = rowOf(k);
    const row: RegisterColumn[] = [];
    for (; k < result.keys.length && rowOf(k) === code; k++) row.push({ key: result.keys[k], input: k });
    const cells = byCode.get(code) ?? [];
    const order = new Map((catalog.rowsByCode.get(code)?.table.columns ?? []).map((column, i) => [column.id, i]));
    const position = (key: FigureKey): number => order.get(splitFigureKey(key).column) ?? Number.MAX_SAFE_INTEGER;
    for (const cell of cells) {
      if (!cell.terms.every((term) => placed.has(term))) continue;
      row.push({ key: cell.key, computed: cell, rank: rank.get(cell)! });
      placed.add(cell.key);
    }
    // Stable: input cells keep the merge's order; a computed cell goes where its column is on the form.
    out.push(
      ...row
        .map((column, i) => ({ column, i }))
        .sort((a, b) => position(a.column.key) - position(b.column.key) || a.i - b.i)
        .map((x) => x.column),
    );
  }
  return out;
}

export interface BreakdownBody {
  /** Headers, keys and totals; the unit rows are `rows`. */
  readonly cells: CellPlan[];
  /** Every unit row, in order (what the self-audit sums). */
  readonly rows: RowsPlan;
  /** The same rows cut into register sheets: the first sheet's, then each continuation sheet's. */
  readonly parts: readonly RowsPlan[];
  /** Sheet column (1-based) of each input figure key. */
  readonly columns: ReadonlyMap<FigureKey, number>;
  /** Sheet column (1-based) of each computed cell shown per unit (a % of plan, a total column). */
  readonly computedColumns: ReadonlyMap<FigureKey, number>;
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
      ...(rows.formulas ? { formulas: rows.formulas } : {}),
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
function registerColumnWidths(catalog: Definition, figures: readonly RegisterColumn[]): number[] {
  return [12, 28, 14, 16, 11, ...figures.map(({ key }) => figureWidth(catalog, key)), 60];
}

/** Everything but the title lines: built first so the self-audit can be computed from the very cells we write. */
export function breakdownBody(catalog: Definition, result: MergeResult, rowsPerSheet = REGISTER_ROWS_PER_SHEET): BreakdownBody {
  const vi = (key: Parameters<typeof t>[1]) => t("vi", key);
  const R = BREAKDOWN_ROWS;
  const cells: CellPlan[] = [];
  const figures = registerColumns(catalog, result);
  const columns = new Map<FigureKey, number>();
  const computedColumns = new Map<FigureKey, number>();
  figures.forEach((figure, i) => ("input" in figure ? columns : computedColumns).set(figure.key, FIRST_FIGURE_COLUMN + i));
  const columnOf = (key: FigureKey): number => columns.get(key) ?? computedColumns.get(key)!;
  const lastColumn = FIRST_FIGURE_COLUMN + figures.length;

  const metaHeaders = [
    vi("merge.col.unitCode"),
    vi("merge.col.unitName"),
    vi("merge.col.level"),
    vi("merge.col.via"),
    vi("merge.col.date"),
  ];
  metaHeaders.forEach((text, i) => cells.push({ ref: address(i + 1, R.header), value: text, style: "header" }));
  BREAKDOWN_META.forEach((key, i) => cells.push({ ref: address(i + 1, R.keys), value: key, style: "small" }));
  figures.forEach(({ key }, i) => {
    cells.push({ ref: address(FIRST_FIGURE_COLUMN + i, R.header), value: figureHeader(catalog, key), style: "header" });
    cells.push({ ref: address(FIRST_FIGURE_COLUMN + i, R.keys), value: key, style: "small" });
  });
  cells.push({ ref: address(lastColumn, R.header), value: vi("merge.col.warnings"), style: "header" });
  cells.push({ ref: address(lastColumn, R.keys), value: BREAKDOWN_WARNINGS, style: "small" });

  // One row per unit, produced when drawn: a register of 136,000 units is never held as cells.
  // Text from submissions goes in as values: the plan contract keeps them literal, so "=cmd" stays text.
  // Levels as the campaign names them: a 2012 review's register says "LĐLĐ huyện", a 2026 one the 2026 names.
  const leaves = result.leaves;
  const widths = registerColumnWidths(catalog, figures);
  // The unit's name wraps in its column (printed whole, not cut at the column's edge); the other text runs on.
  const styles: StyleName[] = [
    ...BREAKDOWN_META.map((_, c): StyleName => (c === NAME_COLUMN ? "paragraph" : "text")),
    ...figures.map(({ key }) => numberStyle(catalog, key)),
    "text",
  ];
  const unitComputed = unitComputedColumns(figures);
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
      for (const figure of figures)
        values.push("input" in figure ? (leaf.texts?.get(figure.input) ?? figureAt(leaf.figures, figure.input)) : null);
      unitComputed.fill(values);
      values.push(leaf.warnings);
      return values;
    },
    ...(unitComputed.formulas ? { formulas: unitComputed.formulas } : {}),
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
    cells.push(...countCells(col, totalsRow, spans, count));
  }
  const computedCounts = unitComputed.count(leaves);
  // A computed cell over a cell never totalled (aggregation none) has no total, as in the merge; in dependency order.
  const blocked = new Set<FigureKey>(result.keys.filter((key) => isUnsummedKey(catalog, key)));
  for (const { cell } of unitComputed.cells) if (cell.terms.some((term) => blocked.has(term))) blocked.add(cell.key);
  for (const { cell } of unitComputed.cells) {
    const col = computedColumns.get(cell.key)!;
    if (blocked.has(cell.key)) cells.push({ ref: address(col, totalsRow), value: t("vi", "forms.notSummed.total"), style: "text" });
    else
      cells.push({
        ref: address(col, totalsRow),
        formula: cell.ratio
          ? ratioTotalFormula(
              cell,
              cell.terms.map((term) => spansOf(columnOf(term))),
            )
          : columnFormula(
              cell.terms.map((term) => ({ ref: address(columnOf(term), totalsRow), computed: true })),
              cell.calc,
            ),
        value: result.computed.get(cell.key) ?? null,
        style: numberStyle(catalog, cell.key),
      });
    const reported = computedCounts.get(cell.key) ?? 0;
    cells.push(...countCells(col, totalsRow, spansOf(col), { reported, blank: leaves.length - reported }));
  }
  return { cells, rows, parts, columns, computedColumns, lastUnitRow, totalsRow, lastColumn };
}

/** A column's "reported" and "left blank" rows under the totals: COUNT of numbers, rows less that. */
function countCells(col: number, totalsRow: number, spans: readonly string[], count: { reported: number; blank: number }): CellPlan[] {
  const all = spans.join(",");
  return [
    { ref: address(col, totalsRow + 1), formula: `COUNT(${all})`, value: count.reported, style: "computedInteger" },
    {
      ref: address(col, totalsRow + 2),
      formula: `${spans.map((span) => `ROWS(${span})`).join("+")}-COUNT(${all})`,
      value: count.blank,
      style: "computedInteger",
    },
  ];
}

/**
 * The computed cells of a unit's register row: the formula of each computed column over the row's own cells
 * (the template's formula, layout/formulas.ts), and its value as the merge computes it (columnFormulaValue,
 * a computed term from the unit's own computed cell), which the writer caches. Nothing is kept per unit.
 */
function unitComputedColumns(figures: readonly RegisterColumn[]) {
  const at = new Map(figures.map((figure, i) => [figure.key, i]));
  // In dependency order (computedCells lists a term before the cell computed from it), whatever the form's order.
  const cells = figures
    .flatMap((figure, i) => ("computed" in figure ? [{ i, cell: figure.computed, rank: figure.rank }] : []))
    .sort((a, b) => a.rank - b.rank);
  // Each term's position among the figure columns, and whether it is itself a computed cell (a formula, "" when blank).
  const terms = cells.map(({ cell }) => cell.terms.map((term) => ({ i: at.get(term)!, computed: "computed" in figures[at.get(term)!] })));
  const args = cells.map(({ cell }) => new Array<number | null>(cell.terms.length));
  const offset = FIRST_FIGURE_COLUMN - 1;
  /** Fills one row's computed cells in place (`values` from column A, its input cells already there). */
  const fill = (values: (string | number | null)[]): void => {
    for (let j = 0; j < cells.length; j++) {
      const own = args[j];
      for (let t = 0; t < own.length; t++) {
        const v = values[offset + terms[j][t].i];
        own[t] = typeof v === "number" ? v : null;
      }
      const calc = cells[j].cell.calc;
      const fast = wholeValue(calc, own);
      values[offset + cells[j].i] = fast === undefined ? columnFormulaValue(calc, own) : fast;
    }
  };
  let formulas: ((sheetRow: number) => string)[] | undefined;
  if (cells.length > 0) {
    const byColumn: ((sheetRow: number) => string)[] = [];
    cells.forEach(({ i, cell }, j) => {
      const letters = terms[j].map((term) => ({ letter: columnLetter(offset + term.i + 1), computed: term.computed }));
      // The formula once, with a mark where the row goes: a row's formula is then one join, not a formula built per cell.
      const parts = columnFormula(
        letters.map((term) => ({ ref: `${term.letter}${ROW_MARK}`, computed: term.computed })),
        cell.calc,
      ).split(ROW_MARK);
      byColumn[offset + i] = (r) => parts.join(String(r));
    });
    formulas = byColumn;
  }
  /** How many units have a value in each computed cell: one pass, one reused row. */
  const count = (leaves: MergeResult["leaves"]): Map<FigureKey, number> => {
    const counts = new Map<FigureKey, number>();
    if (cells.length === 0) return counts;
    const values = new Array<string | number | null>(offset + figures.length).fill(null);
    for (const leaf of leaves) {
      figures.forEach((figure, i) => {
        if ("input" in figure) values[offset + i] = figureAt(leaf.figures, figure.input);
      });
      fill(values);
      for (const { i, cell } of cells) if (values[offset + i] !== null) counts.set(cell.key, (counts.get(cell.key) ?? 0) + 1);
    }
    return counts;
  };
  return { cells, fill, formulas, count };
}

/** Where a register formula's row number goes (a character no formula holds). */
const ROW_MARK = "\u0001";

/** Integers a double holds exactly, with room for a product of two figures' sums. */
const SAFE = 2 ** 50;

/**
 * columnFormulaValue's figure, computed in doubles where that is exact: every term a whole number (counts of
 * people, of units) and the formula sums, differences and products of them with at most one division, at the
 * top. The sum is then exact and the quotient the correctly rounded one — the very double the exact path
 * gives (fractionToNumber divides the same two integers). undefined: not such a case, the exact path decides.
 * A national register computes millions of these; the exact path costs microseconds each.
 */
export function wholeValue(calc: Calc | undefined, values: readonly (number | null)[]): number | null | undefined {
  if (!calc) {
    let total = 0;
    let reported = false;
    for (const v of values) {
      if (v === null) continue;
      if (!Number.isInteger(v) || Math.abs(v) > SAFE) return undefined;
      total += v;
      reported = true;
    }
    return reported ? (Math.abs(total) > SAFE ? undefined : total) : null;
  }
  if (values.some((v) => v === null)) return null;
  const whole = (node: Calc): number | undefined => {
    if ("term" in node) return values[node.term]!;
    if ("num" in node) return Number(node.num);
    if ("neg" in node) {
      const inner = whole(node.neg);
      return inner === undefined ? undefined : -inner;
    }
    if (node.op === "/") return undefined;
    const a = whole(node.a);
    const b = a === undefined ? undefined : whole(node.b);
    if (a === undefined || b === undefined || !Number.isInteger(a) || !Number.isInteger(b)) return undefined;
    const value = node.op === "+" ? a + b : node.op === "-" ? a - b : a * b;
    return Math.abs(value) > SAFE ? undefined : value;
  };
  for (const v of values) if (!Number.isInteger(v) || Math.abs(v!) > SAFE) return undefined;
  if ("op" in calc && calc.op === "/") {
    const a = whole(calc.a);
    const b = a === undefined ? undefined : whole(calc.b);
    if (a === undefined || b === undefined || !Number.isInteger(a) || !Number.isInteger(b)) return undefined;
    return b === 0 ? null : a / b;
  }
  const value = whole(calc);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/**
 * The totals row of a ratio column (a % of plan): the formula over the sums of its terms, each taken over
 * the units that reported every term, as the merge computes it (ratio-over-complete.ts) — never a sum or an
 * average of the units' %. `termSpans[t]` is term t's column on every register sheet; SUMPRODUCT takes no
 * union of ranges, so each sum is added up sheet by sheet. Blank when no unit reported every term, or
 * where it would divide by zero.
 */
function ratioTotalFormula(cell: ComputedCell, termSpans: readonly (readonly string[])[]): string {
  const sheets = termSpans[0].length;
  const masks = Array.from({ length: sheets }, (_, n) => termSpans.map((spans) => `--(${spans[n]}<>"")`).join(","));
  const sumOver = (term: (n: number) => string): string => {
    const parts = Array.from({ length: sheets }, (_, n) => `SUMPRODUCT(${term(n)})`);
    return parts.length === 1 ? parts[0] : `(${parts.join("+")})`;
  };
  const complete = sumOver((n) => masks[n]);
  const sums = termSpans.map((spans) => ({ ref: sumOver((n) => `${masks[n]},${spans[n]}`), computed: true }));
  return `IF(${complete}=0,"",${columnFormula(sums, cell.calc)})`;
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
  const columnWidths = registerColumnWidths(catalog, registerColumns(catalog, result));
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
