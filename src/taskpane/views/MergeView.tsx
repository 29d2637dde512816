/** Merge view. Placeholder until its feature lands: it says what the view will do, and offers no action yet. */
import { Caption1 } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { ViewFrame } from "./ViewFrame";

export function MergeView() {
  const { t } = useI18n();
  return (
    <ViewFrame title={t("ui.merge.title")} description={t("ui.merge.description")}>
      <Caption1 as="p">{t("ui.placeholder")}</Caption1>
    </ViewFrame>
  );
}
