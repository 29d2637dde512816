/** Consolidation of submissions: flatten to leaf units, dedupe, sum exactly, account for every file and roster unit. */
export { mergeSubmissions, type AcceptedFile, type MergeRequest, type MergeResult, type MergeSummary } from "./merge";
export { consolidatedPlan, type ConsolidatedWorkbook } from "./workbook-plan";
export {
  rosterFromRows,
  MAX_ROSTER_LINES,
  ROSTER_LINE_WARNINGS,
  completeness,
  proposeCodes,
  rosterUnitLabel,
  type Roster,
  type RosterUnit,
  type RosterLine,
  type RosterReport,
  type RosterState,
  type UnexpectedUnit,
} from "./roster";
export { parseCsv, detectSeparator, writeCsv } from "./csv";
export {
  readBreakdown,
  breakdownOf,
  sourceOf,
  makeLeaf,
  joinWarnings,
  BREAKDOWN_META,
  BREAKDOWN_WARNINGS,
  MAX_WARNINGS_CHARS,
  VIA_SEPARATOR,
  type Breakdown,
  type FileInput,
} from "./leaves";
export { dedupe, preferred, type Deduped } from "./dedupe";
export { sumLeaves, peerOutliers, outlierGroups, type OutlierGroup, type Totals } from "./consolidate";
export { inputFigureKeys } from "./figure-keys";
export { textIndexes, isUnsummedKey } from "./not-summed";
export { exactSum, toThousandths, fromThousandths, sameFigure, isExactFigure, ExactTotal } from "../exact";
export { figureAt, figureMap, figureRowOf, figureRows, rowHash, type FigureRow } from "./figure-row";
export { unitKey, nameKey, unitNameKey, cleanText } from "./normalise";
export { figureLabel } from "./messages";
export { render, bilingual, keyed, message } from "../i18n/message";
export { auditLine, selfAudit, type Audit } from "./audit";
export { rejectionLead } from "./rejection-lead";
export { breakdownSheetName, registerSheetName, BREAKDOWN_ROWS, REGISTER_ROWS_PER_SHEET } from "./breakdown-sheet";
export { directUnits, directUnitsSheetName, directUnitsFigureColumn, DIRECT_ROWS, type DirectUnit } from "./direct-units-sheet";
export { statusSheetName, rosterNotes, FILE_STATUS_KEYS, ROSTER_STATE_KEYS } from "./status-sheet";
export { displayDate, parseDateText, serialToIso } from "../dates";
export type * from "./types";
