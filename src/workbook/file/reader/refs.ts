/**
 * A1 references: cell addresses, the targets of defined names ('Biểu 01'!$D$7, Sheet1!$A$5:$G$80),
 * and moving the relative references of a shared formula to the cell that uses it.
 */
import { address, columnLetter, columnNumber, MAX_COLUMN, MAX_ROW, parseCellRef } from "../../../domain/a1";

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

export const formatAddress = (cell: CellAddress): string => address(cell.column, cell.row);

export type NameTarget =
  | { readonly ok: true; readonly sheet: string; readonly first: CellAddress; readonly last: CellAddress }
  | { readonly ok: false; readonly reason: "external" | "ref-error" | "unsupported" };

/**
 * The target of a defined name's formula: one sheet and one cell or rectangle. Anything else —
 * a link to another workbook, a deleted target (#REF!), several areas, whole rows or columns,
 * a constant or a calculation — is not a place we can read a figure from.
 */
/** The shape every template name has: 'Sheet name'!$D$7 or Sheet1!$A$5:$G$80. Sheet names never hold [ ] or ":" (a ":" is a 3-D reference). */
const COMMON_TARGET =
  /^(?:'((?:[^'[\]:]|'')+)'|([^'!:[\]\s(),]+))!\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$/;

export function parseNameTarget(formula: string): NameTarget {
  const common = COMMON_TARGET.exec(formula);
  if (common !== null) {
    const sheet = common[1] !== undefined ? common[1].replace(/''/g, "'") : common[2];
    const first = parseCellRef(common[3] + common[4]);
    const last = common[5] === undefined ? first : parseCellRef(common[5] + common[6]);
    if (first !== undefined && last !== undefined && !/^#REF!?$/i.test(sheet)) return target(sheet, first, last);
  }
  return parseUncommonTarget(formula);
}

function target(sheet: string, first: CellAddress, last: CellAddress): NameTarget {
  return {
    ok: true,
    sheet,
    first: { row: Math.min(first.row, last.row), column: Math.min(first.column, last.column) },
    last: { row: Math.max(first.row, last.row), column: Math.max(first.column, last.column) },
  };
}

function parseUncommonTarget(formula: string): NameTarget {
  const text = formula.trim().replace(/^=/, "");
  if (text.toUpperCase().includes("#REF!")) return { ok: false, reason: "ref-error" };
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ok: false, reason: "unsupported" };
  const sheetPart = text.slice(0, bang);
  const areaPart = text.slice(bang + 1);
  let sheet: string;
  if (sheetPart.startsWith("'")) {
    if (sheetPart.length < 2 || !sheetPart.endsWith("'")) return { ok: false, reason: "unsupported" };
    const inner = sheetPart.slice(1, -1);
    // Inside quotes an apostrophe is doubled; a single one would end the name early.
    if (inner.replace(/''/g, "").includes("'")) return { ok: false, reason: "unsupported" };
    sheet = inner.replace(/''/g, "'");
  } else {
    sheet = sheetPart;
    if (/[\s'(),]/.test(sheet)) return { ok: false, reason: "unsupported" };
  }
  // Sheet names cannot contain brackets: "[1]Sheet1" or "C:\path\[Book.xlsx]Sheet1" is another workbook.
  if (sheet.includes("[") || sheet.includes("]")) return { ok: false, reason: "external" };
  if (sheet.length === 0 || sheet.includes(":")) return { ok: false, reason: "unsupported" };
  const [from, to, extra] = areaPart.split(":");
  if (extra !== undefined || from === undefined) return { ok: false, reason: "unsupported" };
  const first = parseCellRef(from);
  const last = to === undefined ? first : parseCellRef(to);
  if (first === undefined || last === undefined) return { ok: false, reason: "unsupported" };
  return target(sheet, first, last);
}

const RELATIVE_REF = /(?<![A-Za-z0-9_.\\$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!])/g;

/** A reference of a shared formula, as written; `fixed` when it is not a cell reference Excel would move (past the sheet's edge). */
interface SharedRef {
  readonly whole: string;
  readonly colAbs: string;
  readonly column: number;
  readonly rowAbs: string;
  readonly row: number;
  readonly fixed: boolean;
}

/**
 * A shared formula split once into the text that never moves and the references that do. A register
 * column's formula is shared by thousands of rows: each follower is then a join of parts, not a new
 * parse of the formula (the parse per follower was most of the time of reading such a register).
 */
export type SharedFormula = readonly (string | SharedRef)[];

export function compileSharedFormula(formula: string): SharedFormula {
  const parts: (string | SharedRef)[] = [];
  let plain = "";
  const flush = (): void => {
    let last = 0;
    for (const match of plain.matchAll(RELATIVE_REF)) {
      const [whole, colAbs, letters, rowAbs, digits] = match as unknown as [string, string, string, string, string];
      if (match.index > last) parts.push(plain.slice(last, match.index));
      const column = columnNumber(letters);
      const row = Number(digits);
      parts.push({ whole, colAbs, column, rowAbs, row, fixed: column > MAX_COLUMN || row > MAX_ROW });
      last = match.index + whole.length;
    }
    if (last < plain.length) parts.push(plain.slice(last));
    plain = "";
  };
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      flush();
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      parts.push(formula.slice(i, j + 1));
      i = j + 1;
    } else if (ch === "[") {
      flush();
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      parts.push(formula.slice(i, j + 1));
      i = j + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return parts;
}

/**
 * A shared formula is stored once, on its first cell; the others say only "same as that one". A
 * follower's formula is the stored one with every relative reference moved by the offset, as Excel
 * does (off the sheet, #REF!); strings, quoted sheet names and structured references are left alone.
 */
export function shiftShared(shared: SharedFormula, rows: number, columns: number): string {
  let out = "";
  for (const part of shared) {
    if (typeof part === "string") out += part;
    else if (part.fixed) out += part.whole;
    else {
      const column = part.column + (part.colAbs ? 0 : columns);
      const row = part.row + (part.rowAbs ? 0 : rows);
      out +=
        row < 1 || row > MAX_ROW || column < 1 || column > MAX_COLUMN
          ? "#REF!"
          : `${part.colAbs}${columnLetter(column)}${part.rowAbs}${row}`;
    }
  }
  return out;
}
