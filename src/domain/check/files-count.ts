/**
 * A consolidated workbook merged without a register counts "Tổng số CĐCS" from the files it received
 * (its Ghi chú says so). Such a count is not the number of CĐCS that exist: a rule setting it against
 * figures the units typed (XL_TONG ≤ CS_TONG) would reject a true report because one file is missing.
 * Those rules are then warnings that say why, never errors.
 */
import type { Definition } from "../definition/catalog";
import type { Rule } from "../definition/schema";
import type { Submission } from "../submission";
import { keyed, type Message } from "../i18n/message";
import { t } from "../i18n/strings";

/** Whether a "Tổng số CĐCS" note (written by merge/register-count.ts) says it counted the files received only. */
const countedFromFiles = (note: string | undefined): boolean =>
  note !== undefined && note.startsWith(t("vi", "uf.count.files", { files: 0 }).split(":")[0]!);

/** Whether the submission's counted rows are a count of files, not of the register. */
export function countsFiles(catalog: Definition, submission: Submission): boolean {
  if (submission.kind !== "consolidated") return false;
  return catalog.tables.some((t) =>
    t.rows.some((row) => row.aggregation === "count_units" && !row.unitFilter && countedFromFiles(submission.notes.get(row.code))),
  );
}

/** Whether a rule sets a counted row against another figure. */
export function overCountedRow(catalog: Definition, rule: Rule): boolean {
  return [...rule.left, ...rule.right].some((term) => catalog.rowsByCode.get(term.code)?.row.aggregation === "count_units");
}

/** The rule's message with the reason it is only a warning here. */
export const filesCountMessage = (message: Message): Message => keyed("uf.count.filesRule", { text: message });
