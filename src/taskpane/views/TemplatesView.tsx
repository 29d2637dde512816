/**
 * Biểu mẫu: choose a campaign and the unit, then insert the template sheets through the WorkbookPort,
 * which asks before replacing sheets holding figures (the confirmation is a Fluent dialog here): inside
 * Excel into the open workbook; standalone into a workbook held in memory — a new one, or the unit's own
 * .xlsx opened here, whose other sheets are kept — which is then downloaded.
 */
import { useMemo, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { levelLabel, LEVELS, MAX_YEAR, MIN_YEAR, type Level } from "../../domain/definition";
import { useDefinition } from "../forms/definition";
import { buildTemplate } from "../../domain/layout";
import { templateFileName } from "../../workbook/file/writer/fileName";
import { createFileWorkbook } from "../../workbook/file/fileWorkbook";
import { useHost } from "../host";
import { useI18n } from "../i18n";
import {
  campaignChoices,
  campaignFromChoice,
  choiceLabel,
  customFormProblems,
  CUSTOM,
  validYear,
  type CustomField,
  type CustomForm,
  type FieldProblem,
} from "../templates/choices";
import { ViewFrame } from "./ViewFrame";
import { ConfirmReplaceDialog, useConfirmReplace } from "../ConfirmReplace";
import { downloadXlsx } from "../download";
import { ImportForm } from "../forms/ImportForm";
import { RosterTemplates } from "../templates/RosterTemplates";
import { failure } from "../failure";
import { FIT_PANE_SELECT } from "../fit-pane";
import { render } from "../../domain/i18n/message";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    "& > *": { flexGrow: 1, minWidth: "8em" },
  },
  heading: { margin: 0 },
  // A native select is as wide as its longest option (a campaign title is long): held to the pane's width.
  select: FIT_PANE_SELECT,
  base: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  hidden: { display: "none" },
});

type Status =
  { readonly kind: "idle" } | { readonly kind: "working" } | { readonly kind: "done" | "declined" | "error"; readonly text: string };

