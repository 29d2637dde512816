/**
 * What a unit gets back when its file was refused or accepted with warnings: every problem the checks
 * found, each with its cell, in the words of the union (the "Ý kiến của cấp trên" sheet, the cell notes).
 * Pure: the workbook side (src/workbook/file/returned-workbook.ts) adds this to the unit's own file.
 */
import type { CheckIssue } from "../check/issue";
import { displayDate } from "../dates";
import { render, type Message } from "../i18n/message";
import { t } from "../i18n/strings";
import { FILE_STATUS_KEYS } from "./status-sheet";
import type { FileReport } from "./types";

/** One problem of a file, where it is: the unit sees it marked on its own cell. */
export interface FileProblem {
  /** The check issue's stable id (a merge reason made from the issue carries it as its code). */
  readonly id: string;
  readonly severity: "error" | "warning";
  readonly message: Message;
  readonly sheet: string | null;
  readonly address: string | null;
}

/** A file with thousands of bad cells is returned with the first ones marked: the unit fixes those and checks again. */
export const MAX_PROBLEMS = 500;

/** The errors and the unexplained warnings, in the checks' order; blanks ("not reported") are not problems. */
export function problemsOf(issues: readonly CheckIssue[]): FileProblem[] {
  const out: FileProblem[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_PROBLEMS) break;
    if (issue.severity === "blank" || (issue.severity === "warning" && issue.explained)) continue;
    const cell = issue.cells[0];
    out.push({
      id: issue.id,
      severity: issue.severity,
      message: issue.message,
      sheet: cell?.sheet ?? null,
      address: cell?.address ?? null,
    });
  }
  return out;
}

/**
 * A copy not counted because the same unit's other copy was (a later one, or one inside a consolidated
 * workbook): nothing to correct, nothing to chase. The merge marks it refused; it is not returned.
 */
export const isSuperseded = (report: FileReport): boolean =>
  report.status === "rejected" &&
  report.reasons.length > 0 &&
  report.reasons.every((r) => r.key === "merge.file.duplicateOf" || r.key === "merge.file.doubleCountedFile");

/** A file is returned when the officer must tell its unit something: refused, or accepted with warnings. */
export const isReturned = (report: FileReport): boolean => report.status !== "accepted" && !isSuperseded(report);

/** Reasons that only head a list of issues ("Tệp có 3 lỗi…", "… và 4 lỗi khác"): the list itself is given in full. */
const HEADINGS = new Set<string>([
  "merge.reject.errors",
  "merge.reject.templateErrors",
  "merge.reason.more",
  "merge.warn.acceptedWithErrors",
]);

export interface FeedbackLine {
  readonly severity: "error" | "warning";
  readonly sheet: string | null;
  readonly address: string | null;
  /** Vietnamese text of the problem. */
  readonly text: string;
}

export interface FeedbackContent {
  readonly sheetName: string;
  readonly title: string;
  /** Label and value lines above the list: the unit, its file, the verdict, who returns it and when. */
  readonly header: readonly (readonly [string, string])[];
  readonly howTo: string;
  readonly columns: readonly string[];
  readonly lines: readonly FeedbackLine[];
}

/**
 * The content of the returned sheet: the located problems first (complete, up to MAX_PROBLEMS), then
 * the file's other reasons (another campaign, a duplicate, a peer outlier) that have no cell.
 */
export function feedbackContent(
  report: FileReport,
  problems: readonly FileProblem[],
  returnedBy: string,
  dateIso: string,
): FeedbackContent {
  const vi = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t("vi", key, params);
  const located = new Set(problems.map((p) => p.id));
  const lines: FeedbackLine[] = problems.map((p) => ({
    severity: p.severity,
    sheet: p.sheet,
    address: p.address,
    text: render("vi", p.message),
  }));
  const severity = report.status === "rejected" ? "error" : "warning";
  for (const reason of report.reasons) {
    if (HEADINGS.has(reason.key) || located.has(reason.code)) continue;
    lines.push({ severity, sheet: null, address: null, text: render("vi", reason) });
  }
  const unit = [report.unitName, report.unitCode ? `(${report.unitCode})` : ""].filter(Boolean).join(" ");
  return {
    sheetName: vi("loop.feedback.sheet"),
    title: vi("loop.feedback.title"),
    header: [
      [vi("loop.feedback.unit"), unit],
      [vi("loop.feedback.file"), report.name],
      [vi("loop.feedback.verdict"), vi(FILE_STATUS_KEYS[report.status])],
      [vi("loop.feedback.returnedBy"), returnedBy],
      [vi("loop.feedback.date"), displayDate(dateIso)],
    ],
    howTo: problems.some((p) => p.address) ? vi("loop.feedback.howTo") : vi("loop.feedback.noCells"),
    columns: [vi("loop.feedback.col.number"), vi("loop.feedback.col.severity"), vi("loop.feedback.col.cell"), vi("loop.feedback.col.text")],
    lines,
  };
}

export const severityText = (severity: "error" | "warning"): string =>
  t("vi", severity === "error" ? "loop.feedback.error" : "loop.feedback.warning");

/** The returned file's name: the unit's own name with a prefix, so the unit recognises it among its files. */
export function returnedFileName(name: string): string {
  // Written back as .xlsx: an .xlsm's macros are not kept, and Excel refuses an .xlsm name on a file without them.
  const base = (name.split(/[\\/]/).pop() ?? name).replace(/\.xlsm$/i, ".xlsx");
  return t("vi", "loop.feedback.fileName", { name: base });
}

/**
 * The name each returned file gets, by report index: two units' files of the same name (from two
 * folders) both come back, the second as "tra-lai-x (2).xlsx". Files whose unit is unknown (unreadable) get none.
 */
export function returnedNames(reports: readonly FileReport[], unreadable: (report: FileReport) => boolean): Map<number, string> {
  const names = new Map<number, string>();
  const taken = new Set<string>();
  for (const report of reports) {
    if (!isReturned(report) || unreadable(report)) continue;
    const plain = returnedFileName(report.name);
    let name = plain;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = plain.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    taken.add(name.toLowerCase());
    names.set(report.index, name);
  }
  return names;
}
