/**
 * The `columns` sheet a typed form with several value columns proposes (CONTRACT22 §1): one record per
 * column with a readable id (KH, TH, TL, NAM_TRUOC, NAM_NAY, SO_SANH, TONG, HCSN, DNNN, NGOAI, FDI …), its
 * header as typed and the spanning header above it ("Chia ra"), whether units type it or the template
 * computes it, the formula, and the numbering row's entry. What the form says is taken as said (a
 * numbering entry "3=2/1", formulas typed in the cells); every guess carries a todo for the officer.
 */
import type { StringKey } from "../../i18n/strings";
import { formulaFromCell, formulaFromNumbering, type ColumnFormula } from "./column-formulas";
import type { ColumnFacts, ColumnRole } from "./columns";
import type { TypedGrid } from "./grid";
import type { HeaderMap, ValueColumn } from "./header";
import { looseKey } from "./words";

export interface ColumnTodo {
  readonly key: StringKey;
  readonly params: Record<string, string | number>;
}

export interface ProposedColumn {
  readonly id: string;
  /** The column's own header ("Khu vực HCSN"), or the whole header when it spans one row. */
  readonly label: string;
  readonly group?: string;
  readonly role: "input" | "computed";
  readonly formula?: string;
  readonly valueType?: "percent";
  /** The numbering row's entry, as typed: "1", "(4)", "3=2/1". */
  readonly number?: string;
  readonly todos: readonly ColumnTodo[];
}

/** The contract's column id: a capital letter, then capitals, digits and "_", 12 characters in all. */
const MAX_ID = 12;

/** Sector and part columns people type, and the ids the union's own tables use for them. Order matters: "ngoài nhà nước" before "nhà nước". */
const KNOWN_IDS: readonly (readonly [RegExp, string])[] = [
  [/\b(hcsn|hanh chinh su nghiep|hanh chinh)\b/, "HCSN"],
  [/\b(dtnn|fdi|von dau tu nuoc ngoai|von nuoc ngoai|co von dau tu)\b/, "FDI"],
  [/\bngoai nha nuoc\b/, "NGOAI"],
  [/\bnha nuoc\b/, "DNNN"],
  [/\b(hop tac xa|htx)\b/, "HTX"],
  [/^(tong so|tong cong|tong|cong)$/, "TONG"],
  [/^nu$/, "NU"],
];

export function proposeColumns(facts: ColumnFacts, grid: TypedGrid, header: HeaderMap): ProposedColumn[] {
  if (facts.several === undefined) return [];
  const ids = new IdMaker();
  const idOf = new Map<ValueColumn, string>();
  const years = yearsOf(facts);
  for (const { column, role } of facts.roles) idOf.set(column, ids.make(baseId(column, role, years)));
  const idOfNumber = new Map<number, string>();
  const idOfColumn = new Map<number, string>();
  for (const [column, id] of idOf) {
    const number = /^\(?(\d{1,2})\)?/.exec(column.number ?? "");
    if (number) idOfNumber.set(Number(number[1]), id);
    idOfColumn.set(column.column, id);
  }
  const sibling = (wanted: ColumnRole) => facts.roles.find((r) => r.role === wanted);
  return facts.roles.map(({ column, role }): ProposedColumn => {
    const id = idOf.get(column)!;
    const label = column.sub ?? column.name;
    const base = { id, label, ...(column.group ? { group: column.group } : {}), ...(column.number ? { number: column.number } : {}) };
    const said = saidFormula(column, grid, header, idOfNumber, idOfColumn);
    if (said.formula) return computed(base, said.formula, said.todos);
    if (said.todos.length > 0) return { ...base, role: "input", todos: said.todos };
    // Not said: guessed from the header's words, and asked.
    const guess = guessedFormula(column, role, facts, idOf, sibling);
    if (guess) return computed(base, guess.formula, [guess.todo]);
    const todos: ColumnTodo[] = [];
    const year = years.get(column);
    if (role === "total" && splitOf(facts).length > 0) {
      const parts = splitOf(facts);
      todos.push({
        key: "formsImport.column.totalAsk",
        params: { label, group: parts[0]!.group!, formula: `sum(${parts.map((p) => idOf.get(p)).join(", ")})` },
      });
    } else if (year !== undefined) {
      // "Năm 2025": typed by units, but its header names one year.
      todos.push({ key: "formsImport.column.yearLabel", params: { label, year: String(year) } });
    } else if (role === "unknown" || role === "percent" || role === "change") {
      todos.push({ key: "formsImport.column.unknown", params: { label } });
    }
    return { ...base, role: "input", todos };
  });
}

function computed(base: Omit<ProposedColumn, "role" | "todos">, formula: ColumnFormula, todos: readonly ColumnTodo[]): ProposedColumn {
  return { ...base, role: "computed", formula: formula.formula, ...(formula.divides ? { valueType: "percent" as const } : {}), todos };
}

