/**
 * A definition for the page: from a file the user opens (standalone and Excel), or from the sheets of
 * the workbook open in Excel (through the port, one sheet at a time). Both end in the one loader.
 */
import { DEFINITION_SHEETS, type DefinitionCell, type DefinitionSheet } from "../../domain/definition/definition-sheets";
import { definitionFromSheets, type DefinitionOutcome } from "../../domain/definition/definition-catalog";
import type { Result } from "../../domain/errors";
import type { Message } from "../../domain/i18n/message";
import { readDefinitionFile } from "../../workbook/file/forms/read-definition-file";
import type { WorkbookPort } from "../../workbook/port";
import { keyed, type PaneKey } from "../strings";

/** The definition loaded (with its problems, by sheet and cell), or why its sheets could not be read: a message either way. */
export type DefinitionRead = Result<DefinitionOutcome, Message<PaneKey>>;

export async function definitionFromFile(file: File): Promise<DefinitionRead> {
  const sheets = readDefinitionFile(new Uint8Array(await file.arrayBuffer()));
  return sheets.ok ? { ok: true, value: definitionFromSheets(sheets.value) } : sheets;
}

const cellOf = (value: unknown): DefinitionCell =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;

export async function definitionFromWorkbook(port: WorkbookPort): Promise<DefinitionRead> {
  const sheets: DefinitionSheet[] = [];
  for (const name of Object.values(DEFINITION_SHEETS)) {
    const rows = await port.readSheetRows(name);
    if (rows.ok) sheets.push({ name, rows: rows.value.map((row) => row.map(cellOf)) });
    // A missing sheet is the loader's to name; a sheet too large or unreadable stops here.
    else if (rows.error !== "missing")
      return { ok: false, error: keyed(rows.error === "tooLarge" ? "forms.ui.tooLarge" : "forms.ui.unreadable") };
  }
  return { ok: true, value: definitionFromSheets({ sheets }) };
}
