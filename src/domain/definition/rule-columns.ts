/**
 * Rules across a definition's own columns (issue 22): which cell a pinned term names (`CS_TONG@HCSN`), and
 * which columns a rule is checked in. A rule without pins is checked in every input column of its rows —
 * the built-in ones as always, and each own input column of their tables (`DV_NU <= DV_TONG` in each sector);
 * the rules sheet's `columns` may name a subset. A rule whose every term is pinned names its cells itself:
 * it is checked once, in the column of its first pin.
 */
import type { ColumnDef, ColumnId } from "./schema";
import { isBuiltinColumn } from "./schema";
import type { LinearTerm } from "./expression";
import { foldKey, type SheetTable, type TableRow } from "./sheet-table";
import type { DefinitionProblem } from "./problems";

/** The built-in columns a rule is checked in when its sheet names none (the change column is computed). */
export const RULE_COLUMNS = ["value", "base", "end", "cumulative"] as const;

/** What the rules see of the columns: a code's table columns, and every own input column of the definition. */
export interface RuleColumnsContext {
  readonly ofCode: (code: string) => readonly ColumnDef[] | undefined;
  readonly inputs: readonly ColumnId[];
}

/** Why a term's pin names no input cell of its row (a message key), or null when it does or has none. */
export function pinFault(term: LinearTerm, context: RuleColumnsContext): DefinitionProblem["key"] | null {
  if (term.column === null || isBuiltinColumn(term.column)) return null;
  const own = context.ofCode(term.code)?.find((c) => c.id === term.column);
  if (!own) return "columns.rule.unknownColumn";
  return own.role === "input" ? null : "columns.rule.notInput";
}

/** The columns a rule is checked in: the rules sheet's list (built-in ids folded, own ids upper case), or its default. */
export function ruleColumns(
  sheet: SheetTable,
  line: TableRow,
  terms: readonly LinearTerm[],
  context: RuleColumnsContext,
): ColumnId[] | null {
  const text = sheet.text(line, "columns");
  if (!text) {
    const columns = defaultColumns(terms, context);
    if (!columns) {
      sheet.at(line, "expression", "columns.rule.noCommonColumn", "columns.rule.noCommonColumn", {}, "warning");
      return [...RULE_COLUMNS];
    }
    return columns;
  }
  const items = [
    ...new Set(
      text
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];
  const known = items.map((item) =>
    (RULE_COLUMNS as readonly string[]).includes(foldKey(item))
      ? foldKey(item)
      : context.inputs.includes(item.toUpperCase())
        ? item.toUpperCase()
        : null,
  );
  const unknown = items.filter((_, i) => known[i] === null);
  if (unknown.length > 0 || items.length === 0) {
    sheet.at(line, "columns", "forms.rule.columns", "forms.list.unknown", {
      value: unknown.join(", ").slice(0, 40),
      allowed: [...RULE_COLUMNS, ...context.inputs].join(", "),
    });
    return null;
  }
  return known as ColumnId[];
}

/**
 * The columns every unpinned term has: the built-in ones where no term's table has columns of its own, else
 * the own input columns their tables share. Null when the terms' tables share no column (the rule could never
 * be checked: one table with columns, one without).
 */
function defaultColumns(terms: readonly LinearTerm[], context: RuleColumnsContext): ColumnId[] | null {
  const free = terms.filter((t) => t.column === null);
  const ownPin = terms.find((t) => t.column !== null && !isBuiltinColumn(t.column));
  if (free.length === 0 && ownPin) return [ownPin.column!];
  const sets = free.map((t) => context.ofCode(t.code));
  if (sets.every((columns) => !columns)) return [...RULE_COLUMNS];
  if (sets.some((columns) => !columns)) return null;
  const inputs = (columns: readonly ColumnDef[] | undefined) => (columns ?? []).filter((c) => c.role === "input").map((c) => c.id);
  const shared = inputs(sets[0]).filter((id) => sets.every((columns) => inputs(columns).includes(id)));
  return shared.length > 0 ? [...RULE_COLUMNS, ...shared] : null;
}
