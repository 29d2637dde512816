/**
 * Tổng hợp: pick or drop many unit workbooks — any file, even a .xls or a .pdf: each gets a verdict with
 * its reason — or a whole folder, optionally a roster, say who is consolidating (required; remembered
 * from the last run), run the merge in a Web Worker with its steps and a Cancel that really stops it,
 * then see who sent what, who is missing and whether the totals add up — and download the
 * consolidated workbook (standalone) or write it into the open workbook (Excel, replacing existing
 * sheets only after a yes). Late files: add them and "Tổng hợp lại", every other choice kept.
 */
import { useMemo, useRef } from "react";
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Switch } from "@fluentui/react-components";
import { useDefinition } from "../forms/definition";
import { render } from "../../domain/merge";
import { todayIso } from "../../app/merge";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { campaignOptions } from "../merge/campaign-options";
import { MergeFilesField } from "../merge/MergeFilesField";
import { RosterField } from "../merge/RosterField";
import { MergingUnitFields } from "../merge/MergingUnitFields";
import { useMergeFormStyles } from "../merge/merge-form-styles";
import { MergeProgress } from "../merge/MergeProgress";
import { MergeResults } from "../merge/MergeResults";
import { FollowUp } from "../merge/FollowUp";
import { LoopFields } from "../merge/LoopFields";
import { ComparisonView } from "../merge/ComparisonView";
import { TopUnits } from "../merge/TopUnits";
import { CellUnits } from "../merge/CellUnits";
import { recallUnit, rememberUnit } from "../merge/remembered-unit";
import { useMerge } from "../merge/useMerge";
import { MeasureChoice } from "../merge/MeasureChoice";
import { mergingUnitProblems } from "../../domain/check/merging-unit";
import { useChosenFiles } from "../merge/useChosenFiles";
import { rosterChoiceName, useRosterChoice } from "../merge/useRosterChoice";
import { mergingUnitOf, useMergingUnit } from "../merge/useMergingUnit";
import { useLoopOptions } from "../merge/useLoopOptions";
import { useMeasurePick } from "../merge/useMeasurePick";
import { mergeResultView, useMergeResult } from "../merge/useMergeResult";
import { mergeJobOptions, runStop } from "../merge/merge-run";
import { ViewFrame } from "./ViewFrame";
import { ConfirmReplaceDialog, useConfirmReplace } from "../ConfirmReplace";
import { downloadXlsx } from "../download";

const bytesOf = (files: readonly File[]) => (index: number) =>
  files[index] ? files[index].arrayBuffer().then((b) => new Uint8Array(b)) : null;

