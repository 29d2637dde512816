/**
 * Tổng hợp: pick or drop many unit workbooks — any file, even a .xls or a .pdf: each gets a verdict with
 * its reason — or a whole folder, optionally a roster, say who is consolidating (required; remembered
 * from the last run), run the merge in a Web Worker with its steps and a Cancel that really stops it,
 * then see who sent what, who is missing and whether the totals add up — and download the
 * consolidated workbook (standalone) or write it into the open workbook (Excel, replacing existing
 * sheets only after a yes). Late files: add them and "Tổng hợp lại", every other choice kept.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDefinition } from "../forms/definition";
import { LEVELS, type Level } from "../../domain/definition/schema";
import { LEVEL_LABELS } from "../../domain/definition/levels";
import { render, type Message } from "../../domain/merge";
import { rosterFromSheet, todayIso } from "../../app/merge";
import { parseDateText } from "../../domain/dates";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { campaignOptions } from "../merge/campaign-options";
import { addChosen, type ChosenFile } from "../merge/chosen";
import { ChosenFiles } from "../merge/ChosenFiles";
import { MergeProgress } from "../merge/MergeProgress";
import { MergeResults } from "../merge/MergeResults";
import { FollowUp } from "../merge/FollowUp";
import { LoopFields } from "../merge/LoopFields";
import { ComparisonView } from "../merge/ComparisonView";
import { TopUnits } from "../merge/TopUnits";
import { CellUnits } from "../merge/CellUnits";
import { recallUnit, rememberUnit } from "../merge/remembered-unit";
import type { RosterSource } from "../merge/protocol";
import { useMerge } from "../merge/useMerge";
import { MeasureChoice } from "../merge/MeasureChoice";
import { mergingUnitProblems } from "../../domain/check/merging-unit";
import { useMeasureSurvey } from "../merge/useMeasureSurvey";
import { ViewFrame } from "./ViewFrame";
import { ConfirmReplaceDialog, useConfirmReplace } from "../ConfirmReplace";
import { downloadXlsx } from "../download";
import { failure } from "../failure";
import { FIT_PANE_SELECT } from "../fit-pane";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
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
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
    minWidth: 0,
  },
  // Fields side by side on a desktop, stacked in the pane; none wider than the pane.
  fields: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    "& > *": { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  },
  // A native select is as wide as its longest option (a campaign title is long): held to the pane's width.
  select: FIT_PANE_SELECT,
  heading: { margin: 0 },
  wrap: { overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

const bytesOf = (files: readonly File[]) => (index: number) =>
  files[index] ? files[index].arrayBuffer().then((b) => new Uint8Array(b)) : null;

type Notice = { readonly intent: "success" | "warning" | "error"; readonly text: string };

/** A required text field of the merging unit, with the reason shown once the user tried to merge without it. */
function RequiredText(props: {
  label: string;
  missing: string | null;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} required validationMessage={props.missing ?? undefined} validationState={props.missing ? "error" : "none"}>
      <Input value={props.value} onChange={(_, d) => props.onChange(d.value)} maxLength={props.maxLength} />
    </Field>
  );
}

