/**
 * A definition for the page: from a file the user opens (standalone and Excel), or from the sheets of
 * the workbook open in Excel (through the port, one sheet at a time). Both end in the one loader.
 */
import { DEFINITION_SHEETS, type DefinitionCell, type DefinitionSheet } from "../../domain/definition/definition-sheets";
import { catalogFromSheets, type DefinitionCatalog } from "../../domain/definition/definition-catalog";
import type { AppError } from "../../domain/errors";
import { readDefinitionFile } from "../../workbook/file/forms/read-definition-file";
import type { WorkbookPort } from "../../workbook/port";

export type DefinitionRead =
  { readonly ok: true; readonly loaded: DefinitionCatalog } | { readonly ok: false; readonly error: AppError | "tooLarge" | "unreadable" };

export async function definitionFromFile(file: File): Promise<DefinitionRead> {
  const sheets = readDefinitionFile(new Uint8Array(await file.arrayBuffer()));
  return sheets.ok ? { ok: true, loaded: catalogFromSheets(sheets.value) } : { ok: false, error: sheets.error };
}

const cellOf = (value: unknown): DefinitionCell =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;

export async function definitionFromWorkbook(port: WorkbookPort): Promise<DefinitionRead> {
  const sheets: DefinitionSheet[] = [];
  for (const name of Object.values(DEFINITION_SHEETS)) {
    const rows = await port.readSheetRows(name);
    if (rows.ok) sheets.push({ name, rows: rows.rows.map((row) => row.map(cellOf)) });
    // A missing sheet is the loader's to name; a sheet too large or unreadable stops here.
    else if (rows.reason !== "missing") return { ok: false, error: rows.reason };
  }
  return { ok: true, loaded: catalogFromSheets({ sheets }) };
}
