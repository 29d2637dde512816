/**
 * proposeDefinition: a typed form (one or more sheets) → the definition workbook's sheets as plain data,
 * and the notes to show the officer. One table per sheet, with its value columns in the `columns` sheet
 * when it has several (plan / actual / %, two years, a split by sector); a skeleton campaign whose kind
 * follows the value columns, and whose deadlines are left to the officer. The form and campaign ids come from the
 * form's title (never the file's name); every todo — a line's, a table's columns, the campaign's date,
 * each level's deadline — is written in the todo column of its sheet, so `forms check` lists it until decided.
 */
import {
  DEFINITION_COLUMNS,
  DEFINITION_SHEETS,
  type DefinitionCell,
  type DefinitionSheet,
  type DefinitionSheets,
} from "../../definition/definition-sheets";
import { t, type Lang, type StringKey } from "../../i18n/strings";
import { CodeMaker } from "./codes";
import { readColumns, type ColumnFacts } from "./columns";
import { proposeColumns } from "./column-sheet";
import type { TypedGrid } from "./grid";
import { findHeader, type HeaderMap } from "./header";
import { readLines } from "./lines";
import type { ImportNote, LineNote } from "./notes";
import { inferRatio } from "./ratios";
import { idFromTitle, tableNumber, tableSheetName, UNTITLED_ID } from "./sheet-names";
import { structure, type IndicatorRow, type StructuredRow } from "./structure";
import { readTitles, titleWithoutYear, titleWithYear, type TitleFacts } from "./titles";

export interface ProposeOptions {
  /** Language of the todo texts written into the workbook (Vietnamese unless asked). */
  readonly lang?: Lang;
}

/** One proposed line, for a listing (CLI, page). */
export interface ProposedLine {
  readonly sheet: string;
  readonly row: number;
  readonly tableId: string;
  readonly tt: string;
  /** Blank for a section heading. */
  readonly code: string;
  readonly label: string;
  readonly type: "section" | "whole" | "decimal" | "percent" | "text";
  readonly kind: string;
  readonly parent: string;
  readonly aggregation: string;
  readonly todo: string;
}

export interface Proposal {
  readonly sheets: DefinitionSheets;
  readonly notes: readonly ImportNote[];
  readonly lines: readonly ProposedLine[];
}

type Columns<S extends keyof typeof DEFINITION_COLUMNS> = keyof (typeof DEFINITION_COLUMNS)[S];
type Record_<S extends keyof typeof DEFINITION_COLUMNS> = Partial<Record<Columns<S>, DefinitionCell>>;

/** A sheet with the contract's columns in the contract's order, one row per record. */
function sheetOf<S extends keyof typeof DEFINITION_COLUMNS>(sheet: S, records: readonly Record_<S>[]): DefinitionSheet {
  const keys = Object.keys(DEFINITION_COLUMNS[sheet]) as Columns<S>[];
  const name = DEFINITION_SHEETS[sheet === "campaign_levels" ? "campaignLevels" : (sheet as Exclude<S, "campaign_levels">)];
  return { name, rows: [keys as string[], ...records.map((record) => keys.map((key) => record[key] ?? null))] };
}

interface ImportedTable {
  readonly grid: TypedGrid;
  readonly header: HeaderMap;
  readonly titles: TitleFacts;
  readonly columns: ColumnFacts;
  readonly rows: StructuredRow[];
  readonly tableId: string;
}

/** The first sheet with a recognisable header row, or the one named. */
export function chooseSheet(grids: readonly TypedGrid[]): TypedGrid | undefined {
  return grids.find((grid) => findHeader(grid) !== null);
}

