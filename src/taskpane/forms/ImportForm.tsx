/**
 * "Nhập từ biểu mẫu đã gõ" in the Biểu mẫu view: a form typed in Excel → a proposed definition workbook.
 * Standalone, from a .xlsx the user picks; inside Excel, from a sheet of the open workbook (read through
 * the WorkbookPort as values: indents and merges are not needed, the wording and numbering carry the
 * structure). Shows the proposed codes and every todo, and downloads the definition workbook.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { chooseSheet, gridFromValues, proposeDefinition, type Proposal, type TypedGrid } from "../../domain/forms/import";
import type { Lang, StringKey } from "../../domain/i18n/strings";
import { MAX_SHEET_ROWS_CELLS } from "../../workbook/port";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { deliverXlsx } from "../download";
import { failure } from "../failure";
import { FIT_PANE_SELECT } from "../fit-pane";
import { render } from "../../domain/i18n/message";
import { DEFINITION_SHEETS, type DefinitionSheets } from "../../domain/definition/definition-sheets";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hidden: { display: "none" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    maxHeight: "24em",
    overflowY: "auto",
  },
  line: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  section: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  todo: { color: tokens.colorPaletteDarkOrangeForeground1 },
  select: FIT_PANE_SELECT,
});

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "done"; readonly proposal: Proposal; readonly source: string; readonly fileName: string };

interface ProposedColumn {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  readonly role: string;
  readonly formula: string;
}

/** The value columns the import wrote into its `columns` sheet, in the officer's language (Vietnamese when no English was typed). */
function proposedColumns(sheets: DefinitionSheets, lang: Lang): readonly ProposedColumn[] {
  const sheet = sheets.sheets.find((s) => s.name === DEFINITION_SHEETS.columns);
  if (!sheet) return [];
  const [header = [], ...rows] = sheet.rows;
  const cell = (row: readonly unknown[], key: string): string => {
    const value = row[header.indexOf(key)];
    return value === null || value === undefined ? "" : String(value);
  };
  const localized = (row: readonly unknown[], key: string): string => (lang === "en" && cell(row, `${key}_en`)) || cell(row, `${key}_vi`);
  return rows.map((row) => ({
    id: cell(row, "id"),
    label: localized(row, "label"),
    group: localized(row, "group"),
    role: cell(row, "role"),
    formula: cell(row, "formula"),
  }));
}

const definitionName = (source: string): string => `${source.replace(/\.[^.]*$/, "") || "bieu-mau"}-dinh-nghia.xlsx`;

