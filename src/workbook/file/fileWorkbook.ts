/**
 * The WorkbookPort for a workbook held in memory as .xlsx bytes: the standalone page (a file the user
 * opened, or the template about to be downloaded) and the CLI. Reads go through the fast reader; a plan
 * is rendered by the .xlsx writer into a new file that replaces the one held.
 *
 * Replacing is all-or-nothing (the writer makes whole workbooks; splicing sheets into someone else's
 * file would mean trusting a full ExcelJS load/save of it). So, as inside Excel, the user is asked first
 * whenever the workbook held has figures on a sheet the plan writes.
 */
import { NAME_PREFIX, type CellRef, type RawWorkbook } from "../../domain/raw";
import type { WorkbookPlan } from "../../domain/layout/plan";
import { MAX_SHEET_ROWS_CELLS, type SheetRows, type WorkbookPort, type WritePlanOptions, type WritePlanOutcome } from "../port";
import { readSheetTable, readWorkbook } from "./reader";
import { writeWorkbook } from "./writer";
import { render } from "../../domain/i18n/message";

export interface FileWorkbook extends WorkbookPort {
  readonly host: "file";
  /** The workbook as it stands, or null before anything was opened or written. */
  bytes(): Uint8Array | null;
  /** Cells marked by highlight(); a file has no screen to colour, the page shows them in its own list. */
  highlighted(): readonly CellRef[];
}

const EMPTY: RawWorkbook = { names: new Map(), sheets: [] };

/** Names of ours that hold what the preparer typed (figures and notes), not the template's own text. */
const isEntry = (name: string): boolean => name.startsWith(NAME_PREFIX) && !name.startsWith(`${NAME_PREFIX}ID_`) && !name.startsWith(`${NAME_PREFIX}META_`);

/**
 * The planned sheets of the held workbook that hold entered data. On a sheet of one of our templates,
 * that is a figure or note typed into a named cell (its labels and instructions do not count: replacing
 * an empty form is not losing anything); on any other workbook's sheet, any non-empty cell.
 */
function sheetsWithData(bytes: Uint8Array, planned: ReadonlySet<string>): string[] {
  const outcome = readWorkbook(bytes);
  // Unreadable: say every planned sheet may hold data. Asking costs a click, losing figures costs a report.
  if (!outcome.ok) return [...planned];
  const { workbook } = outcome.value;
  const isTemplate = workbook.names.has(`${NAME_PREFIX}META_TEMPLATE_ID`);
  const ours = new Map<string, boolean>();
  for (const range of workbook.names.values()) {
    const key = range.sheet.toLowerCase();
    const entered = isEntry(range.name) && range.cells.some((row) => row.some((cell) => cell.value !== null && cell.value !== ""));
    ours.set(key, (ours.get(key) ?? false) || entered);
  }
  return workbook.sheets
    .map((s) => s.name)
    .filter((name) => planned.has(name.toLowerCase()))
    .filter((name) => {
      const entered = ours.get(name.toLowerCase());
      if (entered !== undefined) return entered;
      // A sheet without names in one of our templates is its own text (the instructions).
      if (isTemplate) return false;
      const table = readSheetTable(bytes, name);
      return !table.ok || table.value.rows.some((row) => row.some((value) => value !== null && value !== ""));
    });
}

export function createFileWorkbook(initial: Uint8Array | null = null): FileWorkbook {
  let current = initial;
  let marks: CellRef[] = [];

  async function read(): Promise<RawWorkbook> {
    if (!current) return EMPTY;
    const outcome = readWorkbook(current);
    if (!outcome.ok) throw new Error(render("en", outcome.error));
    return outcome.value.workbook;
  }

  async function writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome> {
    if (current) {
      const withData = sheetsWithData(current, new Set(plan.sheets.map((s) => s.name.toLowerCase())));
      if (withData.length > 0 && !(await options.confirmReplace(withData))) return { written: false, reason: "declined" };
    }
    current = await writeWorkbook(plan);
    marks = [];
    return { written: true, sheets: plan.sheets.map((s) => s.name) };
  }

  async function sheetNames(): Promise<readonly string[]> {
    return (await read()).sheets.filter((s) => s.state === "visible").map((s) => s.name);
  }

  async function readSheetRows(sheet: string): Promise<SheetRows> {
    if (!current) return { ok: false, reason: "missing" };
    const table = readSheetTable(current, sheet, { maxCells: MAX_SHEET_ROWS_CELLS });
    if (table.ok) return { ok: true, rows: table.value.rows };
    return { ok: false, reason: table.error.code === "reader.sheet-not-found" ? "missing" : table.error.code === "reader.too-many-cells" ? "tooLarge" : "unreadable" };
  }

  return {
    host: "file",
    read,
    sheetNames,
    readSheetRows,
    writePlan,
    select: async () => undefined,
    highlight: async (cells) => {
      marks = [...marks, ...cells];
      return { lockedSheets: [] };
    },
    clearHighlights: async () => {
      marks = [];
      return { lockedSheets: [] };
    },
    bytes: () => current,
    highlighted: () => marks,
  };
}
