/** The page's comparison with the previous period: the flags, the totals now and before, the units in one period only. */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Definition } from "../../domain/definition/catalog";
import { render } from "../../domain/merge";
import { figureName } from "../../domain/merge/messages";
import type { Comparison } from "../../domain/merge/previous-period";
import { formatNumber } from "../../domain/i18n/strings";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ComparisonView({ catalog, comparison }: { readonly catalog: Definition; readonly comparison: Comparison }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const names = (units: Comparison["onlyNow"]) => units.map((u) => u.name || u.code).join(", ");
  const number = (x: number | null) => (x === null ? "–" : formatNumber(lang, x));
  return (
    <section className={styles.section} aria-labelledby="merge-compare-heading" data-testid="merge-comparison">
      <Subtitle2 as="h3" className={styles.heading} id="merge-compare-heading">
        {t("loop.view.compareHeading")}
      </Subtitle2>
      <Caption1>{t("loop.view.compareSource", { file: comparison.fileName, factor: comparison.factor })}</Caption1>
      <Body1 as="h4" className={styles.heading}>
        <strong>{t("loop.view.compareFlags", { count: comparison.flags.length })}</strong>
      </Body1>
      {comparison.flags.length === 0 ? (
        <Body1>{t("loop.view.compareNone")}</Body1>
      ) : (
        <ul className={styles.list} data-testid="merge-comparison-flags">
          {comparison.flags.map((f, i) => (
            <li key={i}>{`${f.leaf.name || f.leaf.code}: ${render(lang, f.message)}`}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t("loop.view.compareTotals")}</summary>
        <ul className={styles.list}>
          {comparison.figures.map((f) => (
            <li key={f.key}>
              {t("loop.view.compareLine", { figure: figureName(catalog, f.key)[lang], now: number(f.now), before: number(f.before) })}
            </li>
          ))}
        </ul>
      </details>
      {comparison.onlyNow.length > 0 && (
        <Body1>{t("loop.view.onlyNow", { count: comparison.onlyNow.length, list: names(comparison.onlyNow) })}</Body1>
      )}
      {comparison.onlyBefore.length > 0 && (
        <Body1>{t("loop.view.onlyBefore", { count: comparison.onlyBefore.length, list: names(comparison.onlyBefore) })}</Body1>
      )}
    </section>
  );
}
