/** The task pane shell: product header, language switch, the three views in a tab list. */
import { useState } from "react";
import {
  Caption1,
  FluentProvider,
  Select,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
  useId,
  webDarkTheme,
  webLightTheme,
  type SelectOnChangeData,
} from "@fluentui/react-components";
import { LANGS, type Lang } from "../domain/i18n/strings";
import { HostContext, type Host } from "./host";
import { I18nProvider, useI18n } from "./i18n";
import { useThemeMode } from "./theme";
import { CheckView } from "./views/CheckView";
import { MergeView } from "./views/MergeView";
import { TemplatesView } from "./views/TemplatesView";
import { DefinitionProvider } from "./forms/definition";
import { DefinitionPicker } from "./forms/DefinitionPicker";
import { PageErrors } from "./errors/PageErrors";
import { ViewBoundary } from "./errors/ViewBoundary";
import { GuideLink } from "./help/GuideLink";

export type ViewId = "templates" | "check" | "merge";
const VIEWS: readonly { readonly id: ViewId; readonly label: "ui.tab.templates" | "ui.tab.check" | "ui.tab.merge" }[] = [
  { id: "templates", label: "ui.tab.templates" },
  { id: "check", label: "ui.tab.check" },
  { id: "merge", label: "ui.tab.merge" },
];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  status: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground2 },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}` },
  panel: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, flexGrow: 1 },
});

function Shell({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const { t, lang, setLang } = useI18n();
  const [view, setView] = useState<ViewId>("templates");
  const languageId = useId("language");
  const tabId = (id: ViewId) => `tab-${id}`;
  // Fluent's TabList makes the tabs one Tab stop (arrows only). Officers who do not know the arrow
  // convention press Tab then Enter or Space, so every tab is a Tab stop too; arrows still move.
  const tabsNavigation = useArrowNavigationGroup({ axis: "horizontal", circular: true, tabbable: true });
  const onLanguage = (_event: unknown, data: SelectOnChangeData) => {
    if ((LANGS as readonly string[]).includes(data.value)) setLang(data.value as Lang);
  };
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t("app.name")}
        </Title3>
        <div className={styles.language}>
          <label htmlFor={languageId}>{t("ui.language.label")}</label>
          <Select id={languageId} value={lang} onChange={onLanguage} size="small">
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(code === "vi" ? "ui.language.vi" : "ui.language.en")}
              </option>
            ))}
          </Select>
          <GuideLink />
        </div>
      </header>
      <PageErrors />
      <Caption1 as="p" className={styles.status} role="status">
        {t(host.kind === "excel" ? "ui.host.excel" : "ui.host.standalone")}
      </Caption1>
      <DefinitionPicker />
      <nav className={styles.tabs} aria-label={t("ui.tabs.label")}>
        <TabList
          {...tabsNavigation}
          selectedValue={view}
          onTabSelect={(_event, data) => setView(data.value as ViewId)}
          aria-label={t("ui.tabs.label")}
        >
          {VIEWS.map(({ id, label }) => (
            <Tab key={id} value={id} id={tabId(id)} aria-controls={`panel-${id}`}>
              {t(label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={tabId(view)} className={styles.panel} tabIndex={0}>
        {/* Each view in its own boundary (keyed: a view that failed starts afresh when chosen again). */}
        <ViewBoundary key={view} view={t(VIEWS.find((v) => v.id === view)!.label)}>
          {view === "templates" && <TemplatesView />}
          {view === "check" && <CheckView />}
          {view === "merge" && <MergeView />}
        </ViewBoundary>
      </main>
    </>
  );
}

function Themed({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const mode = useThemeMode(host.theme);
  return (
    <FluentProvider theme={mode === "dark" ? webDarkTheme : webLightTheme} className={styles.provider} data-theme={mode}>
      <DefinitionProvider>
        <Shell host={host} />
      </DefinitionProvider>
    </FluentProvider>
  );
}

export function App({ host }: { readonly host: Host }) {
  return (
    <HostContext.Provider value={host}>
      <I18nProvider hostLanguage={host.displayLanguage}>
        <Themed host={host} />
      </I18nProvider>
    </HostContext.Provider>
  );
}
