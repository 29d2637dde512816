/** Test helpers: the shipped definition's sheets, copied and edited cell by cell as an officer would in Excel. */
import { SHIPPED_DEFINITION } from "../../src/domain/definition";
import type { DefinitionCell, DefinitionSheets } from "../../src/domain/definition/definition-sheets";

type Rows = DefinitionCell[][];
export type EditableSheets = { sheets: { name: string; rows: Rows }[] };

export const shippedCopy = (): EditableSheets => JSON.parse(JSON.stringify(SHIPPED_DEFINITION)) as EditableSheets;

export function rowsOf(sheets: EditableSheets | DefinitionSheets, name: string): Rows {
  const sheet = sheets.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.rows as Rows;
}

/** Sets a cell of the first row whose `matchColumn` equals `matchValue` (row 0 is the header). Returns the 1-based Excel row. */
export function setCell(
  sheets: EditableSheets,
  name: string,
  matchColumn: string,
  matchValue: DefinitionCell,
  column: string,
  value: DefinitionCell,
): number {
  const rows = rowsOf(sheets, name);
  const header = rows[0]!.map(String);
  let at = header.indexOf(column);
  if (at < 0) {
    header.push(column);
    rows[0]!.push(column);
    at = header.length - 1;
  }
  const index = rows.findIndex((r, i) => i > 0 && r[header.indexOf(matchColumn)] === matchValue);
  if (index < 0) throw new Error(`no row ${matchColumn}=${String(matchValue)} in ${name}`);
  rows[index]![at] = value;
  return index + 1;
}

/** Appends a row given by column key; unknown keys are added to the header. */
export function addRow(sheets: EditableSheets, name: string, values: Record<string, DefinitionCell>): number {
  const rows = rowsOf(sheets, name);
  for (const key of Object.keys(values)) if (!rows[0]!.includes(key)) rows[0]!.push(key);
  rows.push(rows[0]!.map((key) => values[String(key)] ?? null));
  return rows.length;
}
