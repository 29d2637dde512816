/** What a merge gave: counts, the self-audit, the files, the roster and two charts. Every text from files is React text (never HTML). */
import { Badge, Body1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { LEVELS, type Level } from "../../domain/catalog/schema";
import { LEVEL_LABELS } from "../../domain/catalog/levels";
import { auditLine, figureAt, render, rosterNotes, FILE_STATUS_KEYS, ROSTER_STATE_KEYS, type FileStatus, type MergeResult, type Audit } from "../../domain/merge";
import type { FigureKey } from "../../domain/submission";
import { formatNumber } from "../../domain/i18n/strings";
import { useI18n } from "../i18n";
import { BarChart, type Bar } from "./BarChart";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: "none" },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: "auto" },
});

const BADGE: Readonly<Record<FileStatus, "success" | "warning" | "danger">> = { accepted: "success", warnings: "warning", rejected: "danger" };
const MAX_BARS = 15;

export function MergeResults({ result, audit }: { readonly result: MergeResult; readonly audit: Audit }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const s = result.summary;
  const r = result.roster;

  const completeness: Bar[] = r
    ? [...LEVELS, null].flatMap((level: Level | null) => {
        const lines = r.lines.filter((l) => (l.unit.level ?? null) === level);
        if (lines.length === 0) return [];
        const done = lines.filter((l) => l.state !== "missing").length;
        return [{ label: level ? LEVEL_LABELS[level][lang] : t("merge.level.unknown"), value: done, max: lines.length, text: `${done}/${lines.length}` }];
      })
    : [];
  const membersAt = ["DV_TONG@value", "DV_TONG@end"].map((key) => result.keys.indexOf(key as FigureKey)).filter((i) => i >= 0);
  const members = result.leaves
    .map((l) => ({ label: l.name || l.code, value: membersAt.map((i) => figureAt(l.figures, i)).find((v) => v !== null) ?? null }))
    .filter((b): b is { label: string; value: number } => b.value !== null)
    .sort((a, b) => b.value - a.value);

  return (
    <div className={styles.section} data-testid="merge-results">
      <Subtitle2 as="h3">{t("merge.view.summaryHeading")}</Subtitle2>
      <ul className={styles.counts} data-testid="merge-summary">
        <li>{t("merge.summary.files")}: {s.files}</li>
        <li>{t("merge.summary.accepted")}: {s.accepted}</li>
        <li>{t("merge.summary.warnings")}: {s.warnings}</li>
        <li>{t("merge.summary.rejected")}: {s.rejected}</li>
        <li>{t("merge.summary.units")}: {s.units}</li>
        <li>{t("merge.summary.duplicates")}: {s.duplicates}</li>
        <li>{t("merge.summary.doubleCounted")}: {s.doubleCounted}</li>
        {r && (
          <>
            <li>{t("merge.summary.expected")}: {r.counts.expected}</li>
            <li>{t("merge.summary.submitted")}: {r.counts.submitted}</li>
            <li>{t("merge.summary.late")}: {r.counts.late}</li>
            <li>{t("merge.summary.missing")}: {r.counts.missing}</li>
            <li>{t("merge.summary.unexpected")}: {r.counts.unexpected}</li>
          </>
        )}
      </ul>
      <Body1 as="p" className={audit.passed ? styles.passed : styles.failed} data-testid="merge-audit">
        {auditLine(lang, audit)}
      </Body1>

      <Subtitle2 as="h3">{t("merge.view.filesHeading")}</Subtitle2>
      <Table size="small" className={styles.table} aria-label={t("merge.view.filesHeading")} data-testid="merge-files">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("merge.view.col.file")}</TableHeaderCell>
            <TableHeaderCell>{t("merge.view.col.unit")}</TableHeaderCell>
            <TableHeaderCell>{t("merge.view.col.status")}</TableHeaderCell>
            <TableHeaderCell>{t("merge.view.col.reason")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.files.map((f) => (
            <TableRow key={f.index}>
              <TableCell>{f.name}</TableCell>
              <TableCell>{f.unitCode ? `${f.unitCode}${f.unitName ? ` – ${f.unitName}` : ""}` : ""}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={BADGE[f.status]}>
                  {t(FILE_STATUS_KEYS[f.status])}
                </Badge>
              </TableCell>
              <TableCell>
                {f.reasons.length > 0 && (
                  <ul className={styles.reasons}>
                    {f.reasons.map((m, i) => (
                      <li key={i}>{render(lang, m)}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {r && (
        <>
          <Subtitle2 as="h3">{t("merge.view.rosterHeading")}</Subtitle2>
          <Table size="small" className={styles.table} aria-label={t("merge.view.rosterHeading")} data-testid="merge-roster">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("merge.view.col.unit")}</TableHeaderCell>
                <TableHeaderCell>{t("merge.view.col.state")}</TableHeaderCell>
                <TableHeaderCell>{t("merge.col.notes")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {r.lines.map((l) => (
                <TableRow key={l.unit.key}>
                  <TableCell>{`${l.unit.code} – ${l.unit.name}`}</TableCell>
                  <TableCell>{t(ROSTER_STATE_KEYS[l.state])}</TableCell>
                  <TableCell>{rosterNotes(l, lang)}</TableCell>
                </TableRow>
              ))}
              {r.unexpected.map((u) => (
                <TableRow key={`x-${u.code}-${u.fileName}`}>
                  <TableCell>{`${u.code} – ${u.name}`}</TableCell>
                  <TableCell>{t("merge.roster.unexpected")}</TableCell>
                  <TableCell>{u.fileName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}

      {(completeness.length > 0 || members.length > 0) && <Subtitle2 as="h3">{t("merge.view.chartsHeading")}</Subtitle2>}
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
