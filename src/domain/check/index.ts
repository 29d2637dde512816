/** Checking figures: read a workbook into a Submission, then the catalog's rules over its figures. */
export { readSubmission, type SubmissionReading } from "./read-submission";
export { checkRules } from "./engine";
export { checkWorkbook } from "./check-workbook";
export {
  summarize,
  groupIssues,
  hasErrors,
  SEVERITIES,
  type CheckIssue,
  type IssueCategory,
  type IssueGroup,
  type IssueSummary,
  type Severity,
} from "./issue";
export { inputCells, isInputCell, type InputCell } from "./input-cells";
