/**
 * What the pane says when something it called threw: our own errors carry their Vietnamese and English
 * words; anything else (an Office.js exception, a browser error) is developer text, so the officer gets
 * a plain sentence and the detail goes to the console for whoever supports them.
 */
import { AppErrorException, type AppError } from "../domain/errors";
import { t } from "../domain/i18n/strings";

export function failure(error: unknown): AppError {
  if (error instanceof AppErrorException) return error.error;
  console.warn("union-report:", error);
  return { code: "ui.unexpected", vi: t("vi", "ui.error.unexpected"), en: t("en", "ui.error.unexpected") };
}
