/**
 * What one input cell holds, judged before any rule: a figure, a blank ("not reported"), or a problem
 * that keeps the value out of the figures. Nothing is converted or rounded on the user's behalf:
 * "1.250" typed as text is reported with a hint, never read as 1250.
 */
import type { RawCell } from "../raw";
import { decimalPlaces } from "../exact";

/** Excel's largest number (9.99999999999999E+307). */
export const EXCEL_MAX = 9.99999999999999e307;
/** Money (triệu đồng) is written to the thousand đồng. */
export const MONEY_DECIMALS = 3;

export type CellProblem =
  | { readonly kind: "formulaNoValue" }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "boolean"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "numberAsText"; readonly text: string; readonly looksLike: number }
  | { readonly kind: "inexact"; readonly text: string }
  | { readonly kind: "range" }
  | { readonly kind: "date" }
  | { readonly kind: "negative"; readonly value: number }
  | { readonly kind: "fraction"; readonly value: number }
  | { readonly kind: "decimals"; readonly value: number };

export type CellReading =
  | { readonly kind: "figure"; readonly value: number; readonly formula?: string }
  | { readonly kind: "blank" }
  | { readonly kind: "problem"; readonly problem: CellProblem };

/**
 * Numbers typed as text. Vietnamese writes 1.250 for one thousand two hundred and fifty and 12,5
 * for twelve and a half, so a dot followed by exactly three digits is a thousands separator first.
 */
const TEXT_NUMBER_FORMS: readonly { readonly pattern: RegExp; readonly toNumber: (text: string) => number }[] = [
  { pattern: /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, toNumber: (s) => Number(s.replace(/\./g, "").replace(",", ".")) },
  { pattern: /^-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?$/, toNumber: (s) => Number(s.replace(/[ \u00a0]/g, "").replace(",", ".")) },
  { pattern: /^-?\d+,\d+$/, toNumber: (s) => Number(s.replace(",", ".")) },
  { pattern: /^-?\d+(?:\.\d+)?$/, toNumber: Number },
];

export function numberInText(text: string): number | null {
  for (const form of TEXT_NUMBER_FORMS) if (form.pattern.test(text)) return form.toNumber(text);
  return null;
}

export function readCell(cell: RawCell, valueType: "integer" | "decimal"): CellReading {
  const problem = (p: CellProblem): CellReading => ({ kind: "problem", problem: p });
  const { value } = cell;
  if (cell.formula !== undefined && value === null) return problem({ kind: "formulaNoValue" });
  // A value the reader could not read at all ("NaN" in a number cell) is not a blank.
  if (value === null && cell.inexact !== undefined) return problem({ kind: "inexact", text: cell.inexact });
  if (value === null) return { kind: "blank" };
  if (typeof value === "object") return problem({ kind: "error", error: value.error });
  if (typeof value === "boolean") return problem({ kind: "boolean", text: value ? "TRUE" : "FALSE" });
  if (typeof value === "string") {
    const text = value.normalize("NFC").trim();
    if (text === "") return { kind: "blank" };
    const looksLike = numberInText(text);
    return problem(looksLike !== null && Number.isFinite(looksLike) ? { kind: "numberAsText", text, looksLike } : { kind: "text", text });
  }
  if (cell.inexact !== undefined) return problem({ kind: "inexact", text: cell.inexact });
  if (!Number.isFinite(value) || Math.abs(value) > EXCEL_MAX || Math.abs(value) > Number.MAX_SAFE_INTEGER)
    return problem({ kind: "range" });
  if (cell.isDate) return problem({ kind: "date" });
  if (value < 0 || Object.is(value, -0)) return value < 0 ? problem({ kind: "negative", value }) : figure(0, cell.formula);
  if (valueType === "integer" && !Number.isInteger(value)) return problem({ kind: "fraction", value });
  if (valueType === "decimal" && decimalPlaces(value) > MONEY_DECIMALS) return problem({ kind: "decimals", value });
  return figure(value, cell.formula);
}

const figure = (value: number, formula: string | undefined): CellReading =>
  formula === undefined ? { kind: "figure", value } : { kind: "figure", value, formula };
