/**
 * Which form definition this session uses: the shipped one, a definition file, or (inside Excel) the
 * definition workbook that is open. A definition with errors is not taken; its problems are listed by
 * sheet and cell, as `forms check` lists them.
 */
import { useRef, useState, type ChangeEvent } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { problemText, type DefinitionProblem } from "../../domain/definition/problems";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import { useDefinition } from "./definition";
import { definitionFromFile, definitionFromWorkbook, type DefinitionRead } from "./read-definition";
import { render } from "../strings";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "12rem",
    overflowY: "auto",
    color: tokens.colorPaletteRedForeground1,
  },
});

const MAX_SHOWN = 20;

export function DefinitionPicker() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const { choice, choose, reset } = useDefinition();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<readonly DefinitionProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const take = (read: DefinitionRead, source: string) => {
    if (!read.ok) {
      setProblems([]);
      setFailure(render(lang, read.error));
      return;
    }
    setFailure(null);
    setProblems(read.value.problems);
    if (read.value.definition) choose(read.value.definition, source);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch {
      setFailure(t("forms.ui.unreadable"));
    } finally {
      setBusy(false);
    }
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void run(async () => take(await definitionFromFile(file), file.name));
  };
  const fromWorkbook = () => {
    if (host.kind === "excel") void run(async () => take(await definitionFromWorkbook(host.workbook), t("forms.ui.openWorkbook")));
  };

  const { form } = choice.definition;
  // The officer knows the form by its title; the id and "v4" are the definition file's internals.
  const formName = t("plain.formName", { title: form.title[lang] || form.title.vi, version: String(form.version) });
  const errors = problems.filter((p) => p.severity === "error");
  return (
    <section className={styles.box} aria-label={t("forms.ui.heading")} data-testid="definition-picker">
      <Text weight="semibold">{t("forms.ui.heading")}</Text>
      <Caption1 role="status" data-testid="definition-current">
        {choice.source === null
          ? t("forms.ui.shipped", { form: formName })
          : t("forms.ui.chosen", { form: formName, source: choice.source })}
      </Caption1>
      <div className={styles.actions}>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx"
          onChange={onFile}
          aria-label={t("forms.ui.openFile")}
          data-testid="definition-file-input"
        />
        <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t("forms.ui.openFile")}
        </Button>
        {host.kind === "excel" && (
          <Button size="small" onClick={fromWorkbook} disabled={busy}>
            {t("forms.ui.fromWorkbook")}
          </Button>
        )}
        {choice.source !== null && (
          <Button size="small" appearance="subtle" onClick={reset} disabled={busy}>
            {t("forms.ui.useShipped")}
          </Button>
        )}
      </div>
      {failure && <Caption1 role="alert">{failure}</Caption1>}
      {errors.length > 0 && (
        <>
          <Caption1 role="alert">{t("forms.ui.invalid", { count: errors.length })}</Caption1>
          <ul className={styles.problems} data-testid="definition-problems">
            {errors.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
