/**
 * readWorkbook: the figures of a submission, located by our defined names (UR_*), reading only
 * the parts and cells those names point to.
 */
import { fail, ok, type Result } from "../../../domain/errors";
import type { RawCell, RawNamedRange, RawWorkbook } from "../../../domain/raw";
import { toRawCell, needsStyle, type CellContext } from "./cell-values";
import { ReadBudget, resolveLimits, type ReadLimits } from "./limits";
import { openWorkbook, sheetKey, worksheetPart } from "./open-workbook";
import { toErrorValue } from "./outcome";
import type { BrokenName, ReadOutcome } from "./outcome";
import { formatAddress, parseNameTarget, type CellAddress } from "./refs";
import { ReaderMemory } from "./reader-memory";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells, type CellRecord } from "./sheet-cells";
import type { DefinedName, WorkbookXml } from "./workbook-xml";
import { NO_DATE_STYLES, readDateStyles } from "./styles";

type CellGrid = Map<number, Map<number, CellRecord>>;

interface NameRequest {
  readonly name: string;
  readonly formula: string;
  readonly key: string;
  readonly sheetIndex: number;
  readonly first: CellAddress;
  readonly last: CellAddress;
  /** "D7" or "A5:G80", as the RawNamedRange states it. */
  readonly ref: string;
  /** Asked to be skipped (ReadRequest.skipNames): read and checked as usual, but its text not decoded and the name not returned. */
  readonly skipped: boolean;
}

/** What a caller may leave unread. */
export interface ReadRequest {
  /**
   * Names (any case) whose text is not decoded, and which are left out of `workbook.names`: for text a
   * caller needs only now and then (the carried definition, whose hash is enough for most files), so a
   * merge does not decode it for each file. Everything else is as in a full read, so a file is refused
   * exactly when a full read refuses it: the cells are counted, parsed and converted, and their shared
   * strings held to the rules of read text (XmlHandler.checkText).
   */
  readonly skipNames?: readonly string[];
}

/** One file. `memory`: what a WorkbookReader remembers from its earlier files; a read on its own starts from nothing. */
export function readWorkbook(
  bytes: Uint8Array,
  options?: Partial<ReadLimits>,
  request?: ReadRequest,
  memory = new ReaderMemory(),
): Result<ReadOutcome> {
  try {
    return ok(read(bytes, new ReadBudget(resolveLimits(options)), request?.skipNames ?? NONE, memory));
  } catch (error) {
    return fail(toErrorValue(error));
  }
}

/**
 * Which cells of which sheet a workbook's names ask for: the same for every file made from one
 * template (a merge reads hundreds of them), so it is worked out once and reused while the next
 * file's sheets and names are the same text. The cells asked for are still counted per file.
 */
export interface ReadPlan {
  readonly workbook: WorkbookXml;
  readonly skipped: readonly string[];
  readonly sheetNames: readonly string[];
  readonly names: readonly DefinedName[];
  readonly requests: readonly NameRequest[];
  readonly broken: readonly BrokenName[];
  readonly cellCount: number;
  readonly sheets: readonly PlannedSheet[];
}

type CellSet = ReadonlyMap<number, ReadonlySet<number>>;

interface PlannedSheet {
  readonly sheetIndex: number;
  readonly lastRow: number;
  /** The cells of every request, by row then column. */
  readonly wanted: CellSet;
  /** The cells of the requests not skipped: their shared strings are decoded. */
  readonly kept: CellSet;
}

const NONE: readonly string[] = [];

function samePlan(plan: ReadPlan, workbook: WorkbookXml, skipped: readonly string[]): boolean {
  if (plan.skipped.length !== skipped.length || plan.skipped.some((name, i) => name !== skipped[i])) return false;
  const { sheets, names } = workbook;
  if (plan.workbook === workbook) return true; // the same part, reused by readWorkbookXml
  if (plan.sheetNames.length !== sheets.length || plan.names.length !== names.length) return false;
  for (let i = 0; i < sheets.length; i++) if (plan.sheetNames[i] !== sheets[i].name) return false;
  for (let i = 0; i < names.length; i++)
    if (plan.names[i].name !== names[i].name || plan.names[i].formula !== names[i].formula) return false;
  return true;
}

