/**
 * The chase list: one line per unit the officer must still call — not submitted, late, refused (and
 * why), sent but unreadable, accepted with something to review — and the short summary pasted into the
 * report. A file that could not be read names no unit; it is matched to the roster by its file name
 * ("LDLD-MC-CDCS03.pdf", "bao cao cty Muong Cha.xls"), so the unit shows as "sent, unreadable", not as missing.
 * Pure: the CLI writes it as CSV (csv.ts), the page shows it as text.
 */
import { asciiFold } from "../ascii-fold";
import type { Definition } from "../definition/catalog";
import { displayDate } from "../dates";
import { render } from "../i18n/message";
import { t, type StringKey } from "../i18n/strings";
import type { FigureKey } from "../submission";
import { figureName } from "./messages";
import type { MergeResult } from "./merge";
import type { RosterUnit } from "./roster";
import { ROSTER_STATE_KEYS } from "./status-sheet";
import type { FileReport } from "./types";
import { isSuperseded } from "./feedback";

export type ChaseState = "missing" | "late" | "refused" | "unreadable" | "warnings" | "unclear";

export interface ChaseLine {
  readonly code: string;
  readonly name: string;
  readonly state: ChaseState;
  readonly file: string;
  /** Vietnamese: why, and what to do. */
  readonly why: string;
}

const STATE_KEYS: Readonly<Record<ChaseState, StringKey>> = {
  missing: "loop.chase.missing",
  late: "loop.chase.late",
  refused: "loop.chase.refused",
  unreadable: "loop.chase.unreadable",
  warnings: "loop.chase.warnings",
  unclear: ROSTER_STATE_KEYS.unclear,
};

export const chaseStateText = (state: ChaseState): string => t("vi", STATE_KEYS[state]);