export function ImportForm() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState("");

  const workbook = host.kind === "excel" ? host.workbook : null;
  // Asked again whenever the list is opened: the officer may have typed the form in a new sheet meanwhile.
  const refreshSheets = useCallback(() => {
    if (!workbook) return;
    void workbook.sheetNames().then((names) => {
      setSheets(names);
      setSheet((current) => (names.includes(current) ? current : names[0] || ""));
    });
  }, [workbook]);
  useEffect(refreshSheets, [refreshSheets]);

  const propose = (grids: readonly TypedGrid[], source: string) => {
    const chosen = chooseSheet(grids);
    const proposal = proposeDefinition(chosen ?? grids[0] ?? gridFromValues(source, []), { lang });
    if (proposal.lines.length === 0) {
      const problem = proposal.notes.find((note) => note.key === "formsImport.note.noHeader" || note.key === "formsImport.note.noLines");
      setState({ kind: "error", text: problem ? t(problem.key, problem.params) : t("formsImport.ui.nothing") });
      return;
    }
    setState({ kind: "done", proposal, source, fileName: definitionName(source) });
  };

  const fromFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setState({ kind: "working" });
    try {
      // Loaded on first use: the reader brings ExcelJS, a chunk of its own.
      const { readTypedForm } = await import(/* webpackChunkName: "forms-import" */ "../../workbook/file/forms/read-typed-form");
      const read = await readTypedForm(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok)
        setState({ kind: "error", text: t("formsImport.cli.unreadable", { file: file.name, reason: render(lang, read.error) }) });
      else propose(read.value.sheets, file.name);
    } catch {
      setState({ kind: "error", text: t("formsImport.ui.failed") });
    }
  };

  const fromSheet = async () => {
    if (!workbook || !sheet) return;
    setState({ kind: "working" });
    const rows = await workbook.readSheetRows(sheet);
    if (!rows.ok) {
      const key: StringKey =
        rows.error === "missing"
          ? "merge.roster.sheetMissing"
          : rows.error === "tooLarge"
            ? "merge.roster.sheetTooLarge"
            : "merge.roster.sheetUnreadable";
      setState({ kind: "error", text: t(key, { sheet, limit: MAX_SHEET_ROWS_CELLS }) });
      return;
    }
    propose([gridFromValues(sheet, rows.value)], `${sheet}.xlsx`);
  };

  const download = async () => {
    if (state.kind !== "done") return;
    const { writeDefinitionFile } = await import(/* webpackChunkName: "forms-import" */ "../../workbook/file/forms/write-definition-file");
    // Inside Excel (Excel for Mac ignores downloads) as a new workbook where Excel can open one.
    try {
      await deliverXlsx(host, await writeDefinitionFile(state.proposal.sheets), state.fileName);
    } catch (error) {
      setState({ kind: "error", text: t("excelHost.openFailed", { reason: render(lang, failure(error)) }) });
    }
  };

  const todos = state.kind === "done" ? state.proposal.notes.filter((note) => note.todo && note.row === undefined) : [];
  const columns = state.kind === "done" ? proposedColumns(state.proposal.sheets, lang) : [];
  const roleText = (column: ProposedColumn): string =>
    column.role === "computed"
      ? t("formsImportColumns.ui.computed", { formula: column.formula })
      : t(column.role === "note" ? "formsImportColumns.ui.note" : "formsImportColumns.ui.input");
  return (
    <section className={styles.form} aria-labelledby="forms-import-heading" data-testid="forms-import">
      <Subtitle2 as="h3" id="forms-import-heading" className={styles.heading}>
        {t("formsImport.ui.heading")}
      </Subtitle2>
      <Caption1>{t("formsImport.ui.hint")}</Caption1>
      {workbook ? (
        <>
          <Field label={t("formsImport.ui.sheet")}>
            <Select
              className={styles.select}
              value={sheet}
              onChange={(_e, data) => setSheet(data.value)}
              onFocus={refreshSheets}
              data-testid="forms-import-sheet"
            >
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <Button onClick={() => void fromSheet()} disabled={state.kind === "working" || !sheet} data-testid="forms-import-from-sheet">
              {t("formsImport.ui.fromSheet")}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept={XLSX_ACCEPT}
            onChange={(e) => void fromFile(e)}
            aria-label={t("formsImport.ui.pick")}
            data-testid="forms-import-input"
          />
          <Button onClick={() => input.current?.click()} disabled={state.kind === "working"}>
            {t("formsImport.ui.pick")}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="forms-import-status">
        {state.kind === "working" && <Spinner size="tiny" label={t("formsImport.ui.working")} />}
        {state.kind === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{state.text}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "done" && (
          <MessageBar intent={state.proposal.notes.some((n) => n.todo) ? "warning" : "success"}>
            <MessageBarBody>
              {t("formsImport.ui.summary", {
                indicators: state.proposal.lines.filter((l) => l.type !== "section").length,
                todos: state.proposal.notes.filter((n) => n.todo).length,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind === "done" && (
        <>
          <div>
            <Button appearance="primary" onClick={() => void download()} data-testid="forms-import-download">
              {t(workbook?.openAsNewWorkbook ? "excelHost.openAsNewWorkbook" : "formsImport.ui.download")}
            </Button>
          </div>
          {todos.map((note, i) => (
            <Caption1 key={i} className={styles.todo}>
              {note.sheet === undefined
                ? t(note.key, note.params)
                : t("formsImportColumns.ui.sheetTodo", { sheet: note.sheet, text: t(note.key, note.params) })}
            </Caption1>
          ))}
          {columns.length > 0 && <Caption1 className={styles.section}>{t("formsImportColumns.ui.heading")}</Caption1>}
          {columns.length > 0 && (
            <ul className={styles.list} aria-label={t("formsImportColumns.ui.heading")} data-testid="forms-import-columns">
              {columns.map((column) => (
                <li key={column.id} className={styles.line}>
                  <span>
                    <span className={styles.code}>{column.id}</span>{" "}
                    {column.group ? t("formsImportColumns.ui.group", { group: column.group, label: column.label }) : column.label}
                  </span>
                  <Caption1>{roleText(column)}</Caption1>
                </li>
              ))}
            </ul>
          )}
          <ul className={styles.list} aria-label={t("formsImport.ui.lines")} tabIndex={0} data-testid="forms-import-lines">
            {state.proposal.lines.map((line) => (
              <li key={`${line.sheet}:${line.row}`} className={styles.line}>
                {line.type === "section" ? (
                  <span className={styles.section}>{`${line.tt} ${line.label}`.trim()}</span>
                ) : (
                  <span>
                    <span className={styles.code}>{line.code}</span> {line.label}
                  </span>
                )}
                {line.todo !== "" && <Caption1 className={styles.todo}>{line.todo}</Caption1>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