function readPlan(workbook: WorkbookXml, budget: ReadBudget, skipped: readonly string[], memory: ReaderMemory): ReadPlan {
  const last = memory.plan;
  if (last !== undefined && samePlan(last, workbook, skipped)) {
    budget.cells(last.cellCount);
    return last;
  }
  const sheetIndexByKey = new Map<string, number>();
  workbook.sheets.forEach((sheet, index) => {
    const key = sheetKey(sheet.name);
    if (!sheetIndexByKey.has(key)) sheetIndexByKey.set(key, index);
  });
  // Names repeat the same few sheet names; normalising each once is enough.
  const sheetIndexOf = new Map<string, number | undefined>();
  const findSheet = (name: string): number | undefined => {
    if (!sheetIndexOf.has(name)) sheetIndexOf.set(name, sheetIndexByKey.get(sheetKey(name)));
    return sheetIndexOf.get(name);
  };

  // Which cells of which sheet: every name is resolved and its size counted before anything is read.
  const requests: NameRequest[] = [];
  const broken: BrokenName[] = [];
  const seen = new Set<string>();
  const skip = new Set(skipped.map((name) => name.toUpperCase()));
  let cellCount = 0;
  for (const { name, formula } of workbook.names) {
    const key = name.toUpperCase();
    if (seen.has(key)) {
      broken.push({ name, formula, reason: "duplicate" });
      continue;
    }
    seen.add(key);
    const target = parseNameTarget(formula);
    if (!target.ok) {
      broken.push({ name, formula, reason: target.reason });
      continue;
    }
    const sheetIndex = findSheet(target.sheet);
    if (sheetIndex === undefined) {
      broken.push({ name, formula, reason: "missing-sheet" });
      continue;
    }
    const count = (target.last.row - target.first.row + 1) * (target.last.column - target.first.column + 1);
    budget.cells(count);
    cellCount += count;
    const single = target.first.row === target.last.row && target.first.column === target.last.column;
    const ref = single ? formatAddress(target.first) : `${formatAddress(target.first)}:${formatAddress(target.last)}`;
    requests.push({ name, formula, key, sheetIndex, first: target.first, last: target.last, ref, skipped: skip.has(key) });
  }

  // Cells by sheet, then row, then column: small integer keys, which Maps and Sets hash fastest.
  const bySheet = new Map<number, NameRequest[]>();
  for (const request of requests) {
    const list = bySheet.get(request.sheetIndex) ?? [];
    list.push(request);
    bySheet.set(request.sheetIndex, list);
  }
  const sheets: PlannedSheet[] = [];
  for (const [sheetIndex, list] of bySheet) {
    const wanted = cellsOf(list);
    const kept = list.some((request) => request.skipped) ? cellsOf(list.filter((request) => !request.skipped)) : wanted;
    sheets.push({ sheetIndex, lastRow: Math.max(...list.map((request) => request.last.row)), wanted, kept });
  }
  const plan: ReadPlan = {
    workbook,
    skipped,
    sheetNames: workbook.sheets.map((s) => s.name),
    names: workbook.names,
    requests,
    broken,
    cellCount,
    sheets,
  };
  memory.plan = plan;
  return plan;
}

function cellsOf(requests: readonly NameRequest[]): CellSet {
  const cells = new Map<number, Set<number>>();
  for (const { first, last } of requests) {
    for (let row = first.row; row <= last.row; row++) {
      let columns = cells.get(row);
      if (columns === undefined) cells.set(row, (columns = new Set()));
      for (let column = first.column; column <= last.column; column++) columns.add(column);
    }
  }
  return cells;
}

