/**
 * The roster field: a file picked, or inside Excel a sheet of the open workbook (its list refreshed when
 * the officer opens it). Its state is useRosterChoice's.
 */
import { useRef } from "react";
import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { useMergeFormStyles } from "./merge-form-styles";
import type { useRosterChoice } from "./useRosterChoice";

export function RosterField({
  roster,
  fromSheets,
  disabled,
}: {
  roster: ReturnType<typeof useRosterChoice>;
  /** Inside Excel: the open workbook's sheets are offered too. */
  fromSheets: boolean;
  disabled: boolean;
}) {
  const styles = useMergeFormStyles();
  const { t } = useI18n();
  const rosterInput = useRef<HTMLInputElement>(null);
  return (
    <Field label={t("merge.view.roster")}>
      <div className={styles.row}>
        <Button onClick={() => rosterInput.current?.click()} disabled={disabled}>
          {t("merge.view.pickRoster")}
        </Button>
        <Caption1 className={styles.wrap}>{roster.state.file ? roster.state.file.name : t("merge.view.noRoster")}</Caption1>
        <input
          ref={rosterInput}
          className={styles.hidden}
          type="file"
          onChange={(e) => {
            roster.dispatch({ type: "file", file: e.target.files?.[0] ?? null });
            e.target.value = "";
          }}
          aria-label={t("merge.view.roster")}
          data-testid="merge-roster-input"
        />
        {fromSheets && (
          <Select
            className={styles.select}
            aria-label={t("merge.view.rosterSheet")}
            value={roster.state.sheet}
            onFocus={roster.refreshSheets}
            onChange={(_, d) => roster.dispatch({ type: "sheet", sheet: d.value })}
          >
            <option value="">{t("merge.view.rosterSheetNone")}</option>
            {roster.state.sheetNames.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        )}
      </div>
    </Field>
  );
}
