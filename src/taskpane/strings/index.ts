/**
 * The task pane's strings: the domain's tables and the views' own, through the one lookup
 * (domain/i18n/strings). Views take `t` from `useI18n()`, which reads from here.
 */
import { withTables } from "../../domain/i18n/strings";
import { checkView } from "./check";
import { formsView } from "./forms";
import { formsImportView } from "./forms-import";
import { formsImportColumnsView } from "./forms-import-columns";
import { mergeView } from "./merge";
import { oldWebviewPage } from "./old-webview";
import { excelHostPane } from "./excel-host";
import { mergeMeasureView } from "./merge-measure";
import { loopView } from "./loop";
import { templatesView } from "./templates";
import { paneUi } from "./ui";
import { pageErrors } from "./page-errors";
import { helpUi } from "./help";
import { mergeDateView } from "./merge-date";
import { mergeThread } from "./merge-thread";
import { plainNames } from "./plain-names";
import { rosterTemplatesView } from "./roster-templates";

const pane = withTables([
  paneUi,
  templatesView,
  checkView,
  mergeView,
  formsView,
  formsImportView,
  formsImportColumnsView,
  oldWebviewPage,
  excelHostPane,
  pageErrors,
  helpUi,
  mergeDateView,
  mergeMeasureView,
  loopView,
  mergeThread,
  plainNames,
  rosterTemplatesView,
] as const);

export type PaneKey = Parameters<typeof pane.t>[1];
export const { t, render, keyed } = pane;
/** Every key the pane can show, for the completeness tests. */
export const allPaneKeys = pane.allKeys;
