/** The previous period's consolidated workbook, read for merge --previous: its register, or why it cannot be used. */
import { keyed, type Message } from "../../domain/i18n/message";
import { previousFromNames, type PreviousPeriod } from "../../domain/merge/previous-period";
import { readWorkbook } from "../file/reader";

export type PreviousLoad = { readonly ok: true; readonly previous: PreviousPeriod } | { readonly ok: false; readonly problem: Message };

export function loadPrevious(name: string, bytes: Uint8Array): PreviousLoad {
  const read = readWorkbook(bytes);
  if (!read.ok) return { ok: false, problem: read.error };
  const previous = previousFromNames(name, read.value.workbook.names);
  return previous ? { ok: true, previous } : { ok: false, problem: keyed("loop.previous.notConsolidated") };
}
