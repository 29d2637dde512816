/**
 * Biểu mẫu for every unit of a roster, in one .zip: the pane's `template --roster`, through the same
 * owner (workbook/file/roster-templates). The campaign and the parent union are the ones chosen in the
 * form above; the roster gives each unit's name, code and level.
 */
import { useRef, useState, type ChangeEvent } from "react";
import { Button, Caption1, Field, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Campaign, Definition } from "../../domain/definition";
import { render } from "../../domain/i18n/message";
import { rosterPlan, rosterTemplatesZip, ROSTER_WITH_CODES, type RosterPlan } from "../../workbook/file/roster-templates";
import { downloadFile } from "../download";
import { failure } from "../failure";
import { useI18n } from "../i18n";
import type { Result } from "../../domain/errors";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  hidden: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface RosterTemplatesProps {
  readonly catalog: Definition;
  /** The campaign chosen above, or the reason it cannot be made (already worded). */
  /** The campaign chosen in the view, or the text saying why there is none yet. */
  readonly campaign: () => Result<Campaign, string>;
  readonly parent: string;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly text: string }
  | { readonly kind: "done" | "error"; readonly text: string };

export function RosterTemplates({ catalog, campaign, parent }: RosterTemplatesProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [roster, setRoster] = useState<{ readonly file: string; readonly plan: RosterPlan } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setRoster(null);
    const read = rosterPlan(file.name, new Uint8Array(await file.arrayBuffer()), catalog, parent.trim() || undefined);
    if (!read.ok)
      return setStatus({ kind: "error", text: t("tplroster.unreadable", { file: file.name, reason: render(lang, read.error) }) });
    setRoster({ file: file.name, plan: read.value });
    setStatus(read.value.units.length === 0 ? { kind: "error", text: t("tplroster.none") } : { kind: "idle" });
  };

  const make = async () => {
    if (!roster) return;
    const chosen = campaign();
    if (!chosen.ok) return setStatus({ kind: "error", text: chosen.error });
    // The parent union as typed now, not when the roster was chosen.
    const units = roster.plan.units.map((u) => ({ ...u, unit: { ...u.unit, parent: parent.trim() || undefined } }));
    try {
      const made = await rosterTemplatesZip(catalog, chosen.value, { ...roster.plan, units }, (n, total) =>
        setStatus({ kind: "working", text: t("tplroster.making", { n: String(Math.min(n + 1, total)), total: String(total) }) }),
      );
      const name = `bieu-mau-${chosen.value.id}.zip`;
      downloadFile(made.zip, name, "application/zip");
      setStatus({ kind: "done", text: t("tplroster.done", { count: String(made.files), file: name }) });
    } catch (error) {
      setStatus({ kind: "error", text: t("tplui.failed", { reason: render(lang, failure(error)) }) });
    }
  };

  const problems = roster?.plan.problems ?? [];
  return (
    <section className={styles.box} aria-labelledby="roster-templates-heading" data-testid="roster-templates">
      <Subtitle2 as="h3" id="roster-templates-heading" className={styles.heading}>
        {t("tplroster.heading")}
      </Subtitle2>
      <Field hint={t("tplroster.hint")}>
        <div className={styles.row}>
          <Button type="button" onClick={() => input.current?.click()} disabled={status.kind === "working"}>
            {t("tplroster.pick")}
          </Button>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void onFile(e)}
            aria-label={t("tplroster.pick")}
            data-testid="roster-templates-file"
          />
          {roster && (
            <Caption1 data-testid="roster-templates-chosen">
              {t("tplroster.chosen", { file: roster.file, count: String(roster.plan.units.length) })}
            </Caption1>
          )}
        </div>
      </Field>
      {problems.length > 0 && (
        <>
          <Caption1>{t("tplroster.problems", { count: String(problems.length) })}</Caption1>
          <ul className={styles.list} data-testid="roster-templates-problems">
            {problems.map((problem, i) => (
              <li key={i}>
                <Caption1>{render(lang, problem)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {roster?.plan.withCodes && <Caption1>{t("tplroster.codes", { file: ROSTER_WITH_CODES })}</Caption1>}
      {roster && roster.plan.units.length > 0 && (
        <div>
          <Button
            appearance="primary"
            type="button"
            onClick={() => void make()}
            disabled={status.kind === "working"}
            data-testid="roster-templates-make"
          >
            {t("tplroster.download", { count: String(roster.plan.units.length) })}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="roster-templates-status">
        {status.kind === "working" && <Spinner size="tiny" label={status.text} />}
        {(status.kind === "done" || status.kind === "error") && (
          <MessageBar intent={status.kind === "done" ? "success" : "error"}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
