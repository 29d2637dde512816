/**
 * The page's last line: every error no view caught (a thrown event handler, a rejected promise nobody
 * awaited) is shown as a Vietnamese message saying what failed and what to do, instead of nothing.
 */
import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { pageErrorKey, type PageErrorKey } from "./page-error";

export function PageErrors() {
  const { t } = useI18n();
  const [shown, setShown] = useState<readonly PageErrorKey[]>([]);
  useEffect(() => {
    const show = (error: unknown) => {
      const key = pageErrorKey(error, window.location.protocol);
      setShown((before) => (before.includes(key) ? before : [...before, key]));
    };
    const onError = (event: ErrorEvent) => show(event.error);
    const onRejection = (event: PromiseRejectionEvent) => show(event.reason);
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
    return () => {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
    };
  }, []);
  if (shown.length === 0) return null;
  return (
    <div data-testid="page-errors">
      {shown.map((key) => (
        <MessageBar key={key} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errors.page.title")}</MessageBarTitle>
            {t(key)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={() => setShown((before) => before.filter((k) => k !== key))}>
              {t("errors.page.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
