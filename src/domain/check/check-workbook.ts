/** Reading and rule checks in one call: what the task pane and the CLI run on a workbook. */
import type { Definition } from "../definition/catalog";
import type { RawWorkbook } from "../raw";
import { checkRules } from "./engine";
import { computedCellIssues } from "./computed-cells";
import { readSubmission, type SubmissionReading } from "./read-submission";

export function checkWorkbook(catalog: Definition, raw: RawWorkbook): SubmissionReading {
  const reading = readSubmission(catalog, raw);
  if (!reading.submission || !reading.campaign) return reading;
  const form = reading.form ?? reading.campaign;
  return {
    ...reading,
    issues: [
      ...reading.issues,
      ...computedCellIssues(catalog, form, raw, reading.submission),
      ...checkRules(catalog, form, reading.submission),
    ],
  };
}