/** Words of letters and digits, marks dropped, lower case: "Báo cáo CĐCS-03 (1).xls" → ["bao", "cao", "cdcs", "03", "1", "xls"]. */
const words = (text: string): string[] =>
  asciiFold(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Whether `wanted` appears in `words` as consecutive whole words, or written together as one ("CDCS03"). */
function names(all: readonly string[], wanted: readonly string[]): boolean {
  if (wanted.length === 0) return false;
  const joined = wanted.join("");
  if (all.includes(joined)) return true;
  for (let i = 0; i + wanted.length <= all.length; i++) if (wanted.every((w, j) => all[i + j] === w)) return true;
  return false;
}

/** A file nobody could read: no unit code came out of it. */
export const isUnreadable = (report: FileReport): boolean => report.status === "rejected" && report.unitCode === null;

/**
 * The roster unit a file name names: by its code (at least 3 letters or digits, the longest that fits),
 * else by its whole name, as whole words: "CDCS-01 (1).pdf" is CDCS-01, not CDCS-011. Null when no
 * unit or more than one fits equally: a guess is never presented as a match.
 */
export function unitOfFileName(fileName: string, units: readonly RosterUnit[]): RosterUnit | null {
  const stem = words(fileName.replace(/\.[^.]*$/, ""));
  const best = (score: (u: RosterUnit) => number): RosterUnit | null => {
    let top = 0;
    let found: RosterUnit[] = [];
    for (const u of units) {
      const s = score(u);
      if (s > top) [top, found] = [s, [u]];
      else if (s === top && s > 0) found.push(u);
    }
    return found.length === 1 ? found[0] : null;
  };
  const byCode = best((u) => {
    const code = words(u.code);
    const length = code.join("").length;
    return length >= 3 && names(stem, code) ? length : 0;
  });
  return (
    byCode ??
    best((u) => {
      const name = words(u.name);
      const length = name.join("").length;
      return length >= 4 && names(stem, name) ? length : 0;
    })
  );
}

/** The reasons, without the refusal's heading: the state column says "Bị từ chối", and the heading's --accept-errors hint is for the officer's merge, not for the unit. */
const reasonsText = (report: FileReport): string =>
  report.reasons
    .filter((r) => r.key !== "merge.reject.errors")
    .map((r) => render("vi", r))
    .join(" ");

/**
 * One line per unit to chase, in roster order, then the files that belong to no roster line.
 * `returned` names the file returned to a unit (merge --feedback) by the report's index.
 */
export function chaseList(result: Pick<MergeResult, "files" | "roster">, returned: ReadonlyMap<number, string> = new Map()): ChaseLine[] {
  const lines: ChaseLine[] = [];
  const byName = new Map<string, FileReport>();
  for (const f of result.files) byName.set(f.name, f);
  const used = new Set<number>();
  const unreadable = result.files.filter(isUnreadable);
  const roster = result.roster;
  const unreadableOf = new Map<string, FileReport>();
  if (roster) {
    const missingUnits = roster.lines.filter((l) => l.state === "missing").map((l) => l.unit);
    for (const f of unreadable) {
      const unit = unitOfFileName(f.name, missingUnits);
      if (unit && !unreadableOf.has(unit.key)) unreadableOf.set(unit.key, f);
    }
  }
  const withReturn = (why: string, report: FileReport): string => {
    const file = returned.get(report.index);
    return file ? `${why} ${t("vi", "loop.chase.returned", { file })}`.trim() : why;
  };
  for (const line of roster?.lines ?? []) {
    const { code, name } = line.unit;
    if (line.state === "missing") {
      const broken = unreadableOf.get(line.unit.key);
      const refused = line.rejectedFile ? byName.get(line.rejectedFile) : undefined;
      if (broken) {
        used.add(broken.index);
        lines.push({ code, name, state: "unreadable", file: broken.name, why: reasonsText(broken) });
      } else if (refused) {
        used.add(refused.index);
        lines.push({ code, name, state: "refused", file: refused.name, why: withReturn(reasonsText(refused), refused) });
      } else lines.push({ code, name, state: "missing", file: "", why: "" });
    } else if (line.state === "late") {
      const why = line.deadline
        ? t("vi", "loop.chase.lateWhy", { date: displayDate(line.datePrepared), deadline: displayDate(line.deadline) })
        : "";
      lines.push({ code, name, state: "late", file: line.fileName ?? "", why });
    } else if (line.state === "unclear") {
      lines.push({ code, name, state: "unclear", file: "", why: line.candidates.join("; ") });
    }
  }
  // Files not on a roster line above: refused or unreadable files of no listed unit, and every file to review.
  for (const f of result.files) {
    if (used.has(f.index) || f.status === "accepted" || isSuperseded(f)) continue;
    if (f.status === "warnings")
      lines.push({ code: f.unitCode ?? "", name: f.unitName ?? "", state: "warnings", file: f.name, why: withReturn(reasonsText(f), f) });
    else if (isUnreadable(f))
      lines.push({ code: "", name: t("vi", "loop.chase.unreadableUnknown"), state: "unreadable", file: f.name, why: reasonsText(f) });
    else lines.push({ code: f.unitCode ?? "", name: f.unitName ?? "", state: "refused", file: f.name, why: withReturn(reasonsText(f), f) });
  }
  return lines;
}

/** The chase list as table rows, header first (CSV, the page's copy). */
export function chaseRows(lines: readonly ChaseLine[]): string[][] {
  const header = (
    [
      "loop.chase.header.code",
      "loop.chase.header.name",
      "loop.chase.header.state",
      "loop.chase.header.file",
      "loop.chase.header.why",
    ] as const
  ).map((k) => t("vi", k));
  return [header, ...lines.map((l) => [l.code, l.name, chaseStateText(l.state), l.file, l.why])];
}

/** Figures the summary quotes: the first summed figures of the definition that have a total. */
const MAIN_FIGURES = 6;

/** The few lines pasted into the officer's report: units, submitted, late, missing, refused, the main totals. */
export function reportSummary(catalog: Definition, result: Pick<MergeResult, "files" | "roster" | "keys" | "figures" | "summary">): string {
  const out: string[] = [];
  if (result.roster) {
    const c = result.roster.counts;
    // Every unit the roster still counts as missing: never sent, refused, or sent unreadable.
    const missing = result.roster.lines.filter((l) => l.state === "missing").map((l) => l.unit);
    const names = missing.length > 0 && missing.length <= 10 ? ` (${missing.map((u) => u.name || u.code).join(", ")})` : "";
    out.push(t("vi", "loop.summary.units", { count: c.expected }));
    out.push(t("vi", "loop.summary.submitted", { count: c.submitted, late: c.late })); // submitted counts the late ones
    out.push(t("vi", "loop.summary.missing", { count: c.missing, names }));
  } else out.push(t("vi", "loop.summary.noRoster"));
  out.push(t("vi", "loop.summary.files", { files: result.files.length, accepted: result.summary.accepted + result.summary.warnings }));
  const refused = result.files.filter((f) => f.status === "rejected" && !isUnreadable(f) && !isSuperseded(f)).length;
  if (refused > 0) out.push(t("vi", "loop.summary.refused", { count: refused }));
  const unreadable = result.files.filter(isUnreadable).length;
  if (unreadable > 0) out.push(t("vi", "loop.summary.unreadable", { count: unreadable }));
  const main = result.keys.filter((k: FigureKey) => typeof result.figures.get(k) === "number").slice(0, MAIN_FIGURES);
  if (main.length > 0) {
    out.push(t("vi", "loop.summary.totals"));
    for (const key of main)
      out.push(t("vi", "loop.summary.total", { label: figureName(catalog, key).vi, value: result.figures.get(key)! }));
  }
  return out.join("\n");
}
