/**
 * The reader's error values. Codes are the keys of the `files` string section, so a code always
 * has its Vietnamese and English message.
 */
import type { AppError } from "../../../domain/errors";
import { files } from "../../../domain/i18n/files";
import { fillParams, type Lang } from "../../../domain/i18n/strings";

export type ReaderErrorCode = keyof (typeof files)["vi"];

type Params = Readonly<Record<string, string | number>>;

function fill(lang: Lang, code: ReaderErrorCode, params: Params): string {
  return fillParams(lang, files[lang][code], params);
}

export function readerError(code: ReaderErrorCode, params: Params = {}): AppError {
  return { code, vi: fill("vi", code, params), en: fill("en", code, params) };
}

/**
 * Carries an error value out of deep inside inflating or parsing (a callback cannot return a Result).
 * Only the reader's entry points catch it; it never leaves them.
 */
export class ReadAbort extends Error {
  constructor(readonly error: AppError) {
    super(error.en);
  }
}
