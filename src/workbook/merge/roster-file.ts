/** A roster from a file: .csv (any common separator, UTF-8 with or without BOM) or a sheet of an .xlsx. */
import type { Message, Roster } from "../../domain/merge";
import { parseCsv, rosterFromRows } from "../../domain/merge";
import { readSheetTable } from "../file/reader";

export type RosterLoad = { readonly ok: true; readonly roster: Roster } | { readonly ok: false; readonly problem: Message };

export function loadRoster(name: string, bytes: Uint8Array, sheet?: string): RosterLoad {
  let rows: readonly (readonly unknown[])[];
  if (/\.(csv|txt)$/i.test(name)) {
    rows = parseCsv(new TextDecoder("utf-8").decode(bytes));
  } else {
    const table = readSheetTable(bytes, sheet);
    if (!table.ok) return { ok: false, problem: { key: "merge.reason.text", params: { text: { vi: table.error.vi, en: table.error.en } } } };
    rows = table.value.rows;
  }
  const roster = rosterFromRows(rows);
  return roster.ok ? { ok: true, roster: roster.value } : { ok: false, problem: roster.problem };
}
