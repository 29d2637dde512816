/**
 * Errors are values: a stable code, a message for the user in Vietnamese and one in English.
 * Nothing that reaches the task pane or the CLI output is a bare thrown Error.
 */
export interface AppError {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });

/** Thrown only across internal boundaries that cannot return a Result (e.g. a zod refinement); always caught and turned into a value. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.en);
  }
}
