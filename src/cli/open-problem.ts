/**
 * Why a file named on the command line could not be opened, in the user's words. Node's errors carry a
 * code (ENOENT, EACCES, EISDIR) inside an English, technical sentence: only the code is shown.
 */
import { message, type CliKey } from "./strings";
import type { Message } from "../domain/i18n/message";

export function openProblem(error: unknown): Message<CliKey> {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return message("file.not-found", "check.cli.notFound");
  return message("file.open", "check.cli.fileError", { reason: code || String(error) });
}
