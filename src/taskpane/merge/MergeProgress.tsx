/** Where a running merge is: its four steps (đọc tệp, kiểm tra, tổng hợp, ghi tệp), the file at hand and a bar. */
import { Caption1, Field, ProgressBar, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { MERGE_STAGES, type MergeStage } from "./protocol";

const useStyles = makeStyles({
  steps: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  step: { color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
  text: { overflowWrap: "anywhere" },
});

export function MergeProgress({
  stage,
  done,
  total,
  name,
  writes,
}: {
  readonly stage: MergeStage;
  readonly done: number;
  readonly total: number;
  readonly name: string;
  readonly writes: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const steps = writes ? MERGE_STAGES : MERGE_STAGES.filter((s) => s !== "write");
  const n = Math.min(done + 1, total);
  const text =
    stage === "merge"
      ? t("merge.view.merging")
      : stage === "write"
        ? t("merge.view.writing")
        : !name
          ? t("merge.view.preparing")
          : t(stage === "read" ? "merge.view.progress" : "merge.view.checking", { n, total, file: name });
  return (
    <Field validationMessage={<span className={styles.text}>{text}</span>} validationState="none">
      <ol className={styles.steps} aria-label={t("merge.view.stages")}>
        {steps.map((s) => (
          <li key={s} className={mergeClasses(styles.step, s === stage && styles.current)} aria-current={s === stage ? "step" : undefined}>
            <Caption1>{t(`merge.view.stage.${s}`)}</Caption1>
          </li>
        ))}
      </ol>
      <ProgressBar
        value={stage === "merge" || stage === "write" ? undefined : total > 0 ? done / total : undefined}
        max={1}
        data-testid="merge-progress"
      />
    </Field>
  );
}