export function proposeDefinition(input: TypedGrid | readonly TypedGrid[], options: ProposeOptions = {}): Proposal {
  const lang = options.lang ?? "vi";
  const grids = Array.isArray(input) ? (input as readonly TypedGrid[]) : [input as TypedGrid];
  const notes: ImportNote[] = [];
  const tables: ImportedTable[] = [];
  for (const grid of grids) {
    const header = findHeader(grid);
    if (header === null) {
      notes.push({ key: "formsImport.note.noHeader", params: { sheet: grid.sheet }, todo: true });
      continue;
    }
    const read = readLines(grid, header);
    for (const row of read.samples) notes.push({ key: "formsImport.note.sample", row, todo: false });
    const rows = structure(read.lines, header.unit !== undefined);
    rows.forEach((row, i) => {
      if (row.role === "indicator" && row.type === "percent") inferRatio(rows, i);
    });
    const tableId = `B${String(tables.length + 1).padStart(2, "0")}`;
    tables.push({ grid, header, titles: readTitles(grid, header.row), columns: readColumns(header.values), rows, tableId });
  }

  const codes = new CodeMaker();
  const indicatorRecords: Record_<"indicators">[] = [];
  const lines: ProposedLine[] = [];
  for (const table of tables) {
    const codeOf = new Map<number, string>();
    table.rows.forEach((row, i) => {
      if (row.role !== "indicator") return;
      codeOf.set(i, codes.make(row.line.core, row.parent === undefined ? undefined : codeOf.get(row.parent)));
    });
    const rendered = (note: LineNote): string => t(lang, note.key, paramsOf(note, codeOf));
    table.rows.forEach((row, i) => {
      const code = codeOf.get(i) ?? "";
      const rowNotes = row.role === "indicator" ? row.notes : [];
      if (row.role === "indicator" && row.line.fromFormula) rowNotes.push({ key: "formsImport.todo.formulaLabel", todo: true });
      else if (row.line.label.startsWith("=")) rowNotes.push({ key: "formsImport.todo.formulaText", todo: true });
      for (const note of rowNotes) notes.push({ key: note.key, params: paramsOf(note, codeOf), row: row.line.row, code, todo: note.todo });
      const todos = rowNotes.filter((note) => note.todo).map(rendered);
      // `forms check` lists a todo as "cần xem: …": the cell holds only what to decide.
      const todo = todos.join("; ");
      const record =
        row.role === "section" ? sectionRecord(table, row.line.tt, row.line.label) : indicatorRecord(table, row, code, codeOf, todo);
      indicatorRecords.push(record);
      lines.push({
        sheet: table.grid.sheet,
        row: row.line.row,
        tableId: table.tableId,
        tt: row.line.tt,
        code,
        label: row.line.label,
        type: row.role === "section" ? "section" : row.type,
        kind: row.role === "section" ? "" : (row.kind ?? ""),
        parent: String(record.parent ?? ""),
        aggregation: String(record.aggregation ?? ""),
        todo,
      });
    });
    if (table.rows.length === 0) notes.push({ key: "formsImport.note.noLines", params: { sheet: table.grid.sheet }, todo: true });
  }

  const first = tables[0];
  const typedTitle = first?.titles.title;
  const title = typedTitle === undefined ? (first?.grid.sheet ?? UNTITLED_ID) : titleWithoutYear(typedTitle);
  const formId = typedTitle === undefined ? UNTITLED_ID : idFromTitle(title);
  // Say what the sheet is about, where it is decided: rendered into the sheet's todo cell and listed by the CLI.
  const sheetTodo: SheetTodo = (sheet, keys) => {
    for (const { key, params } of keys) notes.push({ key, params, sheet, todo: true });
    return keys.length === 0 ? null : keys.map(({ key, params }) => t(lang, key, params)).join("; ");
  };
  const settingsTodo =
    typedTitle === undefined
      ? sheetTodo(DEFINITION_SHEETS.settings, [{ key: "formsImport.note.noTitle", params: { title, id: formId } }])
      : null;
  const campaign = campaignRecord(formId, typedTitle, title, tables, notes, sheetTodo);
  const tableRecords = tables.map((table, i): Record_<"tables"> => ({
    table_id: table.tableId,
    number: tableNumber(table.titles.number, i),
    sheet_name: tableSheetName(table.grid.sheet, table.titles.number, i),
    title_vi: table.titles.title === undefined ? table.grid.sheet : titleWithoutYear(table.titles.title),
    todo: sheetTodo(DEFINITION_SHEETS.tables, columnTodos(table)),
  }));
  const columnRecords = tables.flatMap((table) =>
    proposeColumns(table.columns, table.grid, table.header).map((column): Record_<"columns"> => ({
      table: table.tableId,
      id: column.id,
      label_vi: column.label,
      group_vi: column.group ?? null,
      role: column.role,
      formula: column.formula ?? null,
      value_type: column.valueType ?? null,
      number: column.number ?? null,
      todo: sheetTodo("columns", column.todos),
    })),
  );
  const tableIds = tables.map((table) => table.tableId).join(", ");
  const levels = (["cdcs", "huyen", "tinh"] as const).map((level): Record_<"campaign_levels"> => ({
    campaign_id: formId,
    level,
    tables: tableIds,
    todo: sheetTodo(DEFINITION_SHEETS.campaignLevels, [{ key: "formsImport.todo.deadline", params: { level } }]),
  }));

  const sheets: DefinitionSheets = {
    sheets: [
      sheetOf("settings", [{ form_id: formId, version: 1, title_vi: title, todo: settingsTodo }]),
      sheetOf("tables", tableRecords),
      sheetOf("indicators", indicatorRecords),
      ...(columnRecords.length > 0 ? [sheetOf("columns", columnRecords)] : []),
      sheetOf("rules", []),
      sheetOf("campaigns", [campaign]),
      sheetOf("campaign_levels", levels),
    ],
  };
  return { sheets, notes, lines };
}

