/**
 * A weighted average and its weight ("Tiền lương bình quân" and "+ Số người được tính") travel together.
 * An average without its weight is left out of the consolidated average without a word: an error at
 * check, naming both cells. A weight without its average is still summed, so the consolidated weight
 * no longer matches the average: a warning.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { CellRef } from "../raw";
import { figureKey, type FigureKey, type Submission } from "../submission";
import { isInputCell } from "./input-cells";
import { inputColumnIds } from "../definition/columns";
import type { CheckIssue } from "./issue";
import { keyed, perLanguage } from "../i18n/message";

const WEIGHT_RULE = { noWeight: "WEIGHT_MISSING", noAverage: "AVERAGE_MISSING" } as const;

export function weightIssues(catalog: Definition, campaign: Campaign, submission: Submission): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const table of catalog.tables) {
    if (!campaign.tables.includes(table.id)) continue;
    for (const row of table.rows) {
      if (row.aggregation !== "weighted_average" || !row.weight) continue;
      const weightRow = catalog.rowsByCode.get(row.weight)?.row;
      if (!weightRow) continue;
      // In every column both have: the built-in ones, and a table's own input columns (a wage by sector).
      for (const column of ["value", "base", "end", ...inputColumnIds(table)]) {
        if (!isInputCell(catalog, campaign, row.code, column) || !isInputCell(catalog, campaign, row.weight, column)) continue;
        const averageKey = figureKey(row.code, column);
        const weightKey = figureKey(row.weight, column);
        // A cell the type checks rejected is unknown, not blank: it has its own issue already.
        const value = (key: FigureKey) =>
          submission.figures.has(key) ? (submission.figures.get(key) ?? null) : submission.refs.has(key) ? undefined : null;
        const average = value(averageKey);
        const weight = value(weightKey);
        if (average === undefined || weight === undefined) continue;
        const broken =
          average !== null && weight === null ? "noWeight" : average === null && weight !== null && weight !== 0 ? "noAverage" : null;
        if (!broken) continue;
        const cells = [
          submission.refs.get(broken === "noWeight" ? averageKey : weightKey),
          submission.refs.get(broken === "noWeight" ? weightKey : averageKey),
        ].filter((c): c is CellRef => c !== undefined);
        const named = (name: typeof row.name, ref: CellRef | undefined) =>
          perLanguage((lang) => (ref ? `${name[lang]} (${ref.sheet}!${ref.address})` : name[lang]));
        issues.push({
          id: `${WEIGHT_RULE[broken]}_${row.code}@${column}`,
          severity: broken === "noWeight" ? "error" : "warning",
          category: "rule",
          ruleId: `${WEIGHT_RULE[broken]}_${row.code}`,
          tableId: table.id,
          code: broken === "noWeight" ? row.code : row.weight,
          column,
          cells,
          values: [average, weight],
          message: keyed(broken === "noWeight" ? "uf.wage.noWeight" : "uf.wage.noAverage", {
            average: named(row.name, submission.refs.get(averageKey)),
            weight: named(weightRow.name, submission.refs.get(weightKey)),
          }),
          explained: broken === "noAverage" && (submission.notes.has(row.code) || submission.notes.has(row.weight)),
        });
      }
    }
  }
  return issues;
}
