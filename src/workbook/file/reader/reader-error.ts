/**
 * The reader's error values. Codes are the keys of the `files` string section, so a code always
 * has its Vietnamese and English message.
 */
import type { AppError } from "../../../domain/errors";
import type { files } from "../../../domain/i18n/files";
import type { fileKinds } from "../../../domain/i18n/file-kinds";
import { keyed, render } from "../../../domain/i18n/message";

export type ReaderErrorCode = keyof (typeof files)["vi"] | keyof (typeof fileKinds)["vi"];

type Params = Readonly<Record<string, string | number>>;

export function readerError(code: ReaderErrorCode, params?: Params): AppError {
  return keyed(code, params);
}

/**
 * Carries an error value out of deep inside inflating or parsing (a callback cannot return a Result).
 * Only the reader's entry points catch it; it never leaves them.
 */
export class ReadAbort extends Error {
  constructor(readonly error: AppError) {
    super(render("en", error));
  }
}
