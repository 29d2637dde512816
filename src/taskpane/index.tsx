/** Entry of the task pane and of the standalone page: detect the host, then render the shell. */
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { t } from "./strings";
import { App } from "./App";
import { detectHost, STANDALONE } from "./host";
import { ShellBoundary } from "./errors/ViewBoundary";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const dark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  // Until the host is known the language is not either: the default (Vietnamese) speaks.
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh", padding: 16 }}>
      <Spinner label={t("vi", "ui.loading")} />
    </FluentProvider>,
  );
  // A host we cannot read is still a page we can use: fall back to standalone rather than a blank pane.
  void detectHost()
    .catch(() => STANDALONE)
    .then((host) =>
      root.render(
        <ShellBoundary message={`${t("vi", "errors.shell")} / ${t("en", "errors.shell")}`}>
          <App host={host} />
        </ShellBoundary>,
      ),
    );
}