/** What the form itself says of a column: its numbering entry's formula, else the formulas typed in its cells (one, or the first with a todo when they differ). */
function saidFormula(
  column: ValueColumn,
  grid: TypedGrid,
  header: HeaderMap,
  idOfNumber: ReadonlyMap<number, string>,
  idOfColumn: ReadonlyMap<number, string>,
): { formula?: ColumnFormula; todos: ColumnTodo[] } {
  const label = column.sub ?? column.name;
  if (column.computedAs !== undefined) {
    const formula = formulaFromNumbering(column.computedAs, idOfNumber);
    if (formula) return { formula, todos: [] };
    return { todos: [{ key: "formsImport.column.formulaUnknown", params: { label, formula: column.number ?? column.computedAs } }] };
  }
  const typed = grid.rows
    .slice(header.firstLine)
    .map((cells, i) => ({ row: header.firstLine + i, text: cells[column.column]?.formulaText }))
    .filter((cell): cell is { row: number; text: string } => cell.text !== undefined);
  if (typed.length === 0) {
    const formulaCells = grid.rows.slice(header.firstLine).some((cells) => cells[column.column]?.formula === true);
    // Formulas the reader could not give the text of (values read inside Excel): computed, but how is asked.
    return formulaCells ? { todos: [{ key: "formsImport.column.formulaUnknown", params: { label, formula: "" } }] } : { todos: [] };
  }
  const read = typed.map((cell) => ({ ...cell, formula: formulaFromCell(cell.text, cell.row, idOfColumn) }));
  const first = read[0]!;
  if (first.formula === null)
    return { todos: [{ key: "formsImport.column.formulaUnknown", params: { label, formula: `=${first.text}` } }] };
  const other = read.find((cell) => cell.formula?.formula !== first.formula!.formula);
  const todos: ColumnTodo[] = other
    ? [
        {
          key: "formsImport.column.formulasDiffer",
          params: { label, formula: first.formula.formula, row: first.row + 1, other: `=${other.text}`, otherRow: other.row + 1 },
        },
      ]
    : [];
  return { formula: first.formula, todos };
}

/** A guess from the header's words alone: % of plan, this year against last, a change. */
function guessedFormula(
  column: ValueColumn,
  role: ColumnRole,
  facts: ColumnFacts,
  idOf: ReadonlyMap<ValueColumn, string>,
  sibling: (role: ColumnRole) => { column: ValueColumn } | undefined,
): { formula: ColumnFormula; todo: ColumnTodo } | null {
  const label = column.sub ?? column.name;
  const plan = sibling("plan");
  const actual = sibling("value");
  const years = [...yearsOf(facts).entries()].sort(([, a], [, b]) => a - b);
  const [from, to] =
    plan && actual ? [plan.column, actual.column] : years.length >= 2 ? [years[0]![0], years.at(-1)![0]] : [undefined, undefined];
  if (from === undefined || to === undefined) return null;
  const [a, b] = [idOf.get(to)!, idOf.get(from)!];
  const formula: ColumnFormula | null =
    role === "percent" ? { formula: `${a} / ${b}`, divides: true } : role === "change" ? { formula: `${a} - ${b}`, divides: false } : null;
  if (formula === null) return null;
  return { formula, todo: { key: "formsImport.column.formulaGuess", params: { label, formula: formula.formula } } };
}

/** The columns under a spanning "Chia ra" / "Trong đó" header. */
const splitOf = (facts: ColumnFacts): ValueColumn[] => facts.roles.filter((r) => r.role === "sector").map((r) => r.column);

/** The year each column names ("Năm 2025"), where two or more columns name one. */
function yearsOf(facts: ColumnFacts): Map<ValueColumn, number> {
  const years = new Map<ValueColumn, number>();
  for (const { column } of facts.roles) {
    const year = /\b((?:19|20)\d{2})\b/.exec(column.name);
    if (year) years.set(column, Number(year[1]));
  }
  return years.size >= 2 ? years : new Map();
}

function baseId(column: ValueColumn, role: ColumnRole, years: ReadonlyMap<ValueColumn, number>): string {
  const key = looseKey(column.sub ?? column.name);
  const year = years.get(column);
  if (year !== undefined) {
    const all = [...years.values()];
    if (all.length === 2) return year === Math.max(...all) ? "NAM_NAY" : "NAM_TRUOC";
    return `NAM_${year}`;
  }
  switch (role) {
    case "plan":
      return "KH";
    case "value":
      return /\b(thuc hien|ket qua)\b/.test(key) ? "TH" : wordsId(key);
    case "percent":
      return /\bso sanh\b/.test(key) ? "SO_SANH" : "TL";
    case "change":
      return "TANG_GIAM";
    case "total":
      return "TONG";
    default:
      return KNOWN_IDS.find(([pattern]) => pattern.test(key))?.[1] ?? wordsId(key);
  }
}

/** A readable id from a header's words: "so luong" → SO_LUONG; too long for 12 characters, their initials ("dan toc thieu so" → DTTS). */
function wordsId(key: string): string {
  const words = key
    .toUpperCase()
    .split(" ")
    .map((word) => word.replace(/[^A-Z0-9]/g, ""))
    .filter((word) => word !== "");
  const joined = words.join("_");
  const id = joined.length <= MAX_ID ? joined : words.map((word) => word[0]).join("");
  const clean = id.slice(0, MAX_ID);
  return /^[A-Z]/.test(clean) ? clean : `C${clean}`.slice(0, MAX_ID) || "COT";
}

class IdMaker {
  private readonly used = new Set<string>();

  make(base: string): string {
    let id = base || "COT";
    for (let n = 2; this.used.has(id); n++) id = `${base.slice(0, MAX_ID - String(n).length - 1)}_${n}`;
    this.used.add(id);
    return id;
  }
}
