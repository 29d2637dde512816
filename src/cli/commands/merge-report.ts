/** The merge's report on the command line: a summary, one line per file, the roster; or the same as JSON. */
import { t, type Lang } from "../strings";
import {
  auditLine,
  breakdownSheetName,
  displayDate,
  render,
  rosterNotes,
  rosterUnitLabel,
  FILE_STATUS_KEYS,
  ROSTER_STATE_KEYS,
  type FileReport,
} from "../../domain/merge";
import type { MergeOutcome } from "../../app/merge";

function fileLine(lang: Lang, f: FileReport): string {
  const unit = f.unitCode ? ` [${f.unitCode}${f.unitName ? ` – ${f.unitName}` : ""}]` : "";
  const head = `  ${t(lang, FILE_STATUS_KEYS[f.status]).padEnd(lang === "vi" ? 24 : 24)} ${f.name}${unit}`;
  return [head, ...f.reasons.map((r) => `      - ${render(lang, r)}`)].join("\n");
}

export function textReport(lang: Lang, outcome: MergeOutcome, out: string | null): string {
  const lines: string[] = [];
  const files = outcome.ok ? outcome.result.files : outcome.files;
  if (outcome.ok) {
    const s = outcome.result.summary;
    lines.push(
      t(lang, "merge.cli.summary", {
        files: s.files,
        accepted: s.accepted,
        warnings: s.warnings,
        rejected: s.rejected,
        units: s.units,
        duplicates: s.duplicates,
        doubleCounted: s.doubleCounted,
      }),
    );
    const r = outcome.result.roster;
    if (r) lines.push(t(lang, "merge.cli.rosterSummary", { ...r.counts }));
    lines.push(auditLine(lang, outcome.audit, outcome.result.files));
    // Each unit's warnings are in its register row, never one line per unit: 136,000 units would bury the rest.
    const warned = outcome.result.leaves.reduce((n, leaf) => n + (leaf.warnings === "" ? 0 : 1), 0);
    if (warned > 0) lines.push(t(lang, "merge.cli.unitWarnings", { count: warned, sheet: breakdownSheetName() }));
  } else {
    lines.push(render(lang, outcome.error));
  }
  lines.push("", t(lang, "merge.cli.filesHeading"), ...files.map((f) => fileLine(lang, f)));
  if (outcome.ok && outcome.result.roster) {
    lines.push("", t(lang, "merge.cli.rosterHeading"));
    for (const l of outcome.result.roster.lines) {
      const notes = rosterNotes(l, lang);
      lines.push(
        `  ${t(lang, ROSTER_STATE_KEYS[l.state]).padEnd(12)} ${rosterUnitLabel(l.unit)}${l.datePrepared ? ` (${displayDate(l.datePrepared)})` : ""}${notes ? ` · ${notes}` : ""}`,
      );
    }
    for (const u of outcome.result.roster.unexpected)
      lines.push(`  ${t(lang, "merge.roster.unexpected").padEnd(12)} ${u.code} – ${u.name} (${u.fileName})`);
  }
  if (out) lines.push("", t(lang, "merge.cli.written", { file: out }));
  return `${lines.join("\n")}\n`;
}

/** Plain JSON: messages rendered in the chosen language (reasons with their codes alongside: "reader.zip-corrupt", a check issue's id, else the message key), figures as [key, value] pairs. */
export function jsonReport(lang: Lang, outcome: MergeOutcome, out: string | null, skipped: readonly string[] = []): string {
  const files = (outcome.ok ? outcome.result.files : outcome.files).map((f) => ({
    ...f,
    statusText: t(lang, FILE_STATUS_KEYS[f.status]),
    reasons: f.reasons.map((r) => render(lang, r)),
    reasonCodes: f.reasons.map((r) => r.code),
  }));
  if (!outcome.ok)
    return `${JSON.stringify({ ok: false, cancelled: outcome.cancelled, reason: render(lang, outcome.error), files, skipped, ...(outcome.measures ? { measures: outcome.measures } : {}) }, null, 2)}\n`;
  const r = outcome.result;
  return `${JSON.stringify(
    {
      ok: true,
      out,
      campaign: r.campaign.id,
      measure: outcome.measure,
      /** Hidden files, Excel's ~$ lock files and non-regular files of the folders given: listed, never read. */
      skipped,
      mergingUnit: r.mergingUnit,
      summary: r.summary,
      audit: { ...outcome.audit, line: auditLine(lang, outcome.audit, r.files) },
      files,
      units: r.leaves.map((l) => ({
        code: l.code,
        name: l.name,
        level: l.level,
        via: l.via,
        datePrepared: l.datePrepared,
        file: l.fileName,
        warnings: l.warnings,
      })),
      dropped: r.dropped,
      roster: r.roster
        ? {
            counts: r.roster.counts,
            lines: r.roster.lines.map((l) => ({
              code: l.unit.code,
              name: l.unit.name,
              state: l.state,
              duplicate: l.duplicate,
              doubleCounted: l.doubleCounted,
              file: l.fileName,
              via: l.via,
              datePrepared: l.datePrepared,
              deadline: l.deadline,
              notes: rosterNotes(l, lang),
            })),
            unexpected: r.roster.unexpected,
          }
        : null,
      figures: [...r.figures.entries()],
      counts: [...r.counts.entries()],
      outliers: r.outliers,
    },
    null,
    2,
  )}\n`;
}