function paramsOf(note: LineNote, codeOf: ReadonlyMap<number, string>): Record<string, string | number> {
  const params: Record<string, string | number> = { ...(note.params ?? {}) };
  for (const [name, index] of Object.entries(note.lineParams ?? {})) params[name] = codeOf.get(index) ?? "";
  return params;
}

function sectionRecord(table: ImportedTable, tt: string, label: string): Record_<"indicators"> {
  return { table_id: table.tableId, tt, label_vi: label, type: "section" };
}

function indicatorRecord(
  table: ImportedTable,
  row: IndicatorRow,
  code: string,
  codeOf: ReadonlyMap<number, string>,
  todo: string,
): Record_<"indicators"> {
  const parent = row.parent === undefined ? undefined : (table.rows[row.parent] as IndicatorRow);
  const code_ = (index: number | undefined) => (index === undefined ? null : (codeOf.get(index) ?? null));
  return {
    table_id: table.tableId,
    tt: row.line.tt || null,
    code,
    label_vi: row.line.label,
    // A part's own words ("nữ") read badly alone in a message: its whole's label goes first.
    name_vi: parent !== undefined && row.line.inWhich ? `${parent.line.core} — trong đó ${row.line.core}` : null,
    unit_vi: row.unit || null,
    type: row.type,
    money_unit: row.moneyUnit ?? null,
    kind: row.kind ?? null,
    parent: code_(row.parent),
    aggregation: row.aggregation,
    numerator: code_(row.numerator),
    denominator: code_(row.denominator),
    weight: code_(row.weight),
    // Typed under another line but not its part (the "+ Số người được tính" of an average): shown indented all the same.
    indent: row.depth > 0 && row.parent === undefined ? "x" : null,
    todo: todo || null,
  };
}

/** What the table's value columns leave to decide: none at all, or one not understood (several go to the `columns` sheet, each with its own todo). */
function columnTodos(table: ImportedTable): { key: StringKey; params?: Record<string, string | number> }[] {
  const sheet = table.grid.sheet;
  if (table.header.values.length === 0) return [{ key: "formsImport.note.noValueColumn", params: { sheet } }];
  if (table.columns.several !== undefined) return [];
  return table.columns.roles
    .filter((r) => r.role === "unknown")
    .map(({ column }) => ({ key: "formsImport.note.unknownColumn", params: { sheet, column: column.name } }));
}

/** Notes the officer decides in a sheet's todo cell: listed with that sheet's name, written into the cell (null when none). */
type SheetTodo = (sheet: string, keys: readonly { key: StringKey; params?: Record<string, string | number> }[]) => string | null;

function campaignRecord(
  formId: string,
  typedTitle: string | undefined,
  title: string,
  tables: readonly ImportedTable[],
  notes: ImportNote[],
  sheetTodo: SheetTodo,
): Record_<"campaigns"> {
  const review = tables.some((table) => table.columns.kind === "review");
  const asOf = tables.find((table) => table.titles.asOf !== undefined)?.titles.asOf;
  const years = tables.map((table) => table.columns.years ?? table.titles.years).find((span) => span !== undefined);
  const missing: StringKey[] = [];
  if (review && years === undefined) missing.push("formsImport.note.reviewYears");
  if (!review && asOf === undefined) missing.push("formsImport.note.asOf");
  const several = tables.flatMap((table) => table.columns.several?.columns ?? []);
  notes.push(
    review
      ? { key: "formsImport.note.kindReview", params: { campaign: formId }, todo: false }
      : several.length > 0
        ? {
            key: "formsImport.note.kindPeriodicColumns",
            params: { campaign: formId, columns: several.map((c) => c.name).join(", ") },
            todo: false,
          }
        : { key: "formsImport.note.kindPeriodic", params: { campaign: formId }, todo: false },
  );
  return {
    campaign_id: formId,
    kind: review ? "review" : "periodic",
    // "… NĂM 2026" typed in a periodic form names the year it was typed for: the campaign names the year chosen.
    title_vi: review || typedTitle === undefined ? (typedTitle ?? title) : titleWithYear(typedTitle),
    as_of: review ? null : (asOf ?? null),
    base_year: review ? (years?.base ?? null) : null,
    end_year: review ? (years?.end ?? null) : null,
    todo: sheetTodo(
      DEFINITION_SHEETS.campaigns,
      missing.map((key) => ({ key, params: { campaign: formId } })),
    ),
  };
}