export function TemplatesView() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const host = useHost();
  const catalog = useDefinition().choice.definition;
  const choices = useMemo(() => campaignChoices(catalog), [catalog]);
  const thisYear = new Date().getFullYear();

  const [choice, setChoice] = useState(choices[0].value);
  const [yearText, setYearText] = useState(String(thisYear));
  const [custom, setCustom] = useState<CustomForm>({ title: "", baseYear: String(thisYear - 5), endYear: String(thisYear), deadlines: {} });
  const [unitName, setUnitName] = useState("");
  const [unitCode, setUnitCode] = useState("");
  const [level, setLevel] = useState<Level | "">("");
  // The sector (Loại hình) as the definition lists it: a CĐCS chooses one of the seven.
  const [sector, setSector] = useState("");
  const sectorField = catalog.identification.find((field) => field.choices !== undefined);
  const [parent, setParent] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // Shown beside each field once the officer has tried to make the template, and kept up to date as they type.
  const [showProblems, setShowProblems] = useState(false);
  const problems: ReadonlyMap<CustomField, FieldProblem> = useMemo(
    () => (choice === CUSTOM ? customFormProblems(custom) : new Map()),
    [choice, custom],
  );
  const problemAt = (field: CustomField) => {
    const problem = showProblems ? problems.get(field) : undefined;
    return problem ? { validationMessage: t(problem.key, problem.params), validationState: "error" as const } : {};
  };
  const { sheets: confirming, confirmReplace, answer } = useConfirmReplace();
  // Standalone: the unit's own workbook to insert the template into (its other sheets are kept), or none.
  const [base, setBase] = useState<{ readonly name: string; readonly bytes: Uint8Array } | null>(null);
  const baseInput = useRef<HTMLInputElement>(null);
  const onBase = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) setBase({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  // A definition opened later may not have the campaign chosen before: fall back to its first.
  const chosen = choices.find((c) => c.value === choice) ?? choices[0]!;
  const year = Number(yearText);
  const yearOk = chosen.kind !== "periodic" || validYear(year);

  const make = async () => {
    if (problems.size > 0) {
      setShowProblems(true);
      setStatus({ kind: "error", text: t("tplui.custom.err.summary") });
      return;
    }
    const campaign = campaignFromChoice(catalog, chosen.value, year, custom);
    if (!campaign.ok) {
      setStatus({ kind: "error", text: t("tplui.failed", { reason: render(lang, campaign.error) }) });
      return;
    }
    setStatus({ kind: "working" });
    const unit = {
      unitName: unitName.trim() || undefined,
      unitCode: unitCode.trim() || undefined,
      level: level || undefined,
      parent: parent.trim() || undefined,
      ...(sector && sectorField ? { sector } : {}),
    };
    try {
      const { plan } = buildTemplate({ catalog, campaign: campaign.value, unit });
      if (host.kind === "excel") {
        const outcome = await host.workbook.writePlan(plan, { confirmReplace });
        setStatus(
          outcome.written
            ? { kind: "done", text: t("tplui.inserted", { count: String(outcome.sheets.length), campaign: campaign.value.title[lang] }) }
            : { kind: "declined", text: t("tplui.declined") },
        );
      } else {
        // The same port as inside Excel, over a workbook held in memory (ExcelJS is loaded on first write).
        const workbook = createFileWorkbook(base?.bytes ?? null);
        const outcome = await workbook.writePlan(plan, { confirmReplace });
        if (!outcome.written) {
          setStatus({ kind: "declined", text: t("tplui.declined") });
          return;
        }
        const name = base
          ? base.name
          : unit.unitCode
            ? templateFileName(unit.unitCode, unit.unitName ?? "")
            : `bieu-mau-${campaign.value.id}.xlsx`;
        downloadXlsx(workbook.bytes()!, name);
        setStatus({ kind: "done", text: t(base ? "tplui.insertedFile" : "tplui.downloaded", { file: name }) });
      }
    } catch (error) {
      setStatus({ kind: "error", text: t("tplui.failed", { reason: render(lang, failure(error)) }) });
    }
  };

  // The roster's templates are for the campaign chosen above, checked as the one-unit template is.
  const rosterCampaign = () => {
    if (problems.size > 0) {
      setShowProblems(true);
      return { ok: false as const, error: t("tplui.custom.err.summary") };
    }
    if (!yearOk) return { ok: false as const, error: t("tplui.badYear", { min: String(MIN_YEAR), max: String(MAX_YEAR) }) };
    const made = campaignFromChoice(catalog, chosen.value, year, custom);
    return made.ok ? made : { ok: false as const, error: t("tplui.failed", { reason: render(lang, made.error) }) };
  };

  const levelOptions = LEVELS.filter((l) => l !== "tw");
  // The levels as the chosen campaign names them (a 2012 review: "LĐLĐ huyện, thị xã").
  const levelNames = catalog.campaignDefs.find((d) => d.id === chosen.value)?.levelNames;
  return (
    <ViewFrame title={t("ui.templates.title")} description={t("ui.templates.description")}>
      <form
        className={styles.form}
        // Our own Vietnamese messages, not the browser's native "fill in this field" bubbles.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <Field label={t("tplui.campaign")}>
          <Select
            className={styles.select}
            value={chosen.value}
            onChange={(_e, data) => setChoice(data.value)}
            data-testid="templates-campaign"
          >
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {choiceLabel(catalog, c, validYear(year) ? year : thisYear, lang, t("tplui.campaign.custom"))}
              </option>
            ))}
          </Select>
        </Field>
        {chosen.kind === "periodic" && (
          <Field
            label={t("tplui.year")}
            validationMessage={yearOk ? undefined : t("tplui.badYear", { min: String(MIN_YEAR), max: String(MAX_YEAR) })}
          >
            <Input type="number" min={MIN_YEAR} max={MAX_YEAR} value={yearText} onChange={(_e, data) => setYearText(data.value)} />
          </Field>
        )}
        {choice === CUSTOM && (
          <>
            <Field label={t("tplui.custom.title")} hint={t("tplui.custom.titleHint")} required {...problemAt("title")}>
              <Input value={custom.title} onChange={(_e, data) => setCustom({ ...custom, title: data.value })} />
            </Field>
            <div className={styles.row}>
              <Field label={t("tplui.custom.baseYear")} required {...problemAt("baseYear")}>
                <Input type="number" value={custom.baseYear} onChange={(_e, data) => setCustom({ ...custom, baseYear: data.value })} />
              </Field>
              <Field label={t("tplui.custom.endYear")} required {...problemAt("endYear")}>
                <Input type="number" value={custom.endYear} onChange={(_e, data) => setCustom({ ...custom, endYear: data.value })} />
              </Field>
            </div>
            {levelOptions.map((l) => (
              <Field
                key={l}
                label={t("tplui.custom.deadline", { level: levelLabel(l)[lang] })}
                required={l === "cdcs"}
                {...problemAt(`deadline.${l}`)}
              >
                <Input
                  type="date"
                  value={custom.deadlines[l] ?? ""}
                  onChange={(_e, data) => setCustom({ ...custom, deadlines: { ...custom.deadlines, [l]: data.value } })}
                />
              </Field>
            ))}
          </>
        )}

        <Subtitle2 as="h3" className={styles.heading}>
          {t("tplui.unit.heading")}
        </Subtitle2>
        <Field label={t("tplui.unit.name")} hint={t("tplui.unit.hint")}>
          <Input value={unitName} onChange={(_e, data) => setUnitName(data.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={t("tplui.unit.code")}>
            <Input value={unitCode} onChange={(_e, data) => setUnitCode(data.value)} />
          </Field>
          <Field label={t("tplui.unit.level")}>
            <Select className={styles.select} value={level} onChange={(_e, data) => setLevel(data.value as Level | "")}>
              <option value="">{t("tplui.unit.levelNone")}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {levelLabel(l, levelNames)[lang]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={t("tplui.unit.parent")}>
          <Input value={parent} onChange={(_e, data) => setParent(data.value)} />
        </Field>
        {sectorField?.choices && (level === "" || level === "cdcs") && (
          <Field label={sectorField.label[lang]}>
            <Select className={styles.select} value={sector} onChange={(_e, data) => setSector(data.value)} data-testid="templates-sector">
              <option value="">{t("tplui.unit.levelNone")}</option>
              {sectorField.choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </Select>
          </Field>
        )}

        {host.kind !== "excel" && (
          <Field hint={t("tplui.base.hint")}>
            <div className={styles.base}>
              <Button type="button" onClick={() => baseInput.current?.click()} data-testid="templates-base">
                {t("tplui.base.open")}
              </Button>
              <input
                ref={baseInput}
                className={styles.hidden}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void onBase(e)}
                aria-label={t("tplui.base.open")}
              />
              {base && (
                <>
                  <Caption1 data-testid="templates-base-chosen">{t("tplui.base.chosen", { file: base.name })}</Caption1>
                  <Button type="button" appearance="subtle" size="small" onClick={() => setBase(null)}>
                    {t("tplui.base.clear")}
                  </Button>
                </>
              )}
            </div>
          </Field>
        )}
        <div>
          <Button appearance="primary" type="submit" disabled={status.kind === "working" || !yearOk} data-testid="templates-make">
            {t(host.kind === "excel" ? "tplui.insert" : "tplui.download")}
          </Button>
        </div>
        <div role="status" aria-live="polite" data-testid="templates-status">
          {status.kind === "working" && <Spinner size="tiny" label={t("tplui.working")} />}
          {(status.kind === "done" || status.kind === "declined" || status.kind === "error") && (
            <MessageBar intent={status.kind === "done" ? "success" : status.kind === "declined" ? "warning" : "error"}>
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </form>
      <RosterTemplates catalog={catalog} campaign={rosterCampaign} parent={parent} />
      <ImportForm />

      <ConfirmReplaceDialog
        sheets={confirming}
        answer={answer}
        texts={{
          title: t("tplui.confirm.title"),
          body: (sheets) => t("tplui.confirm.body", { sheets }),
          keep: t("tplui.confirm.keep"),
          replace: t("tplui.confirm.replace"),
        }}
      />
    </ViewFrame>
  );
}
