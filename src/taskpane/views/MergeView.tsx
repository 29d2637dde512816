/**
 * Tổng hợp: pick or drop many unit workbooks (and optionally a roster), say who is consolidating, run
 * the merge in a Web Worker with progress and a Cancel that really stops it, then see who sent what,
 * who is missing and whether the totals add up — and download the consolidated workbook (standalone)
 * or write it into the open workbook (Excel, replacing existing sheets only after a yes).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDefinition } from "../forms/definition";
import { LEVELS, type Level } from "../../domain/catalog/schema";
import { LEVEL_LABELS } from "../../domain/catalog/levels";
import { render } from "../../domain/merge";
import { todayIso } from "../../workbook/merge/merge-files";
import { rosterFromSheet } from "../../workbook/merge/roster-file";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { campaignOptions } from "../merge/campaign-options";
import { MergeResults } from "../merge/MergeResults";
import { useMerge } from "../merge/useMerge";
import { ViewFrame } from "./ViewFrame";
import { ConfirmReplaceDialog, useConfirmReplace } from "../ConfirmReplace";
import { downloadXlsx } from "../download";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  hidden: { display: "none" },
});

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function MergeView() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const port = host.kind === "excel" ? host.workbook : null;
  const { definition } = useDefinition();
  const { catalog } = definition;
  const campaigns = useMemo(() => campaignOptions(catalog, lang, new Date().getFullYear()), [catalog, lang]);
  const { state, mergeFiles, mergeSample, rosterFailed, cancel } = useMerge();

  const [files, setFiles] = useState<File[]>([]);
  const [roster, setRoster] = useState<File | null>(null);
  // Inside Excel the roster may also be a sheet of the open workbook; the list is refreshed when opened.
  const [rosterSheet, setRosterSheet] = useState("");
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const refreshSheets = useCallback(() => {
    if (port) port.sheetNames().then(setSheetNames, () => setSheetNames([]));
  }, [port]);
  useEffect(refreshSheets, [refreshSheets]);
  const [unitCode, setUnitCode] = useState("");
  const [unitName, setUnitName] = useState("");
  const [level, setLevel] = useState<Level | "">("");
  const [campaignId, setCampaignId] = useState("");
  const [acceptErrors, setAcceptErrors] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  const { sheets: confirming, confirmReplace, answer } = useConfirmReplace();
  const filesInput = useRef<HTMLInputElement>(null);
  const rosterInput = useRef<HTMLInputElement>(null);

  const running = state.status === "running";
  const options = () => ({
    campaignId: campaignId || null,
    mergingUnit: { code: unitCode.trim() || "TONG-HOP", name: unitName.trim() || t("merge.cli.defaultUnitName"), level: level || null },
    acceptErrors,
    today: todayIso(),
    writeXlsx: !port,
    definition: definition.source === null ? null : catalog.model,
  });

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const chosen = [...list].filter((f) => /\.xlsx$/i.test(f.name) || f.type.includes("spreadsheetml"));
    setFiles((before) => [...before, ...chosen.filter((f) => !before.some((b) => b.name === f.name && b.size === f.size && b.lastModified === f.lastModified))]);
  };
  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    addFiles(event.target.files);
    event.target.value = "";
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  };
  const run = async () => {
    setNotice(null);
    if (files.length === 0) {
      setNotice({ intent: "warning", text: t("merge.view.needFiles") });
      return;
    }
    if (port && rosterSheet) {
      const loaded = rosterFromSheet(rosterSheet, await port.readSheetRows(rosterSheet).catch(() => ({ ok: false, reason: "unreadable" }) as const));
      if (loaded.ok) mergeFiles(files, { roster: loaded.roster }, options());
      else rosterFailed(loaded.problem);
      return;
    }
    mergeFiles(files, roster ? { file: roster } : null, options());
  };

  const writeIntoWorkbook = async () => {
    if (!port || state.status !== "done" || !state.outcome.ok) return;
    setNotice(null);
    try {
      const outcome = await port.writePlan(state.outcome.plan, { confirmReplace });
      setNotice(outcome.written ? { intent: "success", text: t("merge.view.written", { count: outcome.sheets.length }) } : { intent: "warning", text: t("merge.view.declined") });
    } catch (error) {
      setNotice({ intent: "error", text: t("merge.view.writeFailed", { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <ViewFrame title={t("ui.merge.title")} description={t("ui.merge.description")}>
      <div className={styles.form}>
        <Field label={t("merge.view.files")}>
          <div
            className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="merge-drop"
          >
            <Button onClick={() => filesInput.current?.click()} disabled={running}>
              {t("merge.view.pickFiles")}
            </Button>
            <Caption1>{files.length > 0 ? t("merge.view.filesChosen", { count: files.length }) : t("merge.view.dropHint")}</Caption1>
            <input ref={filesInput} className={styles.hidden} type="file" multiple accept={XLSX_ACCEPT} onChange={onFiles} aria-label={t("merge.view.files")} data-testid="merge-files-input" />
          </div>
        </Field>
        <Field label={t("merge.view.roster")}>
          <div className={styles.row}>
            <Button onClick={() => rosterInput.current?.click()} disabled={running}>
              {t("merge.view.pickRoster")}
            </Button>
            <Caption1>{roster ? roster.name : t("merge.view.noRoster")}</Caption1>
            <input
              ref={rosterInput}
              className={styles.hidden}
              type="file"
              accept={`.csv,text/csv,${XLSX_ACCEPT}`}
              onChange={(e) => {
                setRoster(e.target.files?.[0] ?? null);
                setRosterSheet("");
                e.target.value = "";
              }}
              aria-label={t("merge.view.roster")}
              data-testid="merge-roster-input"
            />
            {port && (
              <Select
                aria-label={t("merge.view.rosterSheet")}
                value={rosterSheet}
                onFocus={refreshSheets}
                onChange={(_, d) => {
                  setRosterSheet(d.value);
                  if (d.value) setRoster(null);
                }}
              >
                <option value="">{t("merge.view.rosterSheetNone")}</option>
                {sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            )}
          </div>
        </Field>
        <div className={styles.row}>
          <Field label={t("merge.view.unitCode")}>
            <Input value={unitCode} onChange={(_, d) => setUnitCode(d.value)} maxLength={40} />
          </Field>
          <Field label={t("merge.view.unitName")}>
            <Input value={unitName} onChange={(_, d) => setUnitName(d.value)} maxLength={255} />
          </Field>
          <Field label={t("merge.view.level")}>
            <Select value={level} onChange={(_, d) => setLevel((LEVELS as readonly string[]).includes(d.value) ? (d.value as Level) : "")}>
              <option value="">{t("merge.view.levelAuto")}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABELS[l][lang]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={t("merge.view.campaign")}>
          <Select value={campaignId} onChange={(_, d) => setCampaignId(d.value)}>
            <option value="">{t("merge.view.campaignAuto")}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </Select>
        </Field>
        <Switch checked={acceptErrors} onChange={(_, d) => setAcceptErrors(d.checked)} label={t("merge.view.acceptErrors")} />
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void run()} disabled={running}>
            {t("merge.view.run")}
          </Button>
          {!port && (
            <Button onClick={() => mergeSample(options())} disabled={running}>
              {t("merge.view.sample")}
            </Button>
          )}
          {running && <Button onClick={cancel}>{t("merge.view.cancel")}</Button>}
        </div>
      </div>

      <div aria-live="polite" data-testid="merge-status">
        {state.status === "running" && (
          <Field validationMessage={state.total > 0 && state.done < state.total ? t("merge.view.progress", { n: state.done + 1, total: state.total, file: state.name }) : t("merge.view.preparing")} validationState="none">
            <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} max={1} data-testid="merge-progress" />
          </Field>
        )}
        {state.status === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>{t("merge.view.cancelled")}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("merge.view.failed", { reason: state.message })}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "rosterFailed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("merge.view.failed", { reason: render(lang, state.problem) })}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "done" && !state.outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>{t("merge.view.failed", { reason: render(lang, state.outcome.reason) })}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {state.status === "done" && state.outcome.ok && (
        <>
          <div className={styles.row}>
            {state.xlsx && (
              <Button appearance="primary" onClick={() => downloadXlsx(state.xlsx!, state.fileName)} data-testid="merge-download">
                {t("merge.view.download")}
              </Button>
            )}
            {port && (
              <Button appearance="primary" onClick={() => void writeIntoWorkbook()}>
                {t("merge.view.writeExcel")}
              </Button>
            )}
          </div>
          <MergeResults result={state.outcome.result} audit={state.outcome.audit} />
        </>
      )}

      <ConfirmReplaceDialog
        sheets={confirming}
        answer={answer}
        texts={{ title: t("merge.view.confirmTitle"), body: (sheets) => t("merge.view.confirmText", { sheets }), keep: t("merge.view.confirmNo"), replace: t("merge.view.confirmYes") }}
      />
    </ViewFrame>
  );
}
