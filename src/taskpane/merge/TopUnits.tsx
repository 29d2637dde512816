/** The standalone page's drill-down: per figure with a total, the five largest units and their share. */
import { useMemo } from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Definition } from "../../domain/definition/catalog";
import type { MergeResult } from "../../domain/merge";
import { unitsBehind } from "../../domain/merge/drill-down";
import { figureName } from "../../domain/merge/messages";
import { isUnsummedKey } from "../../domain/merge/not-summed";
import { formatNumber } from "../../domain/i18n/strings";
import { useI18n } from "../i18n";

const TOP = 5;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  figure: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  details: { "& summary": { cursor: "pointer", fontWeight: tokens.fontWeightSemibold } },
});

export function TopUnits({ catalog, result }: { readonly catalog: Definition; readonly result: MergeResult }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const figures = useMemo(
    () =>
      result.keys
        .filter((key) => !isUnsummedKey(catalog, key) && typeof result.figures.get(key) === "number" && result.figures.get(key) !== 0)
        .map((key) => unitsBehind(catalog, result, key, TOP)),
    [catalog, result],
  );
  if (figures.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="merge-top-heading" data-testid="merge-top-units">
      <Subtitle2 as="h3" className={styles.heading} id="merge-top-heading">
        {t("loop.view.topHeading")}
      </Subtitle2>
      <Caption1>{t("loop.view.topHint")}</Caption1>
      {figures.map((f) => (
        <details key={f.key} className={styles.details} data-figure={f.key}>
          <summary className={styles.figure}>
            {t("loop.view.topFigure", { figure: figureName(catalog, f.key)[lang], total: formatNumber(lang, f.total ?? 0) })}
          </summary>
          <ol className={styles.list}>
            {f.units.map((u) => (
              <li key={`${u.sheet}!${u.row}`}>
                {t("loop.view.topUnit", {
                  name: u.name || u.code,
                  value: formatNumber(lang, u.value),
                  share: u.share === null ? "–" : formatNumber(lang, u.share),
                })}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
