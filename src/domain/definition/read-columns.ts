/**
 * The columns sheet (optional): a table's own value columns — plan, actual and % of plan; a sector matrix
 * under "Chia ra" — or columns shared by every table that declares none of its own. Every mistake is
 * reported at its cell; a computed column's formula is read with the rules' grammar (expression.ts) and
 * lowered like a rule's side (lower-rule.ts). The result is resolved per table, so downstream code only
 * ever looks at `table.columns`.
 */
import type { ColumnDef, Level, Localized } from "./schema";
import { DEFINED_COLUMN_ID } from "./schema";
import { parseExpression } from "./expression";
import { lowerColumnFormula } from "./lower-rule";
import { levelsCell } from "./sheet-levels";
import { foldKey, type SheetTable, type TableRow } from "./sheet-table";

/** At most this many columns in a table (a sector matrix has 5–10; a printed page holds about 15). */
export const MAX_TABLE_COLUMNS = 30;

const ROLES: Readonly<Record<string, ColumnDef["role"]>> = {
  input: "input",
  nhập: "input",
  computed: "computed",
  tính: "computed",
  note: "note",
  "ghi chú": "note",
};
const VALUE_TYPES = ["integer", "decimal", "percent"] as const;
const AGGREGATIONS = ["sum", "none"] as const;

interface ColumnRead {
  readonly def: ColumnDef;
  readonly line: TableRow;
  /** Computed columns: the ids the formula reads, each with its 1-based character in the cell. */
  readonly terms: readonly { readonly id: string; readonly column: number }[];
}

const localized = (vi: string, en: string): Localized => ({ vi, en: en || vi });
const oneOf = <T extends string>(list: readonly T[], text: string): text is T => (list as readonly string[]).includes(text);

/** One line of the sheet as a column, or null after reporting its problems at their cells. */
function readColumn(sheet: SheetTable, line: TableRow): ColumnRead | null {
  let fine = true;
  const id = sheet.text(line, "id");
  if (!DEFINED_COLUMN_ID.test(id)) {
    sheet.at(line, "id", "columns.id", "columns.id", { value: id.slice(0, 40) });
    fine = false;
  }
  const labelVi = sheet.required(line, "label_vi");
  if (!labelVi) fine = false;
  const roleText = foldKey(sheet.text(line, "role"));
  const role = Object.hasOwn(ROLES, roleText) ? ROLES[roleText] : undefined;
  if (!role) {
    sheet.at(line, "role", "columns.role", "columns.role", { value: roleText.slice(0, 20) });
    return null;
  }
  const formula = formulaOf(sheet, line, role, id);
  if (formula === null) fine = false;
  const typeText = foldKey(sheet.text(line, "value_type"));
  if (typeText && role === "note") {
    sheet.at(line, "value_type", "columns.valueType.note", "columns.valueType.note");
    fine = false;
  } else if (typeText && !oneOf(VALUE_TYPES, typeText)) {
    sheet.at(line, "value_type", "columns.valueType", "columns.valueType", { value: typeText.slice(0, 20) });
    fine = false;
  }
  const aggregationText = foldKey(sheet.text(line, "aggregation"));
  if (aggregationText && role !== "input") {
    sheet.at(line, "aggregation", "columns.aggregation.input", "columns.aggregation.input");
    fine = false;
  } else if (aggregationText && !oneOf(AGGREGATIONS, aggregationText)) {
    sheet.at(line, "aggregation", "columns.aggregation", "columns.aggregation", { value: aggregationText.slice(0, 20) });
    fine = false;
  }
  const number = sheet.text(line, "number");
  if (number.length > 16) {
    sheet.at(line, "number", "columns.number", "columns.number");
    fine = false;
  }
  const levels = levelsCell(sheet, line);
  if (levels === null || !fine || !formula) return null;
  const groupVi = sheet.text(line, "group_vi");
  const valueType = oneOf(VALUE_TYPES, typeText) ? typeText : formula.divides ? "percent" : undefined;
  const def: ColumnDef = {
    id,
    label: localized(labelVi, sheet.text(line, "label_en")),
    ...(groupVi ? { group: localized(groupVi, sheet.text(line, "group_en")) } : {}),
    role,
    ...(formula.compute ? { compute: formula.compute } : {}),
    ...(valueType ? { valueType } : {}),
    ...(oneOf(AGGREGATIONS, aggregationText) ? { aggregation: aggregationText } : {}),
    ...(number ? { number } : {}),
    ...(levels ? { levels } : {}),
  };
  return { def, line, terms: formula.terms };
}

type Formula = { compute?: NonNullable<ColumnDef["compute"]>; terms: ColumnRead["terms"]; divides: boolean };

