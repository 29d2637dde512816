/**
 * "Tình trạng nộp báo cáo": what happened to every file given and to every unit on the roster, the
 * copies that were not counted and why, and the self-audit line. In Vietnamese, like the workbook.
 * Every text that came from a submission (file names, unit names) is a literal value.
 */
import { LEVELS, type Level } from "../definition/schema";
import { levelLabel, type LevelNames } from "../definition/levels";
import type { RowsPlan, SheetPlan, StyleName } from "../layout/plan";
import { sheetCursor } from "../layout/sheet-cursor";
import type { FigureKey } from "../submission";
import { t, type StringKey } from "../i18n/strings";
import { displayDate } from "../dates";
import { render, keyed } from "../i18n/message";
import { outlierGroups } from "./consolidate";
import type { MergeResult } from "./merge";
import type { RosterLine } from "./roster";
import type { FileStatus } from "./types";
import { countingNote } from "./register-count";

export const statusSheetName = (): string => t("vi", "merge.sheet.status");

const WIDTH = 10;
/** Outliers named per indicator; the others are counted. */
const OUTLIERS_NAMED = 5;
const vi = (key: StringKey, params: Readonly<Record<string, string | number>> = {}) => t("vi", key, params);

export const FILE_STATUS_KEYS: Readonly<Record<FileStatus, StringKey>> = {
  accepted: "merge.status.accepted",
  warnings: "merge.status.warnings",
  rejected: "merge.status.rejected",
};

export const ROSTER_STATE_KEYS = {
  submitted: "merge.roster.submitted",
  late: "merge.roster.late",
  missing: "merge.roster.missing",
  unclear: "merge.roster.unclear",
} as const;

/** A level as the campaign's forms name it (a 2012 review says "LĐLĐ huyện, thị xã"). */
const levelText = (level: Level | null, names: LevelNames | undefined): string => (level ? levelLabel(level, names).vi : "");

/** The notes column of a roster line: how it arrived, and anything else the officer must know. */
export function rosterNotes(line: RosterLine, lang: "vi" | "en" = "vi"): string {
  const notes: string[] = [];
  if (line.via) notes.push(t(lang, "merge.roster.note.via", { via: line.via }));
  if (line.received)
    notes.push(
      t(lang, line.received.from === "roster" ? "uf.received.roster" : "uf.received.file", { date: displayDate(line.received.date) }),
    );
  if (line.state === "late" && line.deadline) notes.push(t(lang, "merge.roster.note.late", { deadline: displayDate(line.deadline) }));
  if (line.duplicate) notes.push(t(lang, "merge.roster.duplicate.flag"));
  if (line.doubleCounted) notes.push(t(lang, "merge.roster.doubleCounted.flag"));
  if (line.rejectedFile) notes.push(t(lang, "merge.roster.note.rejected", { file: line.rejectedFile }));
  if (line.candidates.length > 0) notes.push(t(lang, "merge.roster.note.candidates", { list: line.candidates.join("; ") }));
  if (line.hint) notes.push(t(lang, "merge.roster.note.hint", { code: line.hint.code, name: line.hint.name, file: line.hint.fileName }));
  return notes.join("; ");
}

const COLUMN_WIDTHS = [6, 30, 16, 32, 20, 16, 12, 18, 12, 70];
/** The roster table's columns: No., code, name, level, state (bold), date, deadline, file, notes. */
const ROSTER_ROW_STYLES: readonly StyleName[] = ["tt", "cell", "cell", "cell", "textBold", "cell", "cell", "cell", "cell"];

