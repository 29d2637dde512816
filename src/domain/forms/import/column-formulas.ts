/**
 * How a typed form says a column is computed, read as a formula over the other columns' ids (the
 * `columns` sheet's `formula`): the numbering row's "3=2/1", "(5)=(4)-(3)", "4 = 3/2 x 100", or the
 * formulas typed in the column's cells ("=E11/D11*100", "=SUM(E7:H7)", "=IFERROR(ROUND(E6/D6*100,1),0)").
 * A percent is stored as a fraction: "× 100" is left out and the column is marked percent.
 */
import { columnNumber } from "../../a1";

export interface ColumnFormula {
  /** Over column ids: "TH / KH", "HCSN + DNNN", "sum(HCSN, DNNN, NGOAI, FDI)". */
  readonly formula: string;
  /** The formula divides: the column is a percent. */
  readonly divides: boolean;
}

/** "A" → 0: the grid's 0-based column of a reference's letters. */
const columnIndex = (letters: string): number => columnNumber(letters) - 1;

/** "× 100" at either end of a formula: a percent typed as a number of percent. */
const TIMES_100_END = /[x×*]100$/;
const TIMES_100_START = /^100[x×*]/;

/** Tokens of a numbering entry's right side: "(4)" and "4" are column numbers; ":" divides as "/" does. */
const NUMBERING_TOKEN = /\(\d{1,2}\)|\d{1,2}|[+\-/:()]/g;

/**
 * The right side of a numbering entry ("2/1", "(4)-(3)", "3/2x100") over ids, given each value column's
 * number (the integer of its own entry); null when it names a number no value column has, or is not a formula.
 */
export function formulaFromNumbering(text: string, idOfNumber: ReadonlyMap<number, string>): ColumnFormula | null {
  const compact = text.replace(/\s+/g, "").replace(TIMES_100_END, "").replace(TIMES_100_START, "");
  const tokens = compact.match(NUMBERING_TOKEN) ?? [];
  if (tokens.join("") !== compact || tokens.length === 0) return null;
  const out: string[] = [];
  for (const token of tokens) {
    const number = /^\(?(\d{1,2})\)?$/.exec(token);
    if (number) {
      const id = idOfNumber.get(Number(number[1]));
      if (id === undefined) return null;
      out.push(id);
    } else out.push(token === ":" ? "/" : token);
  }
  return expressionOf(out);
}

/** A formula typed in a cell of 0-based `row`, over ids by 0-based column; null when it is not one over this row's value columns. */
export function formulaFromCell(text: string, row: number, idOfColumn: ReadonlyMap<number, string>): ColumnFormula | null {
  let body = text.replace(/^=/, "").replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
  // Wrappers that do not change what is computed: IFERROR(x, 0), ROUND(x, 1).
  for (let unwrapped = true; unwrapped;) {
    const wrapper = /^(?:IFERROR|ROUND|ROUNDUP|ROUNDDOWN)\((.*),[^,()]*\)$/.exec(body);
    unwrapped = wrapper !== null;
    if (wrapper) body = wrapper[1]!;
  }
  body = body.replace(TIMES_100_END, "").replace(TIMES_100_START, "");
  const idAt = (letters: string, rowText: string): string | undefined =>
    Number(rowText) === row + 1 ? idOfColumn.get(columnIndex(letters)) : undefined;
  const sum = /^SUM\(([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\)$/.exec(body);
  if (sum) {
    if (sum[2] !== sum[4]) return null;
    const ids: string[] = [];
    for (let c = columnIndex(sum[1]!); c <= columnIndex(sum[3]!); c++) {
      const id = Number(sum[2]) === row + 1 ? idOfColumn.get(c) : undefined;
      if (id === undefined) return null;
      ids.push(id);
    }
    return { formula: `sum(${ids.join(", ")})`, divides: false };
  }
  const tokens = body.match(/[A-Z]{1,3}\d+|[+\-/()]/g) ?? [];
  if (tokens.join("") !== body || tokens.length === 0) return null;
  const out: string[] = [];
  for (const token of tokens) {
    const ref = /^([A-Z]{1,3})(\d+)$/.exec(token);
    if (ref) {
      const id = idAt(ref[1]!, ref[2]!);
      if (id === undefined) return null;
      out.push(id);
    } else out.push(token);
  }
  return expressionOf(out);
}

/** Tokens (ids, operators, parentheses) → the formula as the columns sheet writes it: "TH / KH". */
function expressionOf(tokens: readonly string[]): ColumnFormula | null {
  if (!tokens.some((token) => /^[A-Z]/.test(token))) return null;
  const text = tokens
    .map((token) => (/^[+\-/]$/.test(token) ? ` ${token} ` : token))
    .join("")
    .trim();
  return { formula: text, divides: tokens.includes("/") };
}
