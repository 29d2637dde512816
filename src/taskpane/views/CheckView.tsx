/**
 * Kiểm tra: check the open workbook (inside Excel) or an opened .xlsx file (standalone), list the
 * issues by table and severity, and take the user to each problem cell.
 */
import { useRef, useState, type ChangeEvent } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { summarize, type CheckIssue } from "../../domain/check";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { cellLabel, IssueList } from "../check/IssueList";
import { Summary } from "../check/Summary";
import { useCheck } from "../check/useCheck";
import { SettingsSaveError, type HighlightOutcome } from "../../workbook/port";
import { ViewFrame } from "./ViewFrame";
import { useDefinition } from "../forms/definition";
import { formatNumber } from "../../domain/i18n/strings";
import { isBuiltinColumn } from "../../domain/definition/schema";
import { where } from "../../domain/check/text";
import { render } from "../../domain/i18n/message";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  hidden: { display: "none" },
});

export function CheckView() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const port = host.kind === "excel" ? host.workbook : null;
  const { state, checkOpenWorkbook, checkFile, watching } = useCheck(port);
  const [markNotice, setMarkNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<{ readonly id: string; readonly ref: string; readonly text: string } | null>(null);
  const catalog = useDefinition().choice.definition;

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file can be chosen again after a fix
    setSelected(null);
    if (file) void checkFile(file);
  };

  const onSelect = (issue: CheckIssue) => {
    const cell = issue.cells[0];
    if (!cell) return;
    // Standalone there is no sheet to show: the row's name and the value seen say which cell it is.
    const found = issue.code ? catalog.rowsByCode.get(issue.code) : undefined;
    const row = found?.row;
    const value = issue.values[0];
    const ref = t("check.view.cellRef", { ref: cellLabel(cell) });
    setSelected({
      id: issue.id,
      ref: cellLabel(cell),
      text: row
        ? t("loop.view.issueAt", {
            ref,
            // A definition's own column is part of what the cell is ("Kế hoạch năm"); the built-in value column is not.
            label:
              issue.column && !isBuiltinColumn(issue.column) ? where(lang, row, issue.column, "periodic", found?.table) : row.name[lang],
            value: value === null || value === undefined ? t("loop.view.issueBlank") : formatNumber(lang, value),
          })
        : ref,
    });
    if (port) void port.select(cell).catch(() => undefined);
  };

  /** Highlighting or clearing: a sheet it could not touch, or a failure, is said; the rest of the work stands. */
  const mark = (action: () => Promise<HighlightOutcome>) => {
    setMarkNotice(null);
    action().then(
      (outcome) =>
        setMarkNotice(
          outcome.lockedSheets.length > 0 ? t("check.view.highlightLocked", { sheets: outcome.lockedSheets.join(", ") }) : null,
        ),
      (error: unknown) =>
        setMarkNotice(t(error instanceof SettingsSaveError ? "check.view.settingsNotSaved" : "check.view.highlightFailed")),
    );
  };

  const problemCells =
    state.status === "done"
      ? state.issues.filter((i) => i.severity === "error" || (i.severity === "warning" && !i.explained)).flatMap((i) => i.cells)
      : [];

  return (
    <ViewFrame title={t("ui.check.title")} description={t("ui.check.description")}>
      <div className={styles.actions}>
        {port ? (
          <Button appearance="primary" onClick={() => void checkOpenWorkbook()} disabled={state.status === "running"}>
            {t("check.view.run")}
          </Button>
        ) : (
          <>
            <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={state.status === "running"}>
              {t("check.view.open")}
            </Button>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onFile}
              aria-label={t("check.view.open")}
            />
          </>
        )}
        {port && state.status === "done" && (
          <>
            <Button onClick={() => mark(() => port.highlight(problemCells))} disabled={problemCells.length === 0}>
              {t("check.view.highlight")}
            </Button>
            <Button onClick={() => mark(() => port.clearHighlights())}>{t("check.view.clearHighlight")}</Button>
          </>
        )}
      </div>
      {watching && <Caption1 as="p">{t("check.view.autoRecheck")}</Caption1>}

      <div aria-live="polite">
        {state.status === "running" && <Spinner size="small" label={t("check.view.running")} />}
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("check.view.failed", { reason: render(lang, state.error) })}</MessageBarBody>
          </MessageBar>
        )}
        {markNotice && (
          <MessageBar intent="warning">
            <MessageBarBody data-testid="check-mark-notice">{markNotice}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {state.status === "done" && (
        <>
          {state.fileName && <Body1 as="p">{t("check.view.fileLabel", { file: state.fileName })}</Body1>}
          <Summary summary={summarize(state.issues)} />
          {state.issues.every((i) => i.severity === "blank") &&
            (state.filled ? (
              <Body1 as="p">{t("check.view.noIssues")}</Body1>
            ) : (
              <MessageBar intent="warning" data-testid="check-unfilled">
                <MessageBarBody>{t("check.view.unfilled")}</MessageBarBody>
              </MessageBar>
            ))}
          <IssueList
            issues={state.issues}
            onSelect={onSelect}
            located={selected && !port ? { id: selected.id, text: selected.text } : null}
          />
        </>
      )}
    </ViewFrame>
  );
}
