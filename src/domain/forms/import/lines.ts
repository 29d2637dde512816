/**
 * The lines below the header, each read for what an officer typed: its number (TT column, or the "I." /
 * "1." / "a)" / "-" / "+" that starts the label), the label itself, "Trong đó" wording, the unit, the
 * indent and bold. What a line means (section, indicator, part, weight) is decided in structure.ts.
 */
import { cellText, type GridCell, type TypedGrid } from "./grid";
import { isNumberingRow, type HeaderMap } from "./header";
import { looseKey } from "./words";

export type Numbering = "roman" | "letter" | "small-letter" | "arabic" | "dash" | "plus" | "none";

export interface Line {
  /** 1-based sheet row, as the officer sees it. */
  readonly row: number;
  /** What the TT column shows: "I", "1", "1.1", "a", "-", "+"; "" when nothing. */
  readonly tt: string;
  readonly numbering: Numbering;
  /** Dots in an arabic number: "1" → 0, "1.1" → 1. */
  readonly subLevel: number;
  /** The label as typed, without the number or marker moved to `tt`. */
  readonly label: string;
  /** The label's own words after "Trong đó:" ("nữ"); the whole label when it does not start so. */
  readonly core: string;
  /** Starts with "Trong đó". */
  readonly inWhich: boolean;
  /** Ends with "trong đó:" — the lines below are its parts. */
  readonly announcesParts: boolean;
  readonly unit: string;
  readonly indent: number;
  readonly bold: boolean;
  /** The label cell held a formula's value, not typed text. */
  readonly fromFormula: boolean;
}

const PREFIX = /^\s*(?:([IVXLC]+|[A-Za-zĐđ]|\d+(?:\.\d+)*)\s*[.)\-–/:]|([-–—+*•]))\s*/u;
const ROMAN = /^(?=[IVXLC]+$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
const IN_WHICH = /^trong\s*(?:đó|do)\s*[:,.-]?\s*/iu;
const ANNOUNCES = /,?\s*trong\s*(?:đó|do)\s*:?\s*$/iu;
const INLINE_PERCENT = /\(\s*%\s*\)\s*$/;
/** Footers: where the form ends and the signatures begin. */
const FOOTER = /^(nguoi lap|tm |thu truong|ngay \d|\w+ ngay \d|xac nhan|ky ten|ghi chu |chu tich|noi nhan)/;

/** A sample line showing how to fill the form ("Ví dụ cách ghi: …", "(VD: …)"): not a line of the form. */
const SAMPLE = /^(vi du|vd|cach ghi|huong dan cach ghi|huong dan ghi)\b/;

export interface ReadLines {
  readonly lines: Line[];
  /** 1-based rows of sample lines left out. */
  readonly samples: number[];
}

export function readLines(grid: TypedGrid, header: HeaderMap): ReadLines {
  const lines: Line[] = [];
  const samples: number[] = [];
  const headerLabel = looseKey(cellText(grid.rows[header.row][header.label]));
  for (let r = header.firstLine; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    const labelCell = cells[header.label] ?? null;
    let label = cellText(labelCell);
    let tt = header.tt === undefined ? "" : cellText(cells[header.tt]);
    if (label === "" && tt !== "" && PREFIX.test(tt) && tt.length > 6) {
      // "I. Tình hình lao động" typed into the TT cell, merged over Nội dung.
      label = tt;
      tt = "";
    }
    if (label === "") continue;
    // The column numbering typed again further down (a table pasted over two pages), "A B C 1 2 3=2/1" included.
    if (isNumberingRow(grid, r)) continue;
    if (FOOTER.test(looseKey(label)) && tt === "") break;
    if (SAMPLE.test(looseKey(label))) {
      samples.push(r + 1);
      continue;
    }
    // The header or the column numbering typed again further down (a table pasted over two pages).
    if (looseKey(label) === headerLabel || /^\(?\d{1,2}\)?$/.test(label)) continue;
    const prefix = PREFIX.exec(label);
    if (prefix && (tt === "" || prefix[2] !== undefined)) {
      if (tt === "") tt = (prefix[1] ?? prefix[2]).replace(/[–—•*]/, "-");
      label = label.slice(prefix[0].length).trim();
    }
    if (label === "") continue;
    tt = tt.replace(/[.)]$/, "");
    let unit = header.unit === undefined ? "" : cellText(cells[header.unit]);
    if (unit === "" && INLINE_PERCENT.test(label)) unit = "%";
    const inWhich = IN_WHICH.test(label);
    lines.push({
      row: r + 1,
      tt,
      ...numberingOf(tt),
      label,
      core: inWhich ? label.replace(IN_WHICH, "").trim() : label,
      inWhich,
      announcesParts: ANNOUNCES.test(label),
      unit,
      indent: indentOf(labelCell),
      bold: labelCell?.bold === true,
      fromFormula: labelCell?.formula === true,
    });
  }
  return { lines, samples };
}

function numberingOf(tt: string): { numbering: Numbering; subLevel: number } {
  if (tt === "") return { numbering: "none", subLevel: 0 };
  if (tt === "-") return { numbering: "dash", subLevel: 0 };
  if (tt === "+") return { numbering: "plus", subLevel: 0 };
  if (/^\d+(\.\d+)*$/.test(tt)) return { numbering: "arabic", subLevel: tt.split(".").length - 1 };
  if (ROMAN.test(tt)) return { numbering: "roman", subLevel: 0 };
  if (/^[A-ZĐ]$/u.test(tt)) return { numbering: "letter", subLevel: 0 };
  if (/^[a-zđ]$/u.test(tt)) return { numbering: "small-letter", subLevel: 0 };
  return { numbering: "none", subLevel: 0 };
}

function indentOf(cell: GridCell | null): number {
  const indent = cell?.indent ?? 0;
  return Number.isFinite(indent) && indent > 0 ? Math.min(Math.floor(indent), 15) : 0;
}
