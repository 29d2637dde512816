import type { RawCell, RawNamedRange } from "../../src/domain/raw";
import { readWorkbook, type ReadLimits, type ReadOutcome } from "../../src/workbook/file/reader";
import { render } from "../../src/domain/i18n/message";

/** Reads and fails the test with the error's English message when the read failed. */
export function mustRead(bytes: Uint8Array, options?: Partial<ReadLimits>): ReadOutcome {
  const result = readWorkbook(bytes, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${render("en", result.error)}`);
  return result.value;
}

export function named(outcome: ReadOutcome, name: string): RawNamedRange {
  const range = outcome.workbook.names.get(name.toUpperCase());
  if (range === undefined) throw new Error(`no name ${name}; have ${[...outcome.workbook.names.keys()].join(", ")}`);
  return range;
}

export const cellOf = (outcome: ReadOutcome, name: string): RawCell => named(outcome, name).cells[0][0];

/** The error code of a read that must fail. */
export function errorCode(bytes: Uint8Array, options?: Partial<ReadLimits>): string {
  const result = readWorkbook(bytes, options);
  if (result.ok) throw new Error("the read succeeded but was expected to fail");
  return result.error.code;
}
