import type { RawCell, RawNamedRange } from "../../src/domain/raw";
import { readWorkbook, type ReadLimits, type ReadOutcome, type WorkbookReader } from "../../src/workbook/file/reader";
import { render } from "../../src/domain/i18n/message";

/**
 * Reads and fails the test with the error's English message when the read failed. `reader`: a series'
 * reader, whose memory of earlier files the read may reuse; without it, a read on its own (fresh memory).
 */
export function mustRead(bytes: Uint8Array, options?: Partial<ReadLimits>, reader?: WorkbookReader): ReadOutcome {
  const result = reader ? reader.readWorkbook(bytes, options) : readWorkbook(bytes, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${render("en", result.error)}`);
  return result.value;
}

export function named(outcome: ReadOutcome, name: string): RawNamedRange {
  const range = outcome.workbook.names.get(name.toUpperCase());
  if (range === undefined) throw new Error(`no name ${name}; have ${[...outcome.workbook.names.keys()].join(", ")}`);
  return range;
}

export const cellOf = (outcome: ReadOutcome, name: string): RawCell => named(outcome, name).cells[0][0];

/** The error code of a read that must fail (`reader` as for mustRead). */
export function errorCode(bytes: Uint8Array, options?: Partial<ReadLimits>, reader?: WorkbookReader): string {
  const result = reader ? reader.readWorkbook(bytes, options) : readWorkbook(bytes, options);
  if (result.ok) throw new Error("the read succeeded but was expected to fail");
  return result.error.code;
}
