/**
 * What a merge gave: counts, the self-audit, every file as a card (file, unit, verdict, reasons), the
 * roster and two charts. Cards, not a table: at task-pane width (350 px) a four-column table breaks
 * unit names one word per line; a card reads top to bottom at any width. Every text from files is
 * React text (never HTML).
 */
import { useState, type Ref } from "react";
import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { LEVELS, type Level } from "../../domain/definition/schema";
import { levelLabel } from "../../domain/definition/levels";
import {
  auditLine,
  rejectionLead,
  figureAt,
  render,
  rosterNotes,
  rosterUnitLabel,
  FILE_STATUS_KEYS,
  ROSTER_STATE_KEYS,
  type FileReport,
  type FileStatus,
  type MergeResult,
  type Audit,
  type RosterState,
} from "../../domain/merge";
import type { FigureKey } from "../../domain/submission";
import { formatNumber } from "../../domain/i18n/strings";
import { useI18n } from "../i18n";
import { BarChart, type Bar } from "./BarChart";
import { isSuperseded } from "../../domain/merge/feedback";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  summaryHeading: { margin: 0, ...typographyStyles.subtitle2 },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  cards: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 22em), 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  cardHead: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  fileName: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  unit: { color: tokens.colorNeutralForeground2 },
  // Long statuses wrap inside the pill instead of running out of it.
  badge: { flexShrink: 0, height: "auto", minHeight: "20px", maxWidth: "60%", whiteSpace: "normal", textAlign: "center" },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  more: { alignSelf: "flex-start" },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

// Filled badges: dark text on a saturated colour, readable in light, dark and high-contrast themes (tint yellow is not).
const BADGE: Readonly<Record<FileStatus, "success" | "warning" | "danger">> = {
  accepted: "success",
  warnings: "warning",
  rejected: "danger",
};
const ROSTER_BADGE: Readonly<Record<RosterState, "success" | "warning" | "danger" | "informative">> = {
  submitted: "success",
  late: "warning",
  missing: "danger",
  unclear: "informative",
};
const MAX_BARS = 15;
/** Reasons shown before "Xem thêm": a card stays short, the rest is one click away. */
const REASONS_SHOWN = 3;