export function MergeView() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const port = host.kind === "excel" ? host.workbook : null;
  const { definition } = useDefinition();
  const { catalog } = definition;
  const campaigns = useMemo(() => campaignOptions(catalog, lang, new Date().getFullYear()), [catalog, lang]);
  const { state, mergeFiles, mergeSample, cancel } = useMerge();

  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [roster, setRoster] = useState<File | null>(null);
  // Inside Excel the roster may also be a sheet of the open workbook; the list is refreshed when opened.
  const [rosterSheet, setRosterSheet] = useState("");
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const refreshSheets = useCallback(() => {
    if (port) port.sheetNames().then(setSheetNames, () => setSheetNames([]));
  }, [port]);
  useEffect(refreshSheets, [refreshSheets]);
  // The consolidating unit is never invented: typed, or remembered from the last run (and said so).
  const remembered = useMemo(() => recallUnit(), []);
  const [unitCode, setUnitCode] = useState(remembered?.code ?? "");
  const [unitName, setUnitName] = useState(remembered?.name ?? "");
  const [level, setLevel] = useState<Level | "">(remembered?.level ?? "");
  const [unitTouched, setUnitTouched] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const [campaignId, setCampaignId] = useState("");
  const [acceptErrors, setAcceptErrors] = useState(false);
  // The consolidated workbook's Ngày lập (yyyy-mm-dd from the date field); blank: today.
  const [preparedOn, setPreparedOn] = useState("");
  const [previous, setPrevious] = useState<File | null>(null);
  const [parent, setParent] = useState("");
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { sheets: confirming, confirmReplace, answer } = useConfirmReplace();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const rosterInput = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  // The files of the last run, in its order: a returned file is the unit's own, found by its report's index.
  const ranWith = useRef<readonly File[] | null>(null);
  // Folder pickers exist in Chromium, Edge, Firefox and Safari, not in every embedded browser.
  const folderPicking = useMemo(() => typeof document !== "undefined" && "webkitdirectory" in document.createElement("input"), []);

  const running = state.status === "running";
  const code = unitCode.trim();
  const name = unitName.trim();
  // The measure (definition + campaign): chosen above, agreed by every file, or picked here; never the first file's.
  const chosenFiles = useMemo(() => files.map((c) => c.file), [files]);
  const definitionModel = definition.source === null ? null : catalog.model;
  const survey = useMeasureSurvey(chosenFiles, definitionModel, running);
  const [measureId, setMeasureId] = useState<string | null>(null);
  const [pickAsked, setPickAsked] = useState(false);
  const stoppedMeasures = state.status === "done" && !state.outcome.ok ? (state.outcome.measures ?? null) : null;
  const measureGroups = stoppedMeasures ?? (survey.status === "done" ? survey.groups : null);
  const picked = measureId !== null && measureGroups?.some((g) => g.info.id === measureId) ? measureId : null;
  const needsPick = !campaignId && picked === null && (measureGroups?.length ?? 0) > 1;
  const options = () => ({
    campaignId: campaignId || null,
    measureId: picked,
    mergingUnit: { code, name, level: level || null, ...(parent.trim() ? { parent: parent.trim() } : {}) },
    acceptErrors,
    today: parseDateText(preparedOn) ?? todayIso(),
    writeXlsx: !port,
    definition: definitionModel,
  });

  // When a run ends, focus goes to what happened (the results' heading, or the message), not to the top of the page.
  // After a merge that wrote a workbook, to its download button: the next thing the officer does.
  const finished = state.status === "done" || state.status === "failed" || state.status === "cancelled";
  const downloadButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!finished) return;
    (downloadButton.current ?? resultsHeading.current ?? outcomeBox.current)?.focus();
  }, [finished, state]);
  // The steps stay in sight at 350 × 800: brought into view when the merge starts.
  const started = state.status === "running";
  useEffect(() => {
    if (started) outcomeBox.current?.scrollIntoView?.({ block: "nearest" });
  }, [started]);

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    // Copied now: the input's FileList is emptied when its value is reset, before React runs the updater.
    const added = [...list];
    setNotice(null);
    setFiles((before) => addChosen(before, added));
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
    if (!code || !name) {
      setShowMissing(true);
      return;
    }
    // The merging unit is checked as validate checks a unit's own: the level above would reject a code with a space.
    const unitProblems = mergingUnitProblems(catalog, { code, name });
    if (unitProblems.length > 0) {
      setNotice({ intent: "error", text: unitProblems.map((p) => render(lang, p)).join(" ") });
      return;
    }
    // Files that differ: nothing runs until the officer picks the measure.
    if (needsPick) {
      setPickAsked(true);
      return;
    }
    rememberUnit({ code, name, level });
    let source: RosterSource | null = roster ? { file: roster } : null;
    if (port && rosterSheet) {
      const loaded = rosterFromSheet(
        rosterSheet,
        await port.readSheetRows(rosterSheet).catch(() => ({ ok: false, error: "unreadable" }) as const),
      );
      source = loaded.ok ? { roster: loaded.value } : { problem: loaded.error };
    }
    ranWith.current = files.map((c) => c.file);
    mergeFiles(ranWith.current, source, options(), previous);
  };

  const writeIntoWorkbook = async () => {
    if (!port || state.status !== "done" || !state.outcome.ok) return;
    setNotice(null);
    try {
      const outcome = await port.writePlan(state.outcome.plan, { confirmReplace });
      setNotice(
        outcome.written
          ? { intent: "success", text: t("merge.view.written", { count: outcome.sheets.length }) }
          : { intent: "warning", text: t("merge.view.declined") },
      );
    } catch (error) {
      setNotice({ intent: "error", text: t("merge.view.writeFailed", { reason: render(lang, failure(error)) }) });
    }
  };

  const rosterName = rosterSheet || roster?.name || "";
  const rosterProblem: Message | null = state.status === "done" ? state.rosterProblem : null;
  // Once the user types, the "remembered from the last run" line is no longer true: it goes.
  const typed = (set: (value: string) => void) => (value: string) => {
    set(value);
    setUnitTouched(true);
  };
  const codeMissing = showMissing && !code;
  const nameMissing = showMissing && !name;
  const hasResult = state.status === "done" && state.outcome.ok;

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
            {folderPicking && (
              <Button onClick={() => folderInput.current?.click()} disabled={running}>
                {t("merge.view.pickFolder")}
              </Button>
            )}
            <Caption1 className={styles.wrap}>{t("merge.view.dropHint")}</Caption1>
            {/* No accept filter: a unit's .xlsm, .xls or .pdf must reach the reader and get its reason, not vanish. */}
            <input
              ref={filesInput}
              className={styles.hidden}
              type="file"
              multiple
              onChange={onFiles}
              aria-label={t("merge.view.files")}
              data-testid="merge-files-input"
            />
            {folderPicking && (
              <input
                ref={(el) => {
                  folderInput.current = el;
                  el?.setAttribute("webkitdirectory", "");
                }}
                className={styles.hidden}
                type="file"
                multiple
                onChange={onFiles}
                aria-label={t("merge.view.pickFolder")}
                data-testid="merge-folder-input"
              />
            )}
          </div>
        </Field>
        <ChosenFiles
          files={files}
          disabled={running}
          onRemove={(index) => setFiles((before) => before.filter((_, i) => i !== index))}
          onClear={() => {
            setFiles([]);
            setNotice(null);
          }}
        />
        <Field label={t("merge.view.roster")}>
          <div className={styles.row}>
            <Button onClick={() => rosterInput.current?.click()} disabled={running}>
              {t("merge.view.pickRoster")}
            </Button>
            <Caption1 className={styles.wrap}>{roster ? roster.name : t("merge.view.noRoster")}</Caption1>
            <input
              ref={rosterInput}
              className={styles.hidden}
              type="file"
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
                className={styles.select}
                aria-label={t("merge.view.rosterSheet")}
                value={rosterSheet}
                onFocus={refreshSheets}
                onChange={(_, d) => {
                  setRosterSheet(d.value);
                  if (d.value) setRoster(null);
                }}
              >
                <option value="">{t("merge.view.rosterSheetNone")}</option>
                {sheetNames.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </Select>
            )}
          </div>
        </Field>
        <Field label={t("merge.view.campaign")}>
          <Select className={styles.select} value={campaignId} onChange={(_, d) => setCampaignId(d.value)}>
            <option value="">{t("merge.view.campaignAuto")}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </Select>
        </Field>
        {/* i10's definition picker and i10b's import panel mount here, next to the campaign they refine. */}
        {files.length > 0 && (
          <MeasureChoice
            groups={measureGroups}
            surveying={survey.status === "surveying" && !stoppedMeasures}
            campaignChosen={campaignId !== ""}
            picked={picked}
            needPick={pickAsked && needsPick}
            onPick={(id) => {
              setMeasureId(id);
              setPickAsked(false);
            }}
          />
        )}

        <Subtitle2 as="h3" className={styles.heading}>
          {t("merge.view.unitHeading")}
        </Subtitle2>
        {remembered && !unitTouched && <Caption1>{t("merge.view.remembered")}</Caption1>}
        <div className={styles.fields}>
          <RequiredText
            label={t("merge.view.unitCode")}
            missing={codeMissing ? t("merge.view.needUnitCode") : null}
            value={unitCode}
            maxLength={40}
            onChange={typed(setUnitCode)}
          />
          <RequiredText
            label={t("merge.view.unitName")}
            missing={nameMissing ? t("merge.view.needUnitName") : null}
            value={unitName}
            maxLength={255}
            onChange={typed(setUnitName)}
          />
          <Field label={t("merge.view.level")}>
            <Select
              className={styles.select}
              value={level}
              onChange={(_, d) => setLevel((LEVELS as readonly string[]).includes(d.value) ? (d.value as Level) : "")}
            >
              <option value="">{t("merge.view.levelAuto")}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABELS[l][lang]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {code && name && (
          <Caption1 className={styles.wrap} data-testid="merge-as">
            {t("merge.view.mergingAs", { code, name })}
          </Caption1>
        )}
        <Field label={t("mdate.view.label")} hint={t("mdate.view.hint")}>
          <Input type="date" value={preparedOn} onChange={(_, d) => setPreparedOn(d.value)} data-testid="merge-date" />
        </Field>
        <LoopFields previous={previous} onPrevious={setPrevious} parent={parent} onParent={setParent} disabled={running} />
        <Field hint={t("merge.view.acceptErrorsHint")}>
          <Switch checked={acceptErrors} onChange={(_, d) => setAcceptErrors(d.checked)} label={t("merge.view.acceptErrors")} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void run()} disabled={running}>
            {t(hasResult ? "merge.view.rerun" : "merge.view.run")}
          </Button>
          {!port && (
            <Button onClick={() => ((ranWith.current = null), mergeSample(options()))} disabled={running}>
              {t("merge.view.sample")}
            </Button>
          )}
          {running && <Button onClick={cancel}>{t("merge.view.cancel")}</Button>}
        </div>
        {hasResult && <Caption1 className={styles.wrap}>{t("merge.view.rerunHint")}</Caption1>}
      </div>

      <div aria-live="polite" data-testid="merge-status" ref={outcomeBox} tabIndex={-1}>
        {state.status === "running" && (
          <MergeProgress stage={state.stage} done={state.done} total={state.total} name={state.name} writes={!port} />
        )}
        {state.status === "running" && state.thread === "page" && <Caption1 className={styles.wrap}>{t("merge.thread.page")}</Caption1>}
        {state.status === "cancelled" && (
          <MessageBar intent="info">
            <MessageBarBody>{t("merge.view.cancelled")}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("merge.view.crashed")}</MessageBarBody>
          </MessageBar>
        )}
        {rosterProblem && (
          <MessageBar intent="warning" data-testid="merge-roster-problem">
            <MessageBarBody className={styles.wrap}>
              {t("merge.roster.unusable", { file: rosterName, reason: render(lang, rosterProblem) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "done" && state.previousProblem && (
          <MessageBar intent="warning" data-testid="merge-previous-problem">
            <MessageBarBody className={styles.wrap}>
              {t("loop.previous.unusable", { file: previous?.name ?? "", reason: render(lang, state.previousProblem) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === "done" && !state.outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody className={styles.wrap}>{t("merge.view.failed", { reason: render(lang, state.outcome.error) })}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody className={styles.wrap}>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {state.status === "done" && state.outcome.ok && (
        <>
          <div className={styles.row}>
            {state.xlsx && (
              <Button
                appearance="primary"
                onClick={() => downloadXlsx(state.xlsx!, state.fileName)}
                data-testid="merge-download"
                ref={downloadButton}
              >
                {t("merge.view.download")}
              </Button>
            )}
            {port && (
              <Button appearance="primary" onClick={() => void writeIntoWorkbook()}>
                {t("merge.view.writeExcel")}
              </Button>
            )}
          </div>
          <MergeResults result={state.outcome.result} audit={state.outcome.audit} headingRef={resultsHeading} />
          {state.outcome.comparison && <ComparisonView catalog={catalog} comparison={state.outcome.comparison} />}
          {port ? (
            <CellUnits port={port} catalog={catalog} result={state.outcome.result} names={state.outcome.plan.names} />
          ) : (
            <TopUnits catalog={catalog} result={state.outcome.result} />
          )}
          <FollowUp
            catalog={catalog}
            result={state.outcome.result}
            files={state.outcome.result.files}
            mergingUnitCode={state.outcome.result.mergingUnit.code}
            problems={state.outcome.problems}
            bytesOf={ranWith.current ? bytesOf(ranWith.current) : null}
            returnedBy={state.outcome.result.mergingUnit.name}
            today={todayIso()}
          />
        </>
      )}

      {state.status === "done" && !state.outcome.ok && !state.outcome.cancelled && state.outcome.files.length > 0 && (
        <FollowUp
          catalog={catalog}
          result={null}
          files={state.outcome.files}
          mergingUnitCode={code}
          problems={state.outcome.problems}
          bytesOf={ranWith.current ? bytesOf(ranWith.current) : null}
          returnedBy={name}
          today={todayIso()}
        />
      )}

      <ConfirmReplaceDialog
        sheets={confirming}
        answer={answer}
        texts={{
          title: t("merge.view.confirmTitle"),
          body: (sheets) => t("merge.view.confirmText", { sheets }),
          keep: t("merge.view.confirmNo"),
          replace: t("merge.view.confirmYes"),
        }}
      />
    </ViewFrame>
  );
}
