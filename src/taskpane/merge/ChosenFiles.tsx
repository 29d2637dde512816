/** The files chosen for a merge: each can be removed, all can be cleared, a file chosen twice says so. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { ChosenFile } from "./chosen";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, maxHeight: "16em", overflowY: "auto" },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", display: "flex", flexDirection: "column" },
  twice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function ChosenFiles({ files, onRemove, onClear, disabled }: { readonly files: readonly ChosenFile[]; readonly onRemove: (index: number) => void; readonly onClear: () => void; readonly disabled: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (files.length === 0) return null;
  return (
    <div className={styles.root} data-testid="merge-chosen">
      <div className={styles.head}>
        <Caption1 as="h3" id="merge-chosen-heading">
          {t("merge.view.chosenHeading", { count: files.length })}
        </Caption1>
        <Button size="small" appearance="subtle" onClick={onClear} disabled={disabled}>
          {t("merge.view.clearAll")}
        </Button>
      </div>
      <ul className={styles.list} aria-labelledby="merge-chosen-heading">
        {files.map((c, i) => (
          <li key={`${i}-${c.label}`} className={styles.item}>
            <span className={styles.name}>
              <span>{c.label}</span>
              {c.times > 1 && <Caption1 className={styles.twice}>{t("merge.view.chosenTwice", { times: c.times })}</Caption1>}
            </span>
            <Button size="small" appearance="subtle" onClick={() => onRemove(i)} disabled={disabled} aria-label={t("merge.view.removeFile", { file: c.label })}>
              {t("merge.view.remove")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
