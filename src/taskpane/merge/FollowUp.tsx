/**
 * After a merge, the officer's next steps in one place: the .zip of files returned to units (each its
 * own workbook with the comments), the chase list, and the summary to paste into the report. The chase
 * list and summary are computed from the result; the .zip is made on demand, one unit file at a time.
 */
import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Definition } from "../../domain/definition/catalog";
import type { FileReport, MergeResult } from "../../domain/merge";
import { chaseList, chaseRows, chaseStateText, reportSummary } from "../../domain/merge/chase-list";
import { writeCsv } from "../../domain/merge/csv";
import type { FileProblem } from "../../domain/merge/feedback";
import { t as domainT } from "../../domain/i18n/strings";
import { returnedZip } from "../../workbook/file/returned-zip";
import { downloadFile } from "../download";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  state: { fontWeight: tokens.fontWeightSemibold },
  summary: { width: "100%", "& textarea": { minHeight: "10em" } },
});

export interface FollowUpProps {
  readonly catalog: Definition;
  /** The merge's result; null when nothing could be merged (every file refused): the refused units are still returned and chased. */
  readonly result: MergeResult | null;
  readonly files: readonly FileReport[];
  readonly mergingUnitCode: string;
  readonly problems: ReadonlyMap<number, readonly FileProblem[]>;
  /** The file of a report, by its index; null when not at hand (the sample). */
  readonly bytesOf: ((index: number) => Promise<Uint8Array> | null) | null;
  readonly returnedBy: string;
  readonly today: string;
}

export function FollowUp({ catalog, result, files, mergingUnitCode, problems, bytesOf, returnedBy, today }: FollowUpProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const lines = useMemo(() => chaseList({ files, roster: result?.roster ?? null }), [files, result]);
  const summary = useMemo(() => (result ? reportSummary(catalog, result) : null), [catalog, result]);
  const [making, setMaking] = useState<string | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const makeZip = async () => {
    if (!bytesOf) return;
    setMade(null);
    try {
      const zip = await returnedZip({
        files,
        roster: result?.roster ?? null,
        problems,
        bytesOf,
        returnedBy,
        today,
        onProgress: (n, total) => setMaking(t("loop.view.zipMaking", { n: n + 1, total })),
      });
      downloadFile(zip.zip, `tra-lai-don-vi-${mergingUnitCode.replace(/[^\p{L}\p{N}._-]+/gu, "-")}.zip`, "application/zip");
      setMade(zip.returned > 0 ? t("loop.view.zipDone", { count: zip.returned }) : t("loop.view.zipNone"));
    } finally {
      setMaking(null);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary ?? "");
      setCopied(t("loop.view.copied"));
    } catch {
      setCopied(t("loop.view.copyFailed"));
    }
  };

  return (
    <section className={styles.section} aria-labelledby="merge-followup-heading" data-testid="merge-followup">
      <Subtitle2 as="h3" className={styles.heading} id="merge-followup-heading">
        {t("loop.view.heading")}
      </Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => void makeZip()} disabled={!bytesOf || making !== null} data-testid="merge-returned-zip">
          {t("loop.view.zip")}
        </Button>
        <Button
          onClick={() => downloadFile(writeCsv(chaseRows(lines)), domainT("vi", "loop.chase.fileName"), "text/csv;charset=utf-8")}
          data-testid="merge-chase-csv"
        >
          {t("loop.view.chaseCsv")}
        </Button>
      </div>
      <Caption1 aria-live="polite" data-testid="merge-zip-status">
        {making ?? made ?? (bytesOf ? t("loop.view.zipHint") : t("loop.view.zipUnavailable"))}
      </Caption1>

      <Subtitle2 as="h4" className={styles.heading} id="merge-chase-heading">
        {t("loop.view.chaseHeading", { count: lines.length })}
      </Subtitle2>
      {lines.length === 0 ? (
        <Body1>{t("loop.view.chaseNone")}</Body1>
      ) : (
        <ul className={styles.list} aria-labelledby="merge-chase-heading" data-testid="merge-chase">
          {lines.map((l, i) => (
            <li key={i}>
              <span className={styles.state}>{chaseStateText(l.state)}</span>
              {`: ${[l.name, l.code && l.name ? `(${l.code})` : l.code].filter(Boolean).join(" ")}${l.file ? ` – ${l.file}` : ""}${l.why ? `. ${l.why}` : ""}`}
            </li>
          ))}
        </ul>
      )}

      {summary !== null && (
        <>
          <Subtitle2 as="h4" className={styles.heading} id="merge-report-summary-heading">
            {t("loop.view.summaryHeading")}
          </Subtitle2>
          <Textarea
            className={styles.summary}
            readOnly
            value={summary ?? ""}
            aria-labelledby="merge-report-summary-heading"
            resize="vertical"
            data-testid="merge-report-summary"
          />
          <div className={styles.row}>
            <Button onClick={() => void copy()}>{t("loop.view.copy")}</Button>
            {copied && <Caption1 aria-live="polite">{copied}</Caption1>}
          </div>
        </>
      )}
    </section>
  );
}