/** `labelOf` names a figure for a person ("Số đoàn viên nữ"), never by its key. */
export function statusSheet(result: MergeResult, auditLine: string, labelOf: (key: FigureKey) => string): SheetPlan {
  // Table cells are bordered and wrapped, so long unit names and reasons stay readable on screen and on paper.
  const sheet = sheetCursor(WIDTH);
  const { put, line, next } = sheet;
  let rosterRows: RowsPlan | undefined;
  const header = (labels: readonly StringKey[]) => sheet.header(labels.map((key) => vi(key)));

  line(vi("merge.status.title"), "title");
  line(vi("merge.sheet.subtitle", { campaign: result.campaign.title.vi, unit: result.mergingUnit.name }), "subtitle");
  line(auditLine, "textBold");
  line(vi(result.acceptErrors ? "merge.status.policyAcceptErrors" : "merge.status.policy"), "paragraph");
  line(countingNote(result.counting), "paragraph");
  next();

  // Summary: label in A–B, number in C. A part of the line above (the files accepted without warnings, with
  // warnings, refused: together the files chosen; the late among the submitted) is set in from B.
  const s = result.summary;
  const summary: [StringKey, number, "part"?][] = [
    ["merge.summary.files", s.files],
    ["merge.summary.accepted", s.accepted, "part"],
    ["merge.summary.warnings", s.warnings, "part"],
    ["merge.summary.rejected", s.rejected, "part"],
    ["merge.summary.units", s.units],
    ["merge.summary.duplicates", s.duplicates],
    ["merge.summary.doubleCounted", s.doubleCounted],
  ];
  const r = result.roster;
  if (r) {
    summary.push(
      ["merge.summary.expected", r.counts.expected],
      ["merge.summary.submitted", r.counts.submitted],
      ["merge.summary.late", r.counts.late, "part"],
      ["merge.summary.missing", r.counts.missing],
      ["merge.summary.unexpected", r.counts.unexpected],
    );
  }
  line(vi("merge.status.summary"), "textBold");
  for (const [key, n, part] of summary) {
    if (part) put(2, vi(key), "text");
    else {
      put(1, vi(key), "text");
      sheet.merge(1, 2);
    }
    put(3, n, "computedInteger");
    next();
  }
  next();

  // Completeness by level, with a bar drawn by REPT so it shows in any spreadsheet (no chart support needed).
  if (r) {
    line(vi("merge.status.byLevel"), "textBold");
    header(["merge.col.level", "merge.col.expected", "merge.col.submitted", "merge.col.percent", "merge.col.bar"]);
    const levels: (Level | null)[] = [...LEVELS, null];
    for (const level of levels) {
      const lines = r.lines.filter((l) => (l.unit.level ?? null) === level);
      if (lines.length === 0) continue;
      const done = lines.filter((l) => l.state !== "missing").length;
      put(1, level ? levelText(level, result.campaign.levelNames) : vi("merge.level.unknown"));
      put(2, lines.length, "computedInteger");
      put(3, done, "computedInteger");
      sheet.cell(4, {
        formula: `IF(${sheet.at(2)}=0,"",${sheet.at(3)}/${sheet.at(2)})`,
        value: done / lines.length,
        style: "computedPercent",
      });
      sheet.cell(5, {
        formula: `REPT("█",ROUND(20*${sheet.at(3)}/MAX(1,${sheet.at(2)}),0))`,
        value: "█".repeat(Math.round((20 * done) / lines.length)),
        style: "text",
      });
      next();
    }
    next();
  }

  line(vi("merge.status.files"), "textBold");
  header([
    "merge.col.no",
    "merge.col.file",
    "merge.col.unitCode",
    "merge.col.unitName",
    "merge.col.level",
    "merge.col.kind",
    "merge.col.date",
    "merge.col.status",
    "merge.col.unitsCounted",
    "merge.col.reason",
  ]);
  result.files.forEach((f, i) => {
    put(1, i + 1, "tt");
    put(2, f.name);
    put(3, f.unitCode ?? "");
    put(4, f.unitName ?? "");
    put(5, levelText(f.level, result.campaign.levelNames));
    put(6, f.kind ? vi(f.kind === "consolidated" ? "merge.kind.consolidated" : "merge.kind.submission") : "");
    put(7, displayDate(f.datePrepared));
    put(8, vi(FILE_STATUS_KEYS[f.status]), "textBold");
    put(9, f.unitsCounted, "computedInteger");
    put(10, f.reasons.map((m) => render("vi", m)).join("\n"));
    next();
  });
  next();

  if (r) {
    line(vi("merge.status.roster"), "textBold");
    header([
      "merge.col.no",
      "merge.col.unitCode",
      "merge.col.unitName",
      "merge.col.level",
      "merge.col.state",
      "merge.col.date",
      "merge.col.deadline",
      "merge.col.file",
      "merge.col.notes",
    ]);
    // One row per roster line, drawn when written (a rows plan, like the register): a roster of 100,000 lines is never held as cells.
    const lines = r.lines;
    const names = result.campaign.levelNames;
    rosterRows = {
      firstRow: sheet.row,
      count: lines.length,
      styles: ROSTER_ROW_STYLES,
      row: (i) => {
        const l = lines[i]!;
        return [
          i + 1,
          l.unit.code,
          l.unit.name,
          levelText(l.unit.level, names),
          vi(ROSTER_STATE_KEYS[l.state]),
          displayDate(l.datePrepared),
          displayDate(l.deadline),
          l.fileName ?? "",
          rosterNotes(l),
        ];
      },
    };
    next(lines.length);
    r.unexpected.forEach((u, i) => {
      put(1, r.lines.length + i + 1, "tt");
      put(2, u.code);
      put(3, u.name);
      put(5, vi("merge.roster.unexpected"), "textBold");
      put(8, u.fileName);
      put(9, u.hint ? vi("merge.roster.note.hintRoster", { code: u.hint.code, name: u.hint.name }) : "");
      next();
    });
    for (const w of result.rosterWarnings) line(render("vi", w), "paragraph");
    next();
  }

  if (result.dropped.length > 0) {
    line(vi("merge.status.dropped"), "textBold");
    header([
      "merge.col.no",
      "merge.col.unitCode",
      "merge.col.unitName",
      "merge.col.dropKind",
      "merge.col.droppedCopy",
      "merge.col.keptCopy",
      "merge.col.rule",
    ]);
    const copy = (c: { fileName: string; via: string | null; datePrepared: string | null }) =>
      [c.fileName, c.via ? vi("merge.copy.via", { via: c.via }) : "", c.datePrepared ? displayDate(c.datePrepared) : ""]
        .filter(Boolean)
        .join(" · ");
    result.dropped.forEach((d, i) => {
      put(1, i + 1, "tt");
      put(2, d.code);
      put(3, d.name);
      put(4, vi(d.kind === "duplicate" ? "merge.roster.duplicate.flag" : "merge.roster.doubleCounted.flag"));
      put(5, copy(d.dropped));
      put(6, copy(d.kept));
      put(7, vi(d.rule === "laterDate" ? "merge.rule.laterDate" : d.rule === "content" ? "merge.rule.content" : "merge.rule.fileName"));
      next();
    });
    next();
  }

  if (result.outliers.length > 0) {
    line(vi("merge.status.outliers", { factor: result.campaign.plausibility.peerFactor }), "textBold");
    // Grouped by indicator, the most extreme first, a few named each: a national merge may flag thousands.
    for (const group of outlierGroups(result.outliers)) {
      line(vi("merge.outlier.group", { figure: labelOf(group.key), count: group.outliers.length }), "text");
      for (const o of group.outliers.slice(0, OUTLIERS_NAMED))
        line(
          render(
            "vi",
            keyed("merge.outlier.line", { code: o.code, name: o.name, figure: labelOf(o.key), value: o.value, median: o.median }),
          ),
          "paragraph",
        );
      if (group.outliers.length > OUTLIERS_NAMED)
        line(vi("merge.outlier.more", { count: group.outliers.length - OUTLIERS_NAMED }), "small");
    }
  }

  return sheet.plan({
    name: statusSheetName(),
    role: "status",
    columnWidths: COLUMN_WIDTHS,
    freeze: { rows: 3, columns: 0 },
    ...(rosterRows ? { rows: rosterRows } : {}),
  });
}
