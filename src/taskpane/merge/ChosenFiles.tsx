/**
 * The files chosen for a merge: each can be removed, all can be cleared, a file chosen twice says so.
 * The list is one Tab stop however long it is (a roving tabindex): Tab enters on one "Bỏ" and leaves the
 * list, the arrow keys (and Home, End) move between the files.
 */
import { useRef, useState, type KeyboardEvent } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { ChosenFile } from "./chosen";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    maxHeight: "16em",
    overflowY: "auto",
  },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", display: "flex", flexDirection: "column" },
  twice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function ChosenFiles({
  files,
  onRemove,
  onClear,
  disabled,
}: {
  readonly files: readonly ChosenFile[];
  readonly onRemove: (index: number) => void;
  readonly onClear: () => void;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  if (files.length === 0) return null;
  const at = Math.min(current, files.length - 1);
  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: files.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(files.length - 1, next));
    setCurrent(index);
    list.current?.querySelectorAll<HTMLButtonElement>("button")[index]?.focus();
  };
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
      <ul className={styles.list} aria-labelledby="merge-chosen-heading" ref={list} onKeyDown={move}>
        {files.map((c, i) => (
          <li key={`${i}-${c.label}`} className={styles.item}>
            <span className={styles.name}>
              <span>{c.label}</span>
              {c.times > 1 && <Caption1 className={styles.twice}>{t("merge.view.chosenTwice", { times: c.times })}</Caption1>}
            </span>
            <Button
              size="small"
              appearance="subtle"
              tabIndex={i === at ? 0 : -1}
              onFocus={() => setCurrent(i)}
              onClick={() => onRemove(i)}
              disabled={disabled}
              aria-label={t("merge.view.removeFile", { file: c.label })}
            >
              {t("merge.view.remove")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
