/**
 * The unit's own workbook, returned with the upper level's comments: every cell the unit typed stays as
 * it was (the file is opened and added to, never rebuilt from figures), the problem cells get a fill and
 * a note, and a first sheet "Ý kiến của cấp trên" lists every problem with a link to its cell.
 * The marks are plain formatting and a sheet the reader does not look at: once the unit corrects the
 * figures, the same file passes the checks.
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { severityText, type FeedbackContent, type FeedbackLine } from "../../domain/merge/feedback";
import { loadExcelJS } from "./writer/exceljs";

const FILL = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
const BORDER = { style: "thin", color: { argb: "FF999999" } } as const;

/** "#'Biểu 01'!D12": a link inside the workbook, in the form Excel and LibreOffice both follow. */
export const internalLink = (sheet: string, address: string): string => `#'${sheet.replace(/'/g, "''")}'!${address}`;

const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Marks one problem cell: its own style kept (protection, number format, font), with the fill; notes of several problems joined. */
function mark(cell: Cell, line: FeedbackLine, notes: Map<Cell, string[]>): void {
  const previous = notes.get(cell);
  const severity =
    previous && cell.style.fill && "fgColor" in cell.style.fill && cell.style.fill.fgColor?.argb === FILL.error ? "error" : line.severity;
  // A new style object: ExcelJS shares style objects between cells read with the same style index.
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[severity] } } };
  const list = previous ?? [];
  list.push(`${severityText(line.severity)}: ${line.text}`);
  notes.set(cell, list);
}

function addSheet(workbook: Workbook, content: FeedbackContent): Worksheet {
  const sheet = workbook.addWorksheet(content.sheetName, {
    views: [{ state: "normal", showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 6 }, { width: 12 }, { width: 20 }, { width: 90 }];
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = content.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  let row = 3;
  for (const [label, value] of content.header) {
    sheet.mergeCells(`A${row}:B${row}`);
    sheet.getCell(`A${row}`).value = label;
    sheet.getCell(`A${row}`).font = { bold: true };
    sheet.getCell(`C${row}`).value = value;
    sheet.mergeCells(`C${row}:D${row}`);
    row++;
  }
  row++;
  sheet.mergeCells(`A${row}:D${row}`);
  sheet.getCell(`A${row}`).value = content.howTo;
  sheet.getCell(`A${row}`).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(row).height = 48;
  row += 2;
  const head = sheet.getRow(row);
  content.columns.forEach((text, i) => {
    const cell = head.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  sheet.views = [{ state: "frozen", ySplit: row, showGridLines: false }];
  content.lines.forEach((line, i) => {
    const r = sheet.getRow(row + 1 + i);
    r.getCell(1).value = i + 1;
    r.getCell(2).value = severityText(line.severity);
    r.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[line.severity] } };
    if (line.sheet && line.address) {
      const label = `${line.sheet}!${line.address}`;
      // A formula link: LibreOffice and Excel both follow it, and it survives a re-save by either.
      r.getCell(3).value = {
        formula: `HYPERLINK(${formulaText(internalLink(line.sheet, line.address))},${formulaText(label)})`,
        result: label,
      };
      r.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    }
    r.getCell(4).value = line.text;
    for (let c = 1; c <= 4; c++) {
      r.getCell(c).border = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
      r.getCell(c).alignment = { wrapText: true, vertical: "top" };
    }
  });
  return sheet;
}

/** The unit's file with the comments added; null when the file is not a workbook ExcelJS can open (the chase list names it instead). */
export async function returnedWorkbook(bytes: Uint8Array, content: FeedbackContent): Promise<Uint8Array | null> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  if (workbook.getWorksheet(content.sheetName)) workbook.removeWorksheet(workbook.getWorksheet(content.sheetName)!.id); // returned before: the new comments replace the old
  const notes = new Map<Cell, string[]>();
  for (const line of content.lines) {
    if (!line.sheet || !line.address) continue;
    const sheet = workbook.getWorksheet(line.sheet);
    if (sheet) mark(sheet.getCell(line.address), line, notes);
  }
  for (const [cell, list] of notes) cell.note = list.join("\n");
  const added = addSheet(workbook, content);
  // First in the tab order and the sheet that opens; no other tab stays selected (two selected tabs are a group in Excel).
  const orderOf = (sheet: Worksheet) => (sheet as Worksheet & { orderNo: number }).orderNo;
  (added as Worksheet & { orderNo: number }).orderNo = Math.min(...workbook.worksheets.map(orderOf)) - 1;
  for (const sheet of workbook.worksheets)
    if (sheet !== added) sheet.views = sheet.views.map((view) => ({ ...view, tabSelected: false }) as unknown as typeof view);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
