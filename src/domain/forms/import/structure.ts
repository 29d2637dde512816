/**
 * What each line of a typed form is: a section heading, or an indicator with its type, stock/flow kind,
 * "trong đó" parent and aggregation. Decided from the numbering, the unit and the wording; every guess
 * that could be wrong carries a todo for the officer.
 */
import type { Line } from "./lines";
import { kindFromWording, type Kind } from "./kinds";
import type { LineNote } from "./notes";
import { unitType, type MoneyUnit } from "./units";
import { looseKey } from "./words";

export type RowType = "whole" | "decimal" | "percent" | "text";
export type Aggregation = "sum" | "ratio" | "weighted_average" | "none";

export interface SectionRow {
  readonly role: "section";
  readonly line: Line;
}

export interface IndicatorRow {
  readonly role: "indicator";
  readonly line: Line;
  readonly depth: number;
  unit: string;
  type: RowType;
  moneyUnit?: MoneyUnit;
  kind?: Kind;
  /** Index (in the rows) of the line this one is a "trong đó" part of. */
  parent?: number;
  aggregation: Aggregation;
  /** weighted_average: index of the weight line. */
  weight?: number;
  /** ratio: indices of the numerator and denominator lines. */
  numerator?: number;
  denominator?: number;
  /** Is the weight of a "bình quân" line above it. */
  isWeight: boolean;
  notes: LineNote[];
}

export type StructuredRow = SectionRow | IndicatorRow;

const AVERAGE = /\bbinh quan\b/;
const WEIGHT = /\b(duoc tinh|so nguoi|so lao dong|so can bo|so doan vien)\b/;
/** A weight typed above its average says so itself, and counts: "Số lượt … được tính" (lượt) before "Mức hỗ trợ bình quân một lượt". */
const WEIGHT_ABOVE = /\bduoc tinh\b/;
/** Lines asking for words about the unit or the person reporting, not a figure: never a heading, even without a unit. */
const CONTACT = /^(ho (va )?ten|ten nguoi|nguoi lap|so dien thoai|dien thoai|email|thu dien tu|dia chi|chuc vu)\b/;

export function structure(lines: readonly Line[], hasUnitColumn: boolean): StructuredRow[] {
  const rows: StructuredRow[] = [];
  // Indicators that may still take parts, innermost last; a section heading empties it.
  let stack: number[] = [];
  let partsOf: number | undefined;
  // Set after "Trong đó:" on its own line: unmarked lines below it sit one level under that indicator.
  let standalone: number | undefined;
  const sections = headings(lines, hasUnitColumn);
  lines.forEach((line, at) => {
    if (sections[at]) {
      rows.push({ role: "section", line });
      stack = [];
      partsOf = undefined;
      standalone = undefined;
      return;
    }
    if (line.inWhich && line.core === "") {
      // "Trong đó:" on a line of its own: the lines below are parts of the indicator above.
      partsOf = stack.at(-1);
      standalone = partsOf;
      return;
    }
    if (line.numbering === "arabic" || line.numbering === "small-letter") standalone = undefined;
    const index = rows.length;
    const floor = standalone === undefined ? 0 : (rows[standalone] as IndicatorRow).depth + 1;
    const row = indicator(line, Math.max(depthOf(line), floor));
    rows.push(row);
    while (stack.length > 0 && (rows[stack.at(-1)!] as IndicatorRow).depth >= row.depth) stack.pop();
    const above = stack.at(-1);
    const previous = rows[index - 1];
    if (
      previous?.role === "indicator" &&
      AVERAGE.test(looseKey(previous.line.label)) &&
      WEIGHT.test(looseKey(line.label)) &&
      previous.weight === undefined
    ) {
      previous.weight = index;
      row.isWeight = true;
    } else if (
      previous?.role === "indicator" &&
      AVERAGE.test(looseKey(line.label)) &&
      WEIGHT_ABOVE.test(looseKey(previous.line.label)) &&
      !previous.isWeight &&
      !AVERAGE.test(looseKey(previous.line.label)) &&
      unitType(previous.unit).type === "whole"
    ) {
      row.weight = index - 1;
      previous.isWeight = true;
    } else if (above !== undefined) {
      attachPart(rows, row, index, above, partsOf);
    }
    if (row.parent === undefined && partsOf !== undefined && row.depth === 0) partsOf = undefined;
    stack.push(index);
    if (line.announcesParts) partsOf = index;
  });
  for (const row of rows) if (row.role === "indicator") settle(rows, row, hasUnitColumn);
  return rows;
}

/**
 * Which lines are headings. An Arabic-numbered (or bold, unnumbered) line without a unit is one only when
 * lines of its own follow it: "10. Họ tên người lập biểu" with a blank ĐVT, last of the form or followed by
 * another heading, is a line to fill in, not a heading over nothing.
 */
function headings(lines: readonly Line[], hasUnitColumn: boolean): boolean[] {
  const marked = lines.map((line) => isSection(line, hasUnitColumn));
  return marked.map((section, i) => {
    if (!section) return false;
    const { numbering } = lines[i];
    if (numbering === "roman" || numbering === "letter") return true;
    return i + 1 < lines.length && !marked[i + 1];
  });
}

