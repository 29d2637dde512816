/**
 * Who is consolidating: code and name (required, pointed at once a merge was tried without them), the
 * level, the line saying they were remembered from the last run, and the line naming the unit merged as.
 */
import type { Dispatch } from "react";
import { Caption1, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { LEVELS, type Level } from "../../domain/definition/schema";
import { LEVEL_LABELS } from "../../domain/definition/levels";
import { useI18n } from "../i18n";
import { useMergeFormStyles } from "./merge-form-styles";
import { mergingUnitOf, missingFields, type MergingUnitAction, type MergingUnitState } from "./useMergingUnit";

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

/** The two required fields: their labels, what they say when left blank, and the longest text each takes. */
const REQUIRED = {
  code: { label: "merge.view.unitCode", need: "merge.view.needUnitCode", maxLength: 40 },
  name: { label: "merge.view.unitName", need: "merge.view.needUnitName", maxLength: 255 },
} as const;

export function MergingUnitFields({ unit, dispatch }: { unit: MergingUnitState; dispatch: Dispatch<MergingUnitAction> }) {
  const styles = useMergeFormStyles();
  const { t, lang } = useI18n();
  const { code, name } = mergingUnitOf(unit);
  const missing = missingFields(unit);
  return (
    <>
      <Subtitle2 as="h3" className={styles.heading}>
        {t("merge.view.unitHeading")}
      </Subtitle2>
      {unit.remembered && <Caption1>{t("merge.view.remembered")}</Caption1>}
      <div className={styles.fields}>
        {(["code", "name"] as const).map((field) => (
          <RequiredText
            key={field}
            label={t(REQUIRED[field].label)}
            missing={missing[field] ? t(REQUIRED[field].need) : null}
            value={unit[field]}
            maxLength={REQUIRED[field].maxLength}
            onChange={(value) => dispatch({ type: field, value })}
          />
        ))}
        <Field label={t("merge.view.level")}>
          <Select
            className={styles.select}
            value={unit.level}
            onChange={(_, d) =>
              dispatch({ type: "level", level: (LEVELS as readonly string[]).includes(d.value) ? (d.value as Level) : "" })
            }
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
    </>
  );
}
