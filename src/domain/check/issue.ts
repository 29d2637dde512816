/**
 * What a check finds: one issue per problem, each naming the cells involved (the first is the one a
 * click goes to), the values seen and a message (code, key, params) shown in the reader's language. Issues are plain data, so the
 * task pane, the CLI (--json) and the merge show the same thing.
 */
import type { CellRef } from "../raw";
import type { ColumnId } from "../definition/schema";
import type { Message } from "../i18n/message";

/** error blocks a clean submission; warning asks the preparer to confirm or explain; blank is "not reported". */
export type Severity = "error" | "warning" | "blank";
export type IssueCategory = "template" | "identification" | "type" | "rule";

export interface CheckIssue {
  /** Stable across runs: `${ruleId}@${column}` for a rule, `type:${code}@${column}` for a cell, ... */
  readonly id: string;
  readonly severity: Severity;
  readonly category: IssueCategory;
  readonly ruleId?: string;
  readonly tableId?: string;
  readonly code?: string;
  readonly column?: ColumnId;
  /** Every cell involved; the first is the one to show. Empty when the problem has no cell (a missing name). */
  readonly cells: readonly CellRef[];
  /** The values seen, in the order of the rule's terms (left, then right); null for a blank. */
  readonly values: readonly (number | null)[];
  /** Its code is the message key; the issue's own stable code is `id` (a merge reason from this issue carries `id` as its code). */
  readonly message: Message;
  /** A warning whose row has a note in Ghi chú: the preparer has explained it. */
  readonly explained: boolean;
}

export interface IssueSummary {
  readonly errors: number;
  /** Warnings not yet explained. */
  readonly warnings: number;
  /** Warnings explained in Ghi chú. */
  readonly explained: number;
  readonly blanks: number;
}

export function summarize(issues: readonly CheckIssue[]): IssueSummary {
  let errors = 0;
  let warnings = 0;
  let explained = 0;
  let blanks = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors += 1;
    else if (issue.severity === "blank") blanks += 1;
    else if (issue.explained) explained += 1;
    else warnings += 1;
  }
  return { errors, warnings, explained, blanks };
}

export const hasErrors = (issues: readonly CheckIssue[]): boolean => issues.some((i) => i.severity === "error");

export const SEVERITIES: readonly Severity[] = ["error", "warning", "blank"];

export interface IssueGroup {
  /** null: identification and template issues, which belong to no table. */
  readonly tableId: string | null;
  readonly bySeverity: readonly { readonly severity: Severity; readonly issues: readonly CheckIssue[] }[];
}

/**
 * Groups by table (general issues first, then tables in `tableOrder`, then any other table in order
 * of appearance) and, inside a table, by severity: errors, warnings, blanks. Empty groups are left out.
 */
export function groupIssues(issues: readonly CheckIssue[], tableOrder: readonly string[] = []): IssueGroup[] {
  const byTable = new Map<string | null, CheckIssue[]>();
  byTable.set(null, []);
  for (const id of tableOrder) byTable.set(id, []);
  for (const issue of issues) {
    const key = issue.tableId ?? null;
    const list = byTable.get(key);
    if (list) list.push(issue);
    else byTable.set(key, [issue]);
  }
  const groups: IssueGroup[] = [];
  for (const [tableId, list] of byTable) {
    if (list.length === 0) continue;
    const bySeverity = SEVERITIES.map((severity) => ({ severity, issues: list.filter((i) => i.severity === severity) })).filter(
      (g) => g.issues.length > 0,
    );
    groups.push({ tableId, bySeverity });
  }
  return groups;
}
