/** The counts at the top of a check: errors, warnings, explained warnings, blanks. */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { IssueSummary } from "../../domain/check";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export function Summary({ summary }: { readonly summary: IssueSummary }) {
  const styles = useStyles();
  const { t } = useI18n();
  const items = [
    { key: "errors", label: t("check.summary.errors"), count: summary.errors, color: "danger" as const },
    { key: "warnings", label: t("check.summary.warnings"), count: summary.warnings, color: "warning" as const },
    { key: "explained", label: t("check.summary.explained"), count: summary.explained, color: "success" as const },
    { key: "blanks", label: t("check.summary.blanks"), count: summary.blanks, color: "informative" as const },
  ];
  return (
    <ul
      className={styles.root}
      aria-label={t("check.summary.line", {
        errors: summary.errors,
        warnings: summary.warnings,
        explained: summary.explained,
        blanks: summary.blanks,
      })}
      data-testid="check-summary"
    >
      {items.map((item) => (
        <li key={item.key}>
          <Badge
            appearance={item.count > 0 ? "filled" : "outline"}
            color={item.count > 0 ? item.color : "informative"}
            data-count={item.count}
            data-kind={item.key}
          >
            {`${item.label}: ${item.count}`}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
