/**
 * The WorkbookPort for a workbook held in memory as .xlsx bytes: the standalone page (a file the user
 * opened, or the template about to be downloaded) and the CLI. Reads go through the fast reader; a plan
 * is drawn by the .xlsx writer into the workbook held, as "Chèn biểu mẫu" does inside Excel: the plan's
 * sheets are replaced, every other sheet is kept (values, formulas, styles; ExcelJS loads and saves it).
 *
 * As inside Excel, the user is asked first whenever the workbook held has figures on a sheet the plan
 * writes. A workbook the bounded reader cannot read is never handed to ExcelJS: the write is refused with
 * the reader's reason, and the bytes held stay as they were.
 */
import { NAME_PREFIX, type CellRef, type RawWorkbook } from "../../domain/raw";
import { unzipSync } from "fflate";
import { AppErrorException, type AppError } from "../../domain/errors";
import { t } from "../../domain/i18n/strings";
import type { WorkbookPlan } from "../../domain/layout/plan";
import { MAX_SHEET_ROWS_CELLS, type SheetRows, type WorkbookPort, type WritePlanOptions, type WritePlanOutcome } from "../port";
import { readSheetTable, readWorkbook } from "./reader";
import { writeWorkbook } from "./writer";
import { keyed, perLanguage } from "../../domain/i18n/message";

export interface FileWorkbook extends WorkbookPort {
  readonly host: "file";
  /** The workbook as it stands, or null before anything was opened or written. */
  bytes(): Uint8Array | null;
  /** Cells marked by highlight(); a file has no screen to colour, the page shows them in its own list. */
  highlighted(): readonly CellRef[];
}

const EMPTY: RawWorkbook = { names: new Map(), sheets: [] };

/** Excel compares sheet names case-insensitively; NFC so a name typed on another keyboard compares equal. */
const sheetKey = (name: string): string => name.normalize("NFC").toLowerCase();

/** Names of ours that hold what the preparer typed (figures and notes), not the template's own text. */
const isEntry = (name: string): boolean =>
  name.startsWith(NAME_PREFIX) && !name.startsWith(`${NAME_PREFIX}ID_`) && !name.startsWith(`${NAME_PREFIX}META_`);

/**
 * The planned sheets of the held workbook that hold entered data. On a sheet of one of our templates,
 * that is a figure or note typed into a named cell (its labels and instructions do not count: replacing
 * an empty form is not losing anything); on any other workbook's sheet, any non-empty cell.
 */
function sheetsWithData(bytes: Uint8Array, workbook: RawWorkbook, planned: ReadonlySet<string>): string[] {
  const isTemplate = workbook.names.has(`${NAME_PREFIX}META_TEMPLATE_ID`);
  const ours = new Map<string, boolean>();
  for (const range of workbook.names.values()) {
    const key = sheetKey(range.sheet);
    const entered = isEntry(range.name) && range.cells.some((row) => row.some((cell) => cell.value !== null && cell.value !== ""));
    ours.set(key, (ours.get(key) ?? false) || entered);
  }
  return workbook.sheets
    .map((s) => s.name)
    .filter((name) => planned.has(sheetKey(name)))
    .filter((name) => {
      const entered = ours.get(sheetKey(name));
      if (entered !== undefined) return entered;
      // A sheet without names in one of our templates is its own text (the instructions).
      if (isTemplate) return false;
      const table = readSheetTable(bytes, name);
      return !table.ok || table.value.rows.some((row) => row.some((value) => value !== null && value !== ""));
    });
}

/**
 * Parts ExcelJS does not keep through a load and save, by what a user calls them: a workbook holding one
 * is not rewritten here, or its charts would silently vanish. Read from the zip's directory only.
 */
const UNKEPT_PARTS: readonly (readonly [RegExp, "file.part.charts" | "file.part.pivots" | "file.part.slicers" | "file.part.macros"])[] = [
  [/^xl\/(charts|chartsheets)\//i, "file.part.charts"],
  [/^xl\/(pivotTables|pivotCache)\//i, "file.part.pivots"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, "file.part.slicers"],
  [/^xl\/vbaProject\.bin$/i, "file.part.macros"],
];

function unkeptParts(bytes: Uint8Array): AppError | null {
  const kinds = new Set<(typeof UNKEPT_PARTS)[number][1]>();
  // The filter sees every entry's name and inflates none (it answers false).
  unzipSync(bytes, {
    filter: (entry) => {
      for (const [pattern, kind] of UNKEPT_PARTS) if (pattern.test(entry.name)) kinds.add(kind);
      return false;
    },
  });
  if (kinds.size === 0) return null;
  return keyed("file.unkeptParts", { parts: perLanguage((lang) => [...kinds].map((kind) => t(lang, kind)).join(", ")) });
}

export function createFileWorkbook(initial: Uint8Array | null = null): FileWorkbook {
  let current = initial;
  let marks: CellRef[] = [];

  async function read(): Promise<RawWorkbook> {
    if (!current) return EMPTY;
    const outcome = readWorkbook(current);
    // The reader's own words (Vietnamese and English), for the view to show.
    if (!outcome.ok) throw new AppErrorException(outcome.error);
    return outcome.value.workbook;
  }

  async function writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome> {
    const held = current;
    if (held) {
      const outcome = readWorkbook(held);
      // Hostile, huge or not a workbook: ExcelJS, which has no limits, never sees it.
      if (!outcome.ok) throw new AppErrorException(outcome.error);
      const unkept = unkeptParts(held);
      if (unkept) throw new AppErrorException(unkept);
      const withData = sheetsWithData(held, outcome.value.workbook, new Set(plan.sheets.map((s) => sheetKey(s.name))));
      if (withData.length > 0 && !(await options.confirmReplace(withData))) return { written: false, reason: "declined" };
    }
    current = await writeWorkbook(plan, held ? { into: held } : {});
    marks = [];
    return { written: true, sheets: plan.sheets.map((s) => s.name) };
  }

  async function sheetNames(): Promise<readonly string[]> {
    return (await read()).sheets.filter((s) => s.state === "visible").map((s) => s.name);
  }

  async function readSheetRows(sheet: string): Promise<SheetRows> {
    if (!current) return { ok: false, error: "missing" };
    const table = readSheetTable(current, sheet, { maxCells: MAX_SHEET_ROWS_CELLS });
    if (table.ok) return { ok: true, value: table.value.rows };
    return {
      ok: false,
      error:
        table.error.code === "reader.sheet-not-found"
          ? "missing"
          : table.error.code === "reader.too-many-cells"
            ? "tooLarge"
            : "unreadable",
    };
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
