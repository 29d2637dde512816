/**
 * The .xlsx writer: draws a WorkbookPlan into a file, in Node (CLI) and in the browser (standalone page).
 * Mapping only, as the Office.js renderer: the plan decides what the workbook holds, this decides how
 * ExcelJS is told. The ExcelJS quirks met on the way are handled here and named where they are.
 */
import type { Workbook, Worksheet, XlsxWriteOptions } from "exceljs";
import type { CellPlan, NamePlan, SheetPlan, WorkbookPlan } from "../../../domain/layout/plan";
import { t } from "../../../domain/i18n/strings";
import { loadExcelJS } from "./exceljs";
import { excelStyle } from "./styles";
import { excelValidation } from "./validation";
import { streamRows } from "./stream-rows";
import { columnLetter as columnLetterOf } from "../../../domain/a1";
import { NAME_PREFIX } from "../../../domain/raw";

/** A sheet name as a formula reference: always quoted (ours hold spaces and Vietnamese letters), inner quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Excel header/footer text treats "&" as a control code; a literal ampersand is "&&". */
const headerText = (text: string): string => text.replace(/&/g, "&&");

/** "D7" → "$D$7", "A5:AZ300" → "$A$5:$AZ$300". */
const absolute = (ref: string): string => ref.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

function drawCell(sheet: Worksheet, cell: CellPlan): void {
  const target = sheet.getCell(cell.ref);
  target.style = excelStyle(cell.style, cell.locked !== false);
  if (cell.formula !== undefined) {
    // No cached result: Excel (fullCalcOnLoad) and LibreOffice (recalculation on load) compute it.
    target.value = { formula: cell.formula.replace(/^=/, "") };
  } else if (cell.value !== undefined && cell.value !== null) {
    // A string is always text, "=HYPERLINK(...)" included: ExcelJS writes strings as shared strings and
    // only { formula } objects as <f>. (Numbers stay numbers.)
    target.value = cell.value;
  }
  if (cell.validation) target.dataValidation = excelValidation(cell.validation);
}

function drawMerges(sheet: Worksheet, plan: SheetPlan): void {
  const styled = new Set(plan.cells.filter((c) => c.style !== undefined).map((c) => c.ref));
  for (const range of plan.merges) {
    // ExcelJS's mergeCells copies the top-left cell's style over every merged cell, erasing styles the plan
    // gave them. Merge without styles, then give only the cells the plan left bare the top-left style, so
    // borders run along the whole merged block as in Excel.
    sheet.mergeCellsWithoutStyle(range);
    const [from, to] = range.split(":");
    const master = sheet.getCell(from);
    const last = sheet.getCell(to ?? from);
    for (let row = Number(master.row); row <= Number(last.row); row++) {
      for (let col = Number(master.col); col <= Number(last.col); col++) {
        const cell = sheet.getCell(row, col);
        if (cell.address !== master.address && !styled.has(cell.address)) cell.style = master.style;
      }
    }
  }
}

