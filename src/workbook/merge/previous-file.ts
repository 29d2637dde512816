/** The previous period's consolidated workbook, read for merge --previous: its register, or why it cannot be used. */
import { keyed } from "../../domain/i18n/message";
import type { Result } from "../../domain/errors";
import { previousFromNames, type PreviousPeriod } from "../../domain/merge/previous-period";
import { readWorkbook } from "../file/reader";

export type PreviousLoad = Result<PreviousPeriod>;

export function loadPrevious(name: string, bytes: Uint8Array): PreviousLoad {
  const read = readWorkbook(bytes);
  if (!read.ok) return read;
  const previous = previousFromNames(name, read.value.workbook.names);
  return previous ? { ok: true, value: previous } : { ok: false, error: keyed("loop.previous.notConsolidated") };
}