/** A computed column's formula as its compute (an empty one for the other roles), or null after reporting it. */
function formulaOf(sheet: SheetTable, line: TableRow, role: ColumnDef["role"], id: string): Formula | null {
  const text = sheet.text(line, "formula");
  if (role !== "computed") {
    if (!text) return { terms: [], divides: false };
    sheet.at(line, "formula", "columns.formula.notComputed", "columns.formula.notComputed", { value: id });
    return null;
  }
  if (!text) {
    sheet.at(line, "formula", "columns.formula.missing", "columns.formula.missing", { value: id });
    return null;
  }
  // "=TH/KH" as Excel users type it: the sign is not part of the formula, but positions still count it.
  const offset = text.startsWith("=") ? 1 : 0;
  const parsed = parseExpression(text.slice(offset));
  if (!parsed.ok) {
    sheet.at(line, "formula", "forms.expr.parse", parsed.error.key, { column: parsed.error.column + offset, found: parsed.error.found });
    return null;
  }
  const lowered = lowerColumnFormula(parsed.value);
  if ("key" in lowered) {
    sheet.at(line, "formula", "columns.formula.shape", lowered.key, {
      column: lowered.at + 1 + offset,
      found: text.slice(lowered.at + offset, lowered.at + offset + 20),
    });
    return null;
  }
  return {
    compute: { terms: lowered.terms.map((term) => term.id), ...(lowered.calc ? { calc: lowered.calc } : {}) },
    terms: lowered.terms.map((term) => ({ id: term.id, column: term.at + 1 + offset })),
    divides: lowered.divides,
  };
}

/**
 * A table's columns together (or the shared ones): ids unique, one note column at most, an input column,
 * and every computed column over input columns or computed columns before it, on no level its terms are not.
 */
function checkGroup(sheet: SheetTable, name: string, group: readonly ColumnRead[]): boolean {
  let fine = true;
  const seen = new Map<string, ColumnRead>();
  let note: ColumnRead | null = null;
  for (const read of group) {
    const { def, line } = read;
    const first = seen.get(def.id);
    if (first) {
      sheet.at(line, "id", "columns.duplicate", "columns.duplicate", { value: def.id, line: String(first.line.line) });
      fine = false;
      continue;
    }
    if (def.role === "note" && note) {
      sheet.at(line, "role", "columns.noteTwice", "columns.noteTwice", { value: name, line: String(note.line.line) });
      fine = false;
    }
    if (def.role === "note") note ??= read;
    for (const term of read.terms) {
      const used = seen.get(term.id)?.def ?? group.find((other) => other.def.id === term.id && other.def.role === "input")?.def;
      if (!used || used.role === "note" || term.id === def.id) {
        sheet.at(line, "formula", "columns.formula.unknown", "columns.formula.unknown", { value: term.id, column: term.column });
        fine = false;
      } else if (used.levels && (!def.levels || def.levels.some((level: Level) => !used.levels!.includes(level)))) {
        sheet.at(line, "levels", "columns.formula.levels", "columns.formula.levels", { value: def.id });
        fine = false;
      }
    }
    seen.set(def.id, read);
  }
  if (group.length > 0 && !group.some((read) => read.def.role === "input")) {
    sheet.at(group[0]!.line, "role", "columns.noInput", "columns.noInput", { value: name });
    fine = false;
  }
  return fine;
}

/**
 * The columns sheet, resolved per table: a table's own columns, else the shared ones, else none (one Số
 * lượng column, as before). A line naming a table not declared on the tables sheet is reported there.
 */
export function readColumns(sheet: SheetTable | null, tableIds: ReadonlySet<string>): (tableId: string) => ColumnDef[] | undefined {
  if (!sheet) return () => undefined;
  const groups = new Map<string, ColumnRead[]>();
  const counted = new Map<string, number>();
  for (const line of sheet.rows) {
    const table = sheet.text(line, "table");
    if (table && !tableIds.has(table)) {
      sheet.at(line, "table", "columns.table", "columns.table", { value: table.slice(0, 40) });
      continue;
    }
    const count = (counted.get(table) ?? 0) + 1;
    counted.set(table, count);
    if (count === MAX_TABLE_COLUMNS + 1)
      sheet.at(line, "table", "columns.limit", "columns.limit", { value: table || "*", max: MAX_TABLE_COLUMNS });
    if (count > MAX_TABLE_COLUMNS) continue;
    const read = readColumn(sheet, line);
    if (read) groups.set(table, [...(groups.get(table) ?? []), read]);
  }
  const resolved = new Map<string, ColumnDef[]>();
  for (const [table, group] of groups)
    if (checkGroup(sheet, table || "*", group))
      resolved.set(
        table,
        group.map((read) => read.def),
      );
  const shared = resolved.get("");
  return (tableId) => (groups.has(tableId) ? resolved.get(tableId) : shared);
}