export function MergeView() {
  const styles = useMergeFormStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const port = host.kind === "excel" ? host.workbook : null;
  const { choice } = useDefinition();
  const catalog = choice.definition;
  const campaigns = useMemo(() => campaignOptions(catalog, lang, new Date().getFullYear()), [catalog, lang]);
  const { state, mergeFiles, mergeSample, cancel } = useMerge();
  const result = mergeResultView(state);
  const { running, hasResult } = result;

  const chosen = useChosenFiles();
  const { files } = chosen;
  const roster = useRosterChoice(port);
  // The consolidating unit is never invented: typed, or remembered from the last run (and said so).
  const remembered = useMemo(() => recallUnit(), []);
  const [unit, unitDispatch] = useMergingUnit(remembered);
  const [loop, loopDispatch] = useLoopOptions();
  // The measure (definition + campaign): chosen above, agreed by every file, or picked here; never the first file's.
  const chosenFiles = useMemo(() => files.map((c) => c.file), [files]);
  const definitionModel = choice.source === null ? null : catalog.model;
  const measure = useMeasurePick(chosenFiles, definitionModel, running, result.stoppedMeasures);
  const { notice, setNotice, writeInto, refs } = useMergeResult(state);
  const { sheets: confirming, confirmReplace, answer } = useConfirmReplace();
  // The files of the last run, in its order: a returned file is the unit's own, found by its report's index.
  const ranWith = useRef<readonly File[] | null>(null);

  const { code, name } = mergingUnitOf(unit);
  const options = () =>
    mergeJobOptions({
      measure: measure.state,
      picked: measure.view.picked,
      unit,
      loop,
      today: todayIso(),
      writeXlsx: !port,
      definition: definitionModel,
    });

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setNotice(null);
    chosen.add(list);
  };
  const run = async () => {
    setNotice(null);
    const stop = runStop(files.length, unit, (u) => mergingUnitProblems(catalog, u), measure.view);
    if (stop?.kind === "needFiles") return setNotice({ intent: "warning", text: t("merge.view.needFiles") });
    if (stop?.kind === "unitMissing") return unitDispatch({ type: "tried" });
    if (stop?.kind === "unitInvalid") return setNotice({ intent: "error", text: stop.problems.map((p) => render(lang, p)).join(" ") });
    if (stop?.kind === "pickMeasure") return measure.dispatch({ type: "ask" });
    rememberUnit({ code, name, level: unit.level });
    const source = await roster.source();
    ranWith.current = chosenFiles;
    mergeFiles(chosenFiles, source, options(), loop.previous);
  };
  const writeIntoWorkbook = () =>
    port &&
    writeInto(port, confirmReplace, {
      written: (count) => t("merge.view.written", { count }),
      declined: t("merge.view.declined"),
      failed: (reason) => t("merge.view.writeFailed", { reason: render(lang, reason) }),
    });

  const rosterName = rosterChoiceName(roster.state);
  const { rosterProblem } = result;

  return (
    <ViewFrame title={t("ui.merge.title")} description={t("ui.merge.description")}>
      <div className={styles.form}>
        <MergeFilesField
          files={files}
          disabled={running}
          onAdd={addFiles}
          onRemove={chosen.remove}
          onClear={() => {
            chosen.clear();
            setNotice(null);
          }}
        />
        <RosterField roster={roster} fromSheets={port !== null} disabled={running} />
        <Field label={t("merge.view.campaign")}>
          <Select
            className={styles.select}
            value={measure.state.campaignId}
            onChange={(_, d) => measure.dispatch({ type: "campaign", id: d.value })}
          >
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
            groups={measure.view.groups}
            surveying={measure.view.surveying}
            campaignChosen={measure.state.campaignId !== ""}
            picked={measure.view.picked}
            needPick={measure.view.showNeed}
            onPick={(id) => measure.dispatch({ type: "pick", id })}
          />
        )}

        <MergingUnitFields unit={unit} dispatch={unitDispatch} />
        <Field label={t("mdate.view.label")} hint={t("mdate.view.hint")}>
          <Input
            type="date"
            value={loop.preparedOn}
            onChange={(_, d) => loopDispatch({ type: "preparedOn", value: d.value })}
            data-testid="merge-date"
          />
        </Field>
        <LoopFields
          previous={loop.previous}
          onPrevious={(value) => loopDispatch({ type: "previous", value })}
          parent={loop.parent}
          onParent={(value) => loopDispatch({ type: "parent", value })}
          disabled={running}
        />
        <Field hint={t("merge.view.acceptErrorsHint")}>
          <Switch
            checked={loop.acceptErrors}
            onChange={(_, d) => loopDispatch({ type: "acceptErrors", value: d.checked })}
            label={t("merge.view.acceptErrors")}
          />
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

      <div aria-live="polite" data-testid="merge-status" ref={refs.outcomeBox} tabIndex={-1}>
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
        {result.previousProblem && (
          <MessageBar intent="warning" data-testid="merge-previous-problem">
            <MessageBarBody className={styles.wrap}>
              {t("loop.previous.unusable", { file: loop.previous?.name ?? "", reason: render(lang, result.previousProblem) })}
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
                ref={refs.downloadButton}
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
          <MergeResults result={state.outcome.result} audit={state.outcome.audit} headingRef={refs.resultsHeading} />
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
