/**
 * The corpus's own account of one file at the reader and check level, with codes (the merge's
 * reasons carry texts): what the reader said, or what the checks found. Used to assert the exact
 * codes of the table, and to know which Vietnamese text each code must produce in the merge.
 */
import type { Definition, Campaign } from "../../src/domain/definition";
import { checkRules, readSubmission, type CheckIssue } from "../../src/domain/check";
import { readWorkbook, type ReadLimits } from "../../src/workbook/file/reader";
import type { Status } from "./cases";
import { render } from "../../src/domain/i18n/message";

export interface Assessment {
  readonly status: Status;
  /** Each code once, in the order found. */
  readonly codes: readonly string[];
  /** The Vietnamese text the user reads for each code. */
  readonly vi: ReadonlyMap<string, string>;
}

export function assess(catalog: Definition, campaign: Campaign, bytes: Uint8Array, limits?: Partial<ReadLimits>): Assessment {
  const read = readWorkbook(bytes, limits);
  if (!read.ok) return { status: "rejected", codes: [read.error.code], vi: new Map([[read.error.code, render("vi", read.error)]]) };
  const reading = readSubmission(catalog, read.value.workbook);
  const vi = new Map<string, string>();
  const codesOf = (issues: readonly CheckIssue[]): string[] =>
    issues.map((i) => {
      vi.set(i.id, render("vi", i.message));
      return i.id;
    });
  const errorsFirst = reading.issues.filter((i) => i.severity === "error");
  if (!reading.submission || !reading.campaign) return { status: "rejected", codes: codesOf(errorsFirst), vi };
  if (reading.campaign.id !== campaign.id) return { status: "rejected", codes: ["merge.reject.campaign"], vi };
  if (errorsFirst.length > 0) return { status: "rejected", codes: codesOf(errorsFirst), vi };
  const rules = checkRules(catalog, campaign, reading.submission);
  const ruleErrors = rules.filter((i) => i.severity === "error");
  if (ruleErrors.length > 0) return { status: "rejected", codes: codesOf(ruleErrors), vi };
  const warnings = [
    ...(read.value.flags.macros ? ["merge.warn.macros"] : []),
    ...codesOf([...reading.issues, ...rules].filter((i) => i.severity === "warning" && !i.explained)),
  ];
  return { status: warnings.length > 0 ? "warnings" : "accepted", codes: warnings, vi };
}