function read(bytes: Uint8Array, budget: ReadBudget, skipped: readonly string[], memory: ReaderMemory): ReadOutcome {
  const opened = openWorkbook(bytes, budget, memory);
  const { workbook, pkg } = opened;
  const plan = readPlan(workbook, budget, skipped, memory);
  const { requests } = plan;

  const records = new Map<number, CellGrid>();
  const broken = [...plan.broken];
  // Sheets our names point into that hold no cells (a chart sheet, a relationship that does not lead to a
  // worksheet): their names are broken, not blank, or a whole table would silently read as "not reported".
  const noCells = new Set<number>();
  for (const { sheetIndex, lastRow, wanted } of plan.sheets) {
    budget.checkTime();
    const found: CellGrid = new Map();
    records.set(sheetIndex, found);
    const part = worksheetPart(opened, workbook.sheets[sheetIndex]);
    if (part === undefined) {
      noCells.add(sheetIndex);
      continue;
    }
    // The row's wanted columns and found cells are looked up once per row, not once per cell: rows
    // arrive in order, and a register row has a cell per figure (200 in a 40 × 5 matrix).
    let wantedRow = 0;
    let wantedColumns: ReadonlySet<number> | undefined;
    let foundRow = 0;
    let foundColumns: Map<number, CellRecord> | undefined;
    readSheetCells(pkg, part, {
      lastRow,
      wants: (row, column) => {
        if (row !== wantedRow) {
          wantedRow = row;
          wantedColumns = wanted.get(row);
        }
        return wantedColumns !== undefined && wantedColumns.has(column);
      },
      take: (cell) => {
        if (cell.row !== foundRow || foundColumns === undefined) {
          foundRow = cell.row;
          foundColumns = found.get(cell.row);
          if (foundColumns === undefined) found.set(cell.row, (foundColumns = new Map()));
        }
        foundColumns.set(cell.column, cell);
      },
    });
  }

  // Shared strings and styles only when a wanted cell needs them, and then only up to the last index wanted;
  // the strings of skipped cells only checked.
  const stringIndices = new Set<number>();
  const checkedIndices = new Set<number>();
  let styleNeeded = false;
  for (const { sheetIndex, kept } of plan.sheets) {
    for (const [row, columns] of records.get(sheetIndex) ?? []) {
      for (const cell of columns.values()) {
        if (cell.type === "s" && cell.value !== undefined)
          (kept.get(row)?.has(cell.column) ? stringIndices : checkedIndices).add(Number(cell.value));
        if (needsStyle(cell)) styleNeeded = true;
      }
    }
  }
  for (const index of stringIndices) checkedIndices.delete(index);
  const stringsPart = opened.relationships.firstOfKind("sharedStrings")?.partName;
  const stylesPart = opened.relationships.firstOfKind("styles")?.partName;
  const context: CellContext = {
    sharedStrings: readSharedStrings(pkg, stringsPart, stringIndices, checkedIndices),
    sharedStringsPart: stringsPart ?? "sharedStrings.xml",
    styles: styleNeeded ? readDateStyles(pkg, stylesPart) : NO_DATE_STYLES,
    date1904: workbook.date1904,
  };

  const names = new Map<string, RawNamedRange>();
  for (const request of requests) {
    if (noCells.has(request.sheetIndex)) {
      broken.push({ name: request.name, formula: request.formula, reason: "missing-sheet" });
      continue;
    }
    const found = records.get(request.sheetIndex);
    const cells: RawCell[][] = [];
    for (let row = request.first.row; row <= request.last.row; row++) {
      const columns = found?.get(row);
      const line: RawCell[] = [];
      for (let column = request.first.column; column <= request.last.column; column++) line.push(toRawCell(columns?.get(column), context));
      cells.push(line);
    }
    // Converted all the same, so that a cell a full read refuses (a missing shared string) is refused here too.
    if (request.skipped) continue;
    names.set(request.key, { name: request.name, sheet: workbook.sheets[request.sheetIndex].name, ref: request.ref, cells });
  }

  const raw: RawWorkbook = { names, sheets: workbook.sheets.map(({ name, state }) => ({ name, state })) };
  return {
    workbook: raw,
    flags: { macros: opened.macros, date1904: workbook.date1904, brokenNames: broken },
    stats: {
      entries: pkg.directory.count,
      partsRead: budget.entries,
      inflatedBytes: budget.inflatedBytes,
      cellsRead: budget.cellsRead,
      ms: budget.elapsedMs(),
    },
  };
}
