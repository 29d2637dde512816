/** The merge form's officer-loop fields: the previous period's workbook to compare with, and the upper-level union named on the result. */
import { useRef } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    minWidth: 0,
  },
  wrap: { overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

export interface LoopFieldsProps {
  readonly previous: File | null;
  readonly onPrevious: (file: File | null) => void;
  readonly parent: string;
  readonly onParent: (value: string) => void;
  readonly disabled: boolean;
}

export function LoopFields({ previous, onPrevious, parent, onParent, disabled }: LoopFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Field label={t("loop.view.parent")} hint={t("loop.view.parentHint")}>
        <Input value={parent} onChange={(_, d) => onParent(d.value)} maxLength={255} data-testid="merge-parent" />
      </Field>
      <Field label={t("loop.view.previous")}>
        <div className={styles.row}>
          <Button onClick={() => input.current?.click()} disabled={disabled}>
            {t("loop.view.pickPrevious")}
          </Button>
          <Caption1 className={styles.wrap}>{previous ? previous.name : t("loop.view.noPrevious")}</Caption1>
          {previous && (
            <Button size="small" appearance="subtle" onClick={() => onPrevious(null)} disabled={disabled}>
              {t("loop.view.removePrevious")}
            </Button>
          )}
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            onChange={(e) => {
              onPrevious(e.target.files?.[0] ?? null);
              e.target.value = "";
            }}
            aria-label={t("loop.view.previous")}
            data-testid="merge-previous-input"
          />
        </div>
      </Field>
    </>
  );
}
