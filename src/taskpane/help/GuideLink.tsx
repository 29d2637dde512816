/** "Hướng dẫn sử dụng" in the pane's header: opens the user guide in a new tab (a new browser window inside Excel). */
import { Link } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { guideHref } from "./guide-href";

export function GuideLink() {
  const { t } = useI18n();
  return (
    <Link href={guideHref()} target="_blank" rel="noopener" aria-label={t("help.opensNew")} data-testid="guide-link">
      {t("help.open")}
    </Link>
  );
}
