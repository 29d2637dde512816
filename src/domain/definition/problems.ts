/**
 * What is wrong with a definition, located where the officer can find it: the sheet, the cell (A1),
 * a stable code for machines, and a message key from the string catalog with its params. Rendered
 * to text only at the edges (`forms check`, the page); never a zod message.
 */
import { t, type Lang } from "../i18n/strings";
import { render, type Message, type MessageParams } from "../i18n/message";

/** A message of the one model (code, key, params), placed in the definition workbook. */
export interface DefinitionProblem extends Message {
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** A1 address of the cell, or null when the problem is the sheet itself (missing, empty). */
  readonly cell: string | null;
  /** Stable, e.g. "forms.rule.unknownCode". */
  readonly code: string;
  /** A bilingual param is shown in the reader's language (a message from the catalog's last guard). */
  readonly params: MessageParams;
}

/** "indicators!C7: …", as a user reads it in a list. */
export function problemText(problem: DefinitionProblem, lang: Lang): string {
  const where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
  const level = problem.severity === "warning" ? `${t(lang, "forms.problem.warning")} ` : "";
  return `${where}: ${level}${render(lang, problem)}`;
}