async function drawSheet(workbook: Workbook, plan: SheetPlan): Promise<Worksheet> {
  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  const sheet = workbook.addWorksheet(plan.name, {
    state: plan.visibility,
    views: freeze ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }] : [{}],
    properties: plan.tabColor ? { tabColor: { argb: `FF${plan.tabColor.toUpperCase()}` } } : {},
  });
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRow(row).height = height;
  for (const row of plan.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  for (const cell of plan.cells) drawCell(sheet, cell);
  // Only the first table row: it fixes the cells' styles; the rest are streamed in (stream-rows.ts).
  const rows = plan.rows;
  if (rows && rows.count > 0) {
    const first = rows.row(0);
    rows.styles.forEach((style, c) => drawCell(sheet, { ref: `${columnLetterOf(c + 1)}${rows.firstRow}`, value: first[c] ?? null, style }));
  }
  drawMerges(sheet, plan);

  if (plan.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      ...(plan.print.fitToWidth
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } // one page wide, as many pages tall as needed
        : { fitToPage: false, scale: plan.print.scale ?? 100 }),
      horizontalCentered: true,
      // ExcelJS adds the "$" itself: "$6:$7" here would be written "$$6:$$7" (a corrupt name).
      printTitlesRow: plan.print.repeatRows ? `${plan.print.repeatRows.first}:${plan.print.repeatRows.last}` : undefined,
      printTitlesColumn: plan.print.repeatColumns
        ? `${columnLetterOf(plan.print.repeatColumns.first)}:${columnLetterOf(plan.print.repeatColumns.last)}`
        : undefined,
      margins: { left: 0.6, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
    sheet.headerFooter = {
      ...sheet.headerFooter,
      oddHeader: plan.print.header ? `&C${headerText(plan.print.header)}` : undefined,
      oddFooter: `&C${t("vi", "workbook.pageFooter")}`,
    };
  }

  if (plan.protect) {
    // No password: ExcelJS hashes only a non-empty one, so "" writes <sheetProtection sheet="1" .../> with
    // no algorithmName/hashValue and anyone can lift it (Review → Unprotect Sheet) if they must; the
    // protection is there so filling cannot break the structure, not to keep secrets. Selecting cells and
    // resizing rows and columns stay allowed: long notes need taller rows. Formatting cells too: the
    // add-in's check then highlights problem cells without unprotecting the sheet (office/protection.ts).
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return sheet;
}

function addName(workbook: Workbook, name: NamePlan): void {
  // ExcelJS parses "Sheet!A1" with a pattern that stops at a space, so an unquoted "Biểu 01!D7" would be
  // read as the sheet "01"; it also writes every non-alphanumeric sheet name back quoted.
  workbook.definedNames.add(`${quoteSheet(name.sheet)}!${absolute(name.ref)}`, name.name);
}

function toBytes(buffer: ArrayBuffer | ArrayBufferView): Uint8Array {
  // Node gives a Buffer (a view on a possibly larger pool), the browser build an ArrayBuffer.
  return ArrayBuffer.isView(buffer) ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : new Uint8Array(buffer);
}

export interface WriteOptions {
  /**
   * A workbook to draw the plan into, as the add-in inserts a template into the open workbook: its sheets
   * the plan names are replaced, every other sheet is kept as it is (values, formulas, styles, widths,
   * merges) with the defined names that point into it. Our own UR_ names are the plan's alone.
   */
  readonly into?: Uint8Array;
}

const sheetKey = (name: string): string => name.normalize("NFC").toLowerCase();

/** The workbook to draw into: a new one, or `into` without the sheets and names the plan replaces. */
async function baseWorkbook(plan: WorkbookPlan, into: Uint8Array | undefined): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  if (!into) return workbook;
  await workbook.xlsx.load(into as unknown as ArrayBuffer);
  const planned = new Set(plan.sheets.map((sheet) => sheetKey(sheet.name)));
  // Excel compares sheet names case-insensitively: "BIỂU 01" is the plan's "Biểu 01".
  for (const sheet of [...workbook.worksheets]) if (planned.has(sheetKey(sheet.name))) workbook.removeWorksheet(sheet.id);
  const kept = new Set(workbook.worksheets.map((sheet) => sheetKey(sheet.name)));
  const unquote = (ref: string): string => {
    const at = ref.lastIndexOf("!");
    return at < 0 ? "" : ref.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
  };
  // A name into a replaced sheet would point at nothing; ours are written again from the plan.
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (name) => !name.name.toUpperCase().startsWith(NAME_PREFIX) && name.ranges.every((ref) => kept.has(sheetKey(unquote(ref)))),
  );
  return workbook;
}

export async function writeWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const workbook = await baseWorkbook(plan, options.into);
  const now = new Date();
  // A workbook drawn into keeps its own title, author and dates: they are the user's, not the template's.
  if (!options.into) {
    workbook.title = plan.properties.title;
    workbook.subject = plan.properties.subject;
    workbook.creator = plan.properties.creator;
    workbook.keywords = plan.properties.keywords;
    workbook.created = now;
  }
  workbook.lastModifiedBy = plan.properties.creator;
  workbook.modified = now;
  // Formulas are written without cached results; tell Excel to compute them all on opening.
  workbook.calcProperties.fullCalcOnLoad = true;

  // ExcelJS names a worksheet's part by its id (sheet<id>.xml): in a workbook drawn into, ids are not positions.
  const parts = new Map<string, string>();
  for (const sheet of plan.sheets) parts.set(sheet.name, `xl/worksheets/sheet${(await drawSheet(workbook, sheet)).id}.xml`);
  // ExcelJS keeps an object per cell of a named range (a register of 136,000 rows × 60 columns: eight
  // million), so names over a streamed table's rows are written into the workbook part by streamRows.
  const streamedSheets = new Set(plan.sheets.filter((sheet) => sheet.rows && sheet.rows.count > 1).map((sheet) => sheet.name));
  const spansRows = (name: NamePlan) => streamedSheets.has(name.sheet) && name.ref.includes(":");
  for (const name of plan.names) if (!spansRows(name)) addName(workbook, name);

  // The active tab must be a visible sheet, or Excel opens on a hidden one: the plan's first visible one.
  const order = workbook.worksheets.map((sheet) => sheet.name);
  const firstVisible = Math.max(0, order.indexOf(plan.sheets.find((s) => s.visibility === "visible")?.name ?? ""));
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: firstVisible, activeTab: firstVisible, visibility: "visible" }];

  // Deflate level 1 instead of 6: about a third less time writing a consolidated workbook of a
  // thousand units (0.42 s against 0.58 s), for files about a third larger (400 KB against 300 KB).
  const bytes = toBytes(
    await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as Partial<XlsxWriteOptions>),
  );
  const streamed = plan.sheets.flatMap((sheet) =>
    streamedSheets.has(sheet.name) && sheet.rows ? [{ part: parts.get(sheet.name)!, rows: sheet.rows }] : [],
  );
  const names = plan.names
    .filter(spansRows)
    .map((name) => ({ name: name.name, formula: `${quoteSheet(name.sheet)}!${absolute(name.ref)}` }));
  return streamed.length > 0 ? streamRows(bytes, streamed, names) : bytes;
}
