/**
 * The computed cells of a definition's own columns (a total column, % of plan, a ratio row in each column):
 * what each must show, worked out from the row's input cells exactly as the template's formula does, and a
 * warning where a filled file shows something else (a unit that unprotected the sheet and typed over a
 * total). Figures are never read from computed cells: the check and the merge use the recomputed value.
 *
 * - a plain sum (sum(HCSN, DNNN, NGOAI, FDI)): blank only when every term is blank; a blank term counts 0;
 * - any other formula (TH / KH, CUOI - DAU): blank unless every term is reported; blank on a division by zero;
 * - a ratio row: its numerator over its denominator in that column, blank when a term is blank or the sum below is 0.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import { campaignRowColumns, cellValueType, hasOwnColumns, rowColumns } from "../definition/columns";
import { cellName } from "../definition/names";
import type { Calc, ColumnId, Row, Table } from "../definition/schema";
import { add, decimalOf, fractionOf, fractionToNumber, combineFractions, ZERO, type Decimal } from "../exact";
import { keyed, perLanguage } from "../i18n/message";
import { t } from "../i18n/strings";
import { namedCell } from "../named-cell";
import type { RawWorkbook } from "../raw";
import { figureKey, type Submission } from "../submission";
import { evaluateCalc } from "./calc";
import type { CheckIssue } from "./issue";
import { formatExact, formatPercent, where, type Lang } from "./text";

/** An input cell's figure (null: blank, or no such cell). */
export type InputValue = (code: string, column: ColumnId) => number | null;

/**
 * The value the computed cell (code, column) of a periodic form shows, from the input cells; null: blank.
 * `rows`: the definition's rows by code (a ratio row's terms); `input`: the figures typed.
 */
export function computedValue(
  rows: Definition["rowsByCode"],
  table: Pick<Table, "columns">,
  row: Row,
  column: ColumnId,
  input: InputValue,
): number | null {
  const cell = rowColumns("periodic", row, table).find((c) => c.id === column);
  if (!cell) return null;
  if (cell.input) return input(row.code, column);
  if (row.compute) {
    const side = (codes: readonly string[]) => {
      const values = codes.map((code) => {
        const found = rows.get(code);
        return found ? computedValue(rows, found.table, found.row, column, input) : null;
      });
      return values.some((v) => v === null) ? null : values.reduce((total, v) => add(total, decimalOf(v!)), ZERO);
    };
    const num = side(row.compute.numerator);
    const den = side(row.compute.denominator);
    if (!num || !den) return null;
    const ratio = combineFractions("/", fractionOf(num), fractionOf(den));
    return ratio ? fractionToNumber(ratio) : null;
  }
  const compute = cell.def.compute;
  if (!compute) return null;
  return columnFormulaValue(
    compute.calc,
    compute.terms.map((id) => computedValue(rows, table, row, id, input)),
  );
}

/**
 * A computed column's formula over its terms' values (in term order), as the template's formula computes
 * it (layout/formulas.ts columnFormula): a plain sum is blank only when every term is and counts a blank as
 * 0, exactly; any other formula is blank unless every term is reported, and blank where it divides by zero.
 */
export function columnFormulaValue(calc: Calc | undefined, values: readonly (number | null)[]): number | null {
  if (!calc) {
    if (values.every((v) => v === null)) return null;
    return fractionToNumber(fractionOf(values.reduce<Decimal>((total, v) => (v === null ? total : add(total, decimalOf(v))), ZERO)));
  }
  if (values.some((v) => v === null)) return null;
  const value = evaluateCalc(
    calc,
    values.map((v) => decimalOf(v!)),
  );
  return value ? fractionToNumber(value) : null;
}

/** Close enough for a double the spreadsheet computed (a percentage has endless decimals). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Every computed cell of the form's tables with own columns whose shown number is not what its inputs give. */
export function computedCellIssues(catalog: Definition, campaign: Campaign, raw: RawWorkbook, submission: Submission): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const input: InputValue = (code, column) => submission.figures.get(figureKey(code, column)) ?? null;
  for (const table of catalog.tables) {
    if (!campaign.tables.includes(table.id) || !hasOwnColumns(campaign.kind, table)) continue;
    for (const row of table.rows) {
      for (const column of campaignRowColumns(campaign, row, table)) {
        if (column.input) continue;
        // A consolidated workbook's ratio column holds the merge's figure, over the units that reported every term (merge/computed-columns.ts).
        if (submission.kind === "consolidated" && !row.compute && column.def.compute?.calc) continue;
        const found = namedCell(raw, cellName(row.code, column.id));
        const shown = found && typeof found.cell.value === "number" ? found.cell.value : null;
        if (!found || shown === null) continue; // never computed (our own writer leaves formulas without a value)
        const expected = computedValue(catalog.rowsByCode, table, row, column.id, input);
        if (expected !== null && same(shown, expected)) continue;
        const percent = cellValueType(row, column) === "percent";
        const show = (lang: Lang, value: number | null) =>
          value === null ? t(lang, "columns.computed.blank") : percent ? formatPercent(lang, value) : formatExact(lang, value);
        issues.push({
          id: `computed:${figureKey(row.code, column.id)}`,
          severity: "warning",
          category: "type",
          tableId: table.id,
          code: row.code,
          column: column.id,
          cells: [found.ref],
          values: [shown, expected],
          message: keyed("columns.computed.differs", {
            where: perLanguage((lang) => where(lang, row, column.id, campaign.kind, table)),
            shown: perLanguage((lang) => show(lang, shown)),
            expected: perLanguage((lang) => show(lang, expected)),
          }),
          explained: submission.notes.has(row.code),
        });
      }
    }
  }
  return issues;
}
