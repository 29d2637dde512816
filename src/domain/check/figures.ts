/**
 * Reads every input cell the campaign's template defines, by its defined name, and the Ghi chú notes.
 * Type problems are reported here, before any rule, and their values kept out of the figures so
 * that no rule runs on a value we could not read.
 */
import type { Definition } from "../definition/catalog";
import type { Campaign } from "../definition/campaign";
import type { CellRef, RawCell, RawWorkbook } from "../raw";
import { readTextCell } from "./text-cell";
import type { FigureKey } from "../submission";
import { cellText, namedCell } from "../named-cell";
import { readCell, type CellProblem } from "./cell-value";
import { inputTables, type InputCell } from "./input-cells";
import type { CheckIssue } from "./issue";
import { excerpt, formatExact, formatPlain, where } from "./text";
import type { StringKey } from "../i18n/strings";
import { keyed, perLanguage, type Localized, type MessageParams } from "../i18n/message";

export interface FigureReading {
  readonly figures: Map<FigureKey, number | null>;
  readonly texts: Map<FigureKey, string>;
  readonly refs: Map<FigureKey, CellRef>;
  readonly notes: Map<string, string>;
  readonly issues: CheckIssue[];
}

/** `consolidated`: a merge wrote the file; its text cells are empty by design (kept per unit in its register), never "required". */
export function readFigures(catalog: Definition, raw: RawWorkbook, campaign: Campaign, consolidated = false): FigureReading {
  const figures = new Map<FigureKey, number | null>();
  const texts = new Map<FigureKey, string>();
  const refs = new Map<FigureKey, CellRef>();
  const notes = new Map<string, string>();
  const issues: CheckIssue[] = [];
  for (const { table, cells, noteNames } of inputTables(catalog, campaign)) {
    // A deleted or renamed-away sheet loses all its names at once: say so once, not per cell.
    if (cells.length > 0 && cells.every((c) => !raw.names.has(c.name))) {
      issues.push({
        id: `template:table:${table.id}`,
        severity: "error",
        category: "template",
        tableId: table.id,
        cells: [],
        values: [],
        message: keyed("check.template.tableMissing", { sheet: table.sheetName }),
        explained: false,
      });
      continue;
    }
    for (const input of cells) readOne(raw, campaign, input, { figures, texts, refs, issues }, consolidated);
    for (const { code, name } of noteNames) {
      const note = namedCell(raw, name);
      const text = note ? cellText(note.cell) : null;
      if (text !== null) notes.set(code, text);
    }
  }
  return { figures, texts, refs, notes, issues };
}

function readOne(
  raw: RawWorkbook,
  campaign: Campaign,
  input: InputCell,
  out: Pick<FigureReading, "figures" | "texts" | "refs" | "issues">,
  consolidated: boolean,
): void {
  const { table, row, column, key } = input;
  const at = perLanguage((lang) => where(lang, row, column, campaign.kind, table));
  const base = { category: "type" as const, tableId: table.id, code: row.code, column, explained: false };
  const found = namedCell(raw, input.name);
  if (!found) {
    // The file names no level (its identification is unreadable, and says so): whether its form has a
    // row only some levels fill cannot be known, so its absence is not one more error for the user to chase.
    if (campaign.level === undefined && row.levels !== undefined) return;
    out.issues.push({
      ...base,
      id: `missing:${key}`,
      severity: "error",
      category: "template",
      cells: [],
      values: [],
      message: keyed("check.cell.missing", { where: at, code: row.code }),
    });
    return;
  }
  out.refs.set(key, found.ref);
  if (row.valueType === "text") {
    readText(found.cell, input, found.ref, at, out, consolidated);
    return;
  }
  // A percentage column is typed as a fraction (12,5% is 0.125): read as a decimal.
  const reading = readCell(found.cell, input.valueType === "integer" ? "integer" : "decimal");
  switch (reading.kind) {
    case "blank":
      out.figures.set(key, null);
      out.issues.push({
        ...base,
        id: `blank:${key}`,
        severity: "blank",
        cells: [found.ref],
        values: [null],
        message: keyed("check.cell.blank", { where: at }),
      });
      return;
    case "figure":
      out.figures.set(key, reading.value);
      if (reading.formula !== undefined) {
        const formula = excerpt(reading.formula);
        const value = reading.value;
        out.issues.push({
          ...base,
          id: `formula:${key}`,
          severity: "warning",
          cells: [found.ref],
          values: [value],
          message: keyed("check.cell.formula", { where: at, formula, value: perLanguage((lang) => formatExact(lang, value)) }),
        });
      }
      return;
    case "problem": {
      const { key: messageKey, params } = problemMessage(reading.problem, found.cell.formula);
      const value = typeof found.cell.value === "number" ? found.cell.value : null;
      out.issues.push({
        ...base,
        id: `type:${key}`,
        severity: "error",
        cells: [found.ref],
        values: [value],
        message: keyed(messageKey, { where: at, ...params }),
      });
    }
  }
}

/** A text row's cell: its text kept aside (never a figure), a blank "not reported" unless required. */
function readText(
  cell: RawCell,
  input: InputCell,
  ref: CellRef,
  at: Localized,
  out: Pick<FigureReading, "figures" | "texts" | "issues">,
  consolidated: boolean,
): void {
  const { table, row, column, key } = input;
  const base = { category: "type" as const, tableId: table.id, code: row.code, column, explained: false, cells: [ref], values: [null] };
  const reading = readTextCell(cell, row);
  switch (reading.kind) {
    case "text":
      out.texts.set(key, reading.value);
      return;
    case "blank":
      out.issues.push(
        row.required && !consolidated
          ? { ...base, id: `required:${key}`, severity: "error", message: keyed("forms.text.required", { where: at }) }
          : { ...base, id: `blank:${key}`, severity: "blank", message: keyed("check.cell.blank", { where: at }) },
      );
      return;
    case "tooLong":
      out.issues.push({
        ...base,
        id: `type:${key}`,
        severity: "error",
        message: keyed("forms.text.tooLong", { where: at, length: reading.length, max: reading.max }),
      });
      return;
    case "notText":
      out.issues.push({ ...base, id: `type:${key}`, severity: "error", message: keyed("forms.text.notText", { where: at }) });
  }
}

function problemMessage(problem: CellProblem, formula: string | undefined): { key: StringKey; params: MessageParams } {
  switch (problem.kind) {
    case "formulaNoValue":
      return { key: "check.cell.formulaNoValue", params: { formula: excerpt(formula ?? "") } };
    case "error":
      return { key: "check.cell.error", params: { error: excerpt(problem.error, 20) } };
    case "boolean":
      return { key: "check.cell.boolean", params: { text: problem.text } };
    case "text":
      return { key: "check.cell.text", params: { text: excerpt(problem.text) } };
    case "numberAsText":
      return {
        key: "check.cell.numberAsText",
        params: { text: excerpt(problem.text), number: perLanguage((lang) => formatPlain(lang, problem.looksLike)) },
      };
    case "inexact":
      return { key: "check.cell.inexact", params: { text: excerpt(problem.text, 40) } };
    case "range":
      return { key: "check.cell.range", params: {} };
    case "date":
      return { key: "check.cell.date", params: {} };
    case "negative":
      return { key: "check.cell.negative", params: { value: perLanguage((lang) => formatExact(lang, problem.value)) } };
    case "fraction":
      return { key: "check.cell.fraction", params: { value: perLanguage((lang) => formatExact(lang, problem.value)) } };
    case "decimals":
      return { key: "check.cell.decimals", params: { value: perLanguage((lang) => formatExact(lang, problem.value)) } };
  }
}
