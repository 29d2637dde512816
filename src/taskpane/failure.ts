/**
 * What the pane says when something it called threw: our own errors carry their Vietnamese and English
 * words; anything else (an Office.js exception, a browser error) is developer text, so the officer gets
 * a plain sentence and the detail goes to the console for whoever supports them.
 */
import { AppErrorException, type AppError } from "../domain/errors";
import { message } from "../domain/i18n/message";

export function failure(error: unknown): AppError {
  if (error instanceof AppErrorException) return error.error;
  console.warn("union-report:", error);
  return message("ui.unexpected", "ui.error.unexpected");
}
