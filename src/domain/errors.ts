/**
 * Errors are values: a message of the one model (a stable code, a catalog key and its params), shown in
 * Vietnamese or English where it reaches the user. Nothing that reaches the task pane or the CLI output
 * is a bare thrown Error.
 */
import { render, type Message } from "./i18n/message";

export type AppError = Message;

/**
 * The one shape of an outcome that may fail: the value, or the failure under `error` — a message of the one
 * model (a layer with its own strings, as the task pane, gives its own Message type). Results that carry more
 * than their value on either side (a merge's outcome lists its files either way) keep their own shape.
 */
export type Result<T, E = AppError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });

/** Thrown only across internal boundaries that cannot return a Result (e.g. a zod refinement); always caught and turned into a value. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(render("en", error));
  }
}
