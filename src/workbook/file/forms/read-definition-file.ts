/**
 * A definition workbook (.xlsx) → the definition's sheets as plain data, for the one loader. Reads
 * with the project's own bounded reader (the sheet-table reading rosters use), so a stranger's
 * definition meets the same size and zip-bomb limits as any submission. A sheet the file lacks is
 * left out: the loader names it.
 */
import {
  DEFINITION_SHEETS,
  type DefinitionCell,
  type DefinitionSheet,
  type DefinitionSheets,
} from "../../../domain/definition/definition-sheets";
import { fail, ok, type Result } from "../../../domain/errors";
import type { RawValue } from "../../../domain/raw";
import { readSheetTable, type ReadLimits } from "../reader";

const cellOf = (value: RawValue): DefinitionCell => (value !== null && typeof value === "object" ? value.error : value);

export function readDefinitionFile(bytes: Uint8Array, limits?: Partial<ReadLimits>): Result<DefinitionSheets> {
  const sheets: DefinitionSheet[] = [];
  for (const name of Object.values(DEFINITION_SHEETS)) {
    const table = readSheetTable(bytes, name, limits);
    if (table.ok) {
      sheets.push({ name: table.value.sheet, rows: table.value.rows.map((row) => row.map(cellOf)) });
      continue;
    }
    // A missing sheet is the loader's to report; anything else means the file itself cannot be read.
    if (table.error.code !== "reader.sheet-not-found") return fail(table.error);
  }
  return ok({ sheets });
}