/** A heading: Roman or capital-letter numbering without a unit; an Arabic-numbered line without a unit when the form has a unit column (or, without one, in bold). */
function isSection(line: Line, hasUnitColumn: boolean): boolean {
  if (line.unit !== "") return false;
  if (CONTACT.test(looseKey(line.label))) return false;
  if (line.numbering === "roman" || line.numbering === "letter") return true;
  if (line.numbering === "arabic") return hasUnitColumn || line.bold;
  return hasUnitColumn && line.numbering === "none" && line.bold && !line.inWhich;
}

/** How deep a line sits: its indent, its marker ("-" one level, "+" two), "Trong đó", "1.1" and "a)". */
function depthOf(line: Line): number {
  let marker = 0;
  if (line.numbering === "dash" || line.numbering === "small-letter") marker = 1;
  else if (line.numbering === "plus") marker = 2;
  else if (line.numbering === "arabic") marker = line.subLevel;
  if (line.inWhich && marker === 0) marker = 1;
  return line.indent + marker;
}

function indicator(line: Line, depth: number): IndicatorRow {
  return { role: "indicator", line, depth, unit: line.unit, type: "whole", aggregation: "sum", isWeight: false, notes: [] };
}

/** A deeper line under an indicator: a part for sure when worded "Trong đó" or announced; a guess, marked, otherwise. */
function attachPart(rows: StructuredRow[], row: IndicatorRow, index: number, above: number, partsOf: number | undefined): void {
  const parent = rows[above] as IndicatorRow;
  const announced = partsOf === above;
  const sibling = rows
    .slice(above + 1, index)
    .find((r): r is IndicatorRow => r.role === "indicator" && r.parent === above && r.depth === row.depth);
  const certain =
    row.line.inWhich || announced || (sibling !== undefined && !sibling.notes.some((n) => n.key === "formsImport.todo.partGuess"));
  const ownUnit = unitType(row.unit);
  const parentUnit = unitType(parent.unit);
  if (ownUnit.type === "percent" || parentUnit.type === "percent" || AVERAGE.test(looseKey(parent.line.label))) return;
  if (row.unit !== "" && parent.unit !== "" && looseKey(row.unit) !== looseKey(parent.unit)) return;
  const own = kindFromWording(row.line.label);
  const parentKind = kindFromWording(parent.line.label);
  // "Tổng số đoàn viên" then "- Kết nạp mới": a flow is not part of a stock.
  if (!certain && own !== undefined && parentKind !== undefined && own !== parentKind) return;
  row.parent = above;
  if (!certain) row.notes.push({ key: "formsImport.todo.partGuess", lineParams: { parent: above }, todo: true });
}

/** Type, unit, kind and aggregation, once parents and weights are known. */
function settle(rows: StructuredRow[], row: IndicatorRow, hasUnitColumn: boolean): void {
  const parent = row.parent === undefined ? undefined : (rows[row.parent] as IndicatorRow);
  if (row.unit === "" && parent !== undefined && parent.unit !== "") {
    row.unit = parent.unit;
    row.notes.push({
      key: "formsImport.note.unitFromParent",
      params: { unit: parent.unit },
      lineParams: { parent: row.parent! },
      todo: false,
    });
  }
  if (row.unit === "" && CONTACT.test(looseKey(row.line.label))) {
    // The template's Thông tin đơn vị sheet already asks for the preparer's name and phone: a text row, or none.
    row.type = "text";
    row.aggregation = "none";
    row.parent = undefined;
    row.notes = row.notes.filter((note) => note.key !== "formsImport.todo.partGuess");
    row.notes.push({ key: "formsImport.todo.contactLine", todo: true });
    return;
  }
  const unit = unitType(row.unit);
  if (unit.type === "unknown") {
    row.type = "whole";
    const key = !hasUnitColumn
      ? "formsImport.todo.noUnitColumn"
      : row.unit === ""
        ? "formsImport.todo.unitBlank"
        : "formsImport.todo.unitUnknown";
    row.notes.push({ key, params: { unit: row.unit }, todo: true });
  } else if (unit.type === "decimal") {
    row.type = "decimal";
    row.moneyUnit = unit.moneyUnit;
  } else {
    row.type = unit.type;
  }
  if (row.type === "percent" || row.type === "text") {
    // A percent waits for the officer to name its sides; a text is never totalled.
    row.aggregation = "none";
    return;
  }
  if (AVERAGE.test(looseKey(row.line.label))) {
    row.aggregation = row.weight === undefined ? "none" : "weighted_average";
    if (row.weight === undefined) row.notes.push({ key: "formsImport.todo.weightMissing", todo: true });
    else row.notes.push({ key: "formsImport.note.weighted", lineParams: { weight: row.weight }, todo: false });
  }
  row.kind = parent?.kind ?? (parent !== undefined ? kindFromWording(parent.line.label) : undefined) ?? kindFromWording(row.line.label);
  if (row.kind === undefined) row.notes.push({ key: "formsImport.todo.kind", todo: true });
}