function FileCard({ file }: { readonly file: FileReport }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const reasons = open ? file.reasons : file.reasons.slice(0, REASONS_SHOWN);
  const hidden = file.reasons.length - reasons.length;
  // A duplicate's older copy is not a refusal: the later copy was counted.
  const superseded = file.reasons.some((r) => r.key === "merge.file.duplicateOf") && isSuperseded(file);
  return (
    <li className={styles.card} data-file={file.name}>
      <div className={styles.cardHead}>
        <span className={styles.fileName}>{file.name}</span>
        <Badge appearance="filled" color={superseded ? "informative" : BADGE[file.status]} className={styles.badge}>
          {t(superseded ? "loop.file.superseded" : FILE_STATUS_KEYS[file.status])}
        </Badge>
      </div>
      {file.unitCode && <span className={styles.unit}>{`${file.unitCode}${file.unitName ? ` – ${file.unitName}` : ""}`}</span>}
      {reasons.length > 0 && (
        <ul className={styles.reasons}>
          {reasons.map((m, i) => (
            <li key={i}>{render(lang, m)}</li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <Button size="small" appearance="transparent" className={styles.more} onClick={() => setOpen(true)}>
          {t("merge.view.moreReasons", { count: hidden })}
        </Button>
      )}
    </li>
  );
}

export function MergeResults({
  result,
  audit,
  headingRef,
}: {
  readonly result: MergeResult;
  readonly audit: Audit;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const s = result.summary;
  const r = result.roster;

  const completeness: Bar[] = r
    ? [...LEVELS, null].flatMap((level: Level | null) => {
        const lines = r.lines.filter((l) => (l.unit.level ?? null) === level);
        if (lines.length === 0) return [];
        const done = lines.filter((l) => l.state === "submitted" || l.state === "late").length;
        return [
          {
            label: level ? levelLabel(level, result.campaign.levelNames)[lang] : t("merge.level.unknown"),
            value: done,
            max: lines.length,
            text: `${done}/${lines.length}`,
          },
        ];
      })
    : [];
  const membersAt = ["DV_TONG@value", "DV_TONG@end"].map((key) => result.keys.indexOf(key as FigureKey)).filter((i) => i >= 0);
  const members = result.leaves
    .map((l) => ({ label: l.name || l.code, value: membersAt.map((i) => figureAt(l.figures, i)).find((v) => v !== null) ?? null }))
    .filter((b): b is { label: string; value: number } => b.value !== null)
    .sort((a, b) => b.value - a.value);

  return (
    <div className={styles.section} data-testid="merge-results">
      {/* Focused when a run ends, so a keyboard or screen-reader user lands on what happened. */}
      <h3 className={styles.summaryHeading} tabIndex={-1} ref={headingRef} data-testid="merge-results-heading">
        {t("merge.view.summaryHeading")}
      </h3>
      <Body1 as="p">{t("merge.view.campaignUsed", { title: result.campaign.title[lang] })}</Body1>
      <ul className={styles.counts} data-testid="merge-summary">
        {/* The files chosen, and the three parts they add up to. */}
        <li data-testid="merge-summary-files">
          {t("merge.summary.files")}: {s.files} (
          {[
            `${t("merge.summary.accepted")}: ${s.accepted}`,
            `${t("merge.summary.warnings")}: ${s.warnings}`,
            `${t("merge.summary.rejected")}: ${s.rejected}`,
          ].join(" · ")}
          )
        </li>
        <li>
          {t("merge.summary.units")}: {s.units}
        </li>
        <li>
          {t("merge.summary.duplicates")}: {s.duplicates}
        </li>
        <li>
          {t("merge.summary.doubleCounted")}: {s.doubleCounted}
        </li>
        {r && (
          <>
            <li>
              {t("merge.summary.expected")}: {r.counts.expected}
            </li>
            <li>
              {t("merge.summary.submitted")}: {r.counts.submitted}
            </li>
            <li>
              {t("merge.summary.late")}: {r.counts.late}
            </li>
            <li>
              {t("merge.summary.missing")}: {r.counts.missing}
            </li>
            {r.counts.unclear > 0 && (
              <li>
                {t("merge.summary.unclear")}: {r.counts.unclear}
              </li>
            )}
            <li>
              {t("merge.summary.unexpected")}: {r.counts.unexpected}
            </li>
          </>
        )}
      </ul>
      {r && (
        <Caption1 data-testid="merge-roster-sum">
          {t("loop.view.rosterSum", {
            submitted: r.counts.submitted,
            missing: r.counts.missing,
            unclear: r.counts.unclear > 0 ? t("loop.view.rosterUnclear", { count: r.counts.unclear }) : "",
            expected: r.counts.expected,
            unexpected: r.counts.unexpected,
          })}
        </Caption1>
      )}
      {(s.duplicates > 0 || s.doubleCounted > 0) && <Caption1>{t("loop.view.doubleCountedHint")}</Caption1>}
      <Body1
        as="p"
        className={audit.passed && !rejectionLead(lang, result.files) ? styles.passed : styles.failed}
        data-testid="merge-audit"
      >
        {auditLine(lang, audit, result.files)}
      </Body1>

      <Subtitle2 as="h3" className={styles.heading} id="merge-files-heading">
        {t("merge.view.filesHeading")}
      </Subtitle2>
      <ul className={styles.cards} aria-labelledby="merge-files-heading" data-testid="merge-files">
        {result.files.map((f) => (
          <FileCard key={f.index} file={f} />
        ))}
      </ul>

      {r && (
        <>
          <Subtitle2 as="h3" className={styles.heading} id="merge-roster-heading">
            {t("merge.view.rosterHeading")}
          </Subtitle2>
          <ul className={styles.cards} aria-labelledby="merge-roster-heading" data-testid="merge-roster">
            {r.lines.map((l) => {
              const notes = rosterNotes(l, lang);
              return (
                <li key={l.unit.key} className={styles.card}>
                  <div className={styles.cardHead}>
                    <span className={styles.fileName}>{rosterUnitLabel(l.unit)}</span>
                    <Badge appearance="filled" color={ROSTER_BADGE[l.state]} className={styles.badge}>
                      {t(ROSTER_STATE_KEYS[l.state])}
                    </Badge>
                  </div>
                  {l.fileName && <span className={styles.unit}>{l.fileName}</span>}
                  {notes && <span>{notes}</span>}
                </li>
              );
            })}
            {r.unexpected.map((u) => (
              <li key={`x-${u.code}-${u.fileName}`} className={styles.card}>
                <div className={styles.cardHead}>
                  <span className={styles.fileName}>{`${u.code} – ${u.name}`}</span>
                  <Badge appearance="filled" color="informative" className={styles.badge}>
                    {t("merge.roster.unexpected")}
                  </Badge>
                </div>
                <span className={styles.unit}>{u.fileName}</span>
              </li>
            ))}
          </ul>
          {result.rosterWarnings.length > 0 && (
            <ul className={styles.reasons}>
              {result.rosterWarnings.map((w, i) => (
                <li key={i}>{render(lang, w)}</li>
              ))}
            </ul>
          )}
        </>
      )}

      {(completeness.length > 0 || members.length > 0) && (
        <Subtitle2 as="h3" className={styles.heading}>
          {t("merge.view.chartsHeading")}
        </Subtitle2>
      )}
      {completeness.length > 0 && <BarChart title={t("merge.view.chart.completeness")} bars={completeness} />}
      {members.length > 0 && (
        <BarChart
          title={t("merge.view.chart.members")}
          bars={members.slice(0, MAX_BARS).map((m) => ({ ...m, text: formatNumber(lang, m.value) }))}
          note={members.length > MAX_BARS ? t("merge.view.chart.more", { count: members.length - MAX_BARS }) : undefined}
        />
      )}
    </div>
  );
}
