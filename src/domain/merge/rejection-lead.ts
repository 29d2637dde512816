/**
 * What a merge that rejected most of its files says before anything else: how many, and the main
 * reasons with how many files each (the first reason of each rejected file, grouped by its code).
 */
import { t, type Lang } from "../i18n/strings";
import { render } from "../i18n/message";
import type { FileReport } from "./types";

/** How many of the main reasons are named; each is cut to this many characters. */
const REASONS_SHOWN = 2;
const REASON_CHARS = 160;

/** Null unless at least half the files were rejected. */
export function rejectionLead(lang: Lang, files: readonly FileReport[]): string | null {
  const rejected = files.filter((f) => f.status === "rejected");
  if (rejected.length === 0 || rejected.length * 2 < files.length) return null;
  const groups = new Map<string, { count: number; example: FileReport }>();
  for (const f of rejected) {
    const code = f.reasons[0]?.code ?? "";
    const group = groups.get(code);
    if (group) group.count++;
    else groups.set(code, { count: 1, example: f });
  }
  const main = [...groups.values()].sort((a, b) => b.count - a.count).slice(0, REASONS_SHOWN);
  const reasons = main
    .map(({ count, example }) => {
      const text = example.reasons[0] ? render(lang, example.reasons[0]) : "";
      return t(lang, "merge.lead.reason", { count, reason: text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS - 1)}…` : text });
    })
    .join("; ");
  return t(lang, "merge.lead.rejected", { rejected: rejected.length, files: files.length, reasons });
}
