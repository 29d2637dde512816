/**
 * Checking a workbook by a definition: the one chosen (CLI --forms, the pane's choice), which the
 * workbook must have been made from; or, with none chosen, the definition the workbook carries — a
 * filled template needs nothing else. A carried definition that cannot be trusted is the one issue.
 */
import type { Definition } from "../definition/catalog";
import type { CarriedCatalogs } from "../definition/carried-definition";
import type { RawWorkbook } from "../raw";
import { checkWorkbook } from "./check-workbook";
import type { CheckIssue } from "./issue";

export function checkByDefinition(
  raw: RawWorkbook,
  chosen: Definition | null,
  carried: CarriedCatalogs,
): { definition: Definition | null; result: ReturnType<typeof checkWorkbook> } {
  const found = chosen ? { ok: true as const, value: chosen } : carried.of(raw);
  if (found.ok) return { definition: found.value, result: checkWorkbook(found.value, raw) };
  const issue: CheckIssue = {
    id: found.error.code,
    severity: "error",
    category: "template",
    cells: [],
    values: [],
    message: found.error,
    explained: false,
  };
  return { definition: null, result: { submission: null, campaign: null, issues: [issue] } };
}
