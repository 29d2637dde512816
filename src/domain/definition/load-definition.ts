/**
 * The one loader: definition sheets → the typed definition (tables, rules, campaigns), or every
 * problem with its sheet and cell. Used for the shipped definition (bundled), a definition workbook
 * (CLI, page) and a definition carried inside a template. Item-level checks happen here, where the
 * cell is known; the catalog's own zod schemas then guard the result as a last line.
 */
import { parseDateText } from "../dates";
import type { CampaignDef, ColumnDef, DateSpec, FormHeading, Level, Localized, Rule, Row, Table, Term } from "./schema";
import { isBuiltinColumn, LEVELS, MONEY_UNITS } from "./schema";
import { PARENT_LEVEL, parseLevel } from "./levels";
import { DEFINITION_COLUMNS, DEFINITION_SHEETS, type DefinitionSheets } from "./definition-sheets";
import { linearTerms, parseExpression, type LinearTerm } from "./expression";
import { lowerRule } from "./lower-rule";
import { levelsCell } from "./sheet-levels";
import { readColumns } from "./read-columns";
import { pinFault, ruleColumns, type RuleColumnsContext } from "./rule-columns";
import { PendingHeadings } from "./section-headings";
import type { DefinitionProblem } from "./problems";
import type { DefinitionModel } from "./catalog";
import { cellText, foldKey, sheetTable, type SheetTable, type TableRow } from "./sheet-table";
import { t } from "../i18n/strings";

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,30}$/;
const FORM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,60}$/;
const TABLE_ID_PATTERN = /^[A-Z][A-Z0-9_]{0,15}$/;
const RULE_ID_PATTERN = /^[A-Z][A-Z0-9_]{1,60}$/;
const LIMITS = { tables: 40, indicators: 3000, rules: 2000, campaigns: 60 } as const;
/** A level's name, like a deadline's wording, is one line of the forms. */
const LEVEL_NAME_MAX = 300;

/** The typed definition: what a template carries and a merge trusts by hash. */
export interface DefinitionLoad {
  /** The definition's model (its identity as written, tables, declared rules, campaigns), or null when refused. */
  readonly definition: DefinitionModel | null;
  readonly problems: readonly DefinitionProblem[];
}

const localized = (vi: string, en: string): Localized => ({ vi, en: en || vi });

/** Excel refuses these sheet names; "History" is reserved. */
export function sheetNameFault(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > 31) return "long";
  if (/[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) return "chars";
  if (foldKey(name) === "history") return "reserved";
  return null;
}

function readSettings(sheet: SheetTable | null): { formId: string; version: number; title: Localized; source?: Localized } | null {
  const row = sheet?.rows[0];
  if (!sheet || !row) return null;
  const formId = sheet.text(row, "form_id").toLowerCase();
  const versionText = sheet.text(row, "version");
  let fine = true;
  if (!FORM_ID_PATTERN.test(formId)) {
    sheet.at(row, "form_id", "forms.settings.formId", "forms.settings.formId", { value: formId.slice(0, 40) });
    fine = false;
  }
  if (!/^\d{1,6}$/.test(versionText) || Number(versionText) < 1) {
    sheet.at(row, "version", "forms.settings.version", "forms.settings.version", { value: versionText.slice(0, 20) });
    fine = false;
  }
  const titleVi = sheet.required(row, "title_vi");
  if (!titleVi) fine = false;
  const sourceVi = sheet.text(row, "source");
  const previous = previousVersions(sheet, row);
  if (previous === null) fine = false;
  if (sheet.rows.length > 1) sheet.problem("warning", sheet.rows[1]!.line, null, "forms.settings.extraRows", "forms.settings.extraRows");
  return fine
    ? {
        formId,
        version: Number(versionText),
        title: localized(titleVi, sheet.text(row, "title_en")),
        source: sourceVi ? localized(sourceVi, "") : undefined,
        ...(previous && previous.length > 0 ? { previousVersions: previous } : {}),
      }
    : null;
}

/** At most this many earlier versions are declared (a form has a version or two a year). */
export const MAX_PREVIOUS_VERSIONS = 50;

/** The earlier versions' hashes a definition declares (settings!previous_versions), or null after reporting a bad one at its cell. */
function previousVersions(sheet: SheetTable, row: Parameters<SheetTable["text"]>[0]): string[] | null {
  const text = sheet.text(row, "previous_versions");
  if (!text) return [];
  const hashes = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((h) => h !== "");
  const bad = hashes.find((h) => !/^[0-9a-f]{64}$/.test(h));
  if (bad !== undefined || hashes.length > MAX_PREVIOUS_VERSIONS) {
    sheet.at(row, "previous_versions", "forms.settings.previousVersions", "forms.settings.previousVersions", {
      value: (bad ?? hashes[MAX_PREVIOUS_VERSIONS]!).slice(0, 70),
      max: String(MAX_PREVIOUS_VERSIONS),
    });
    return null;
  }
  return [...new Set(hashes)];
}

/**
 * An id cell (table, indicator, rule, campaign): it must match its pattern and not repeat an earlier
 * row's. Reports the problem at the cell and answers false; a good id is remembered with its line.
 */
function checkId(
  sheet: SheetTable,
  line: TableRow,
  key: string,
  id: string,
  pattern: RegExp,
  seen: Map<string, number>,
  kind: "table" | "indicator" | "rule" | "campaign",
): boolean {
  const keys = ID_PROBLEMS[kind];
  if (!pattern.test(id)) {
    sheet.at(line, key, keys.pattern, keys.pattern, { value: id.slice(0, 40) });
    return false;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    sheet.at(line, key, keys.duplicate, keys.duplicate, { value: id, line: String(first) });
    return false;
  }
  seen.set(id, line.line);
  return true;
}

const ID_PROBLEMS = {
  table: { pattern: "forms.table.id", duplicate: "forms.table.duplicate" },
  indicator: { pattern: "forms.indicator.code", duplicate: "forms.indicator.duplicate" },
  rule: { pattern: "forms.rule.id", duplicate: "forms.rule.duplicate" },
  campaign: { pattern: "forms.campaign.id", duplicate: "forms.campaign.duplicate" },
} as const;

/** The tables read whole, and every id declared (a table with another mistake still owns its indicators). */
function readTables(sheet: SheetTable | null): { heads: { table: Omit<Table, "rows">; row: TableRow }[]; declared: Set<string> } {
  if (!sheet) return { heads: [], declared: new Set() };
  if (sheet.rows.length > LIMITS.tables)
    sheet.problem("error", sheet.rows[LIMITS.tables]!.line, null, "forms.limit.tables", "forms.limit.tables", { max: LIMITS.tables });
  const out: { table: Omit<Table, "rows">; row: TableRow }[] = [];
  const ids = new Map<string, number>();
  const declared = new Set<string>();
  const sheetNames = new Set<string>();
  for (const row of sheet.rows.slice(0, LIMITS.tables)) {
    const id = sheet.text(row, "table_id");
    const sheetName = sheet.text(row, "sheet_name");
    const number = sheet.text(row, "number");
    const titleVi = sheet.text(row, "title_vi");
    let fine = checkId(sheet, row, "table_id", id, TABLE_ID_PATTERN, ids, "table");
    const fault = sheetNameFault(sheetName);
    if (fault) {
      fine = false;
      sheet.at(row, "sheet_name", "forms.table.sheetName", `forms.table.sheetName.${fault}` as DefinitionProblem["key"], {
        value: sheetName.slice(0, 40),
      });
    } else if (sheetNames.has(foldKey(sheetName))) {
      fine = false;
      sheet.at(row, "sheet_name", "forms.table.sheetNameDuplicate", "forms.table.sheetNameDuplicate", { value: sheetName });
    }
    if (!/^[0-9A-Za-z.-]{1,8}$/.test(number)) {
      fine = false;
      sheet.at(row, "number", "forms.table.number", "forms.table.number", { value: number.slice(0, 20) });
    }
    if (!titleVi) {
      fine = false;
      sheet.missing(row, "title_vi");
    }
    declared.add(id);
    sheetNames.add(foldKey(sheetName));
    if (fine) out.push({ table: { id, number, sheetName, title: localized(titleVi, sheet.text(row, "title_en")) }, row });
  }
  return { heads: out, declared };
}

const TYPES = ["section", "whole", "decimal", "percent", "text"] as const;
const AGGREGATIONS = ["sum", "ratio", "weighted_average", "count_units", "none"] as const;

/** A ratio's side: a sum of codes (no signs, no numbers): what the layout's formula and the engine compute. */
function ratioCodes(sheet: SheetTable, row: TableRow, key: "numerator" | "denominator"): string[] | null {
  const text = sheet.text(row, key);
  if (!text) {
    sheet.at(row, key, "forms.ratio.missing", "forms.ratio.missing", { side: key });
    return null;
  }
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    sheet.at(row, key, "forms.expr.parse", parsed.error.key, { column: parsed.error.column, found: parsed.error.found });
    return null;
  }
  const terms = linearTerms(parsed.value);
  if (!terms.ok || terms.value.some((term) => term.sign < 0 || term.column !== null)) {
    sheet.at(row, key, "forms.ratio.notSum", "forms.ratio.notSum", { column: terms.ok ? 1 : terms.error + 1 });
    return null;
  }
  return terms.value.map((term) => term.code);
}

interface IndicatorRead {
  readonly tableId: string;
  readonly row: Row;
  readonly line: TableRow;
}

function readIndicators(sheet: SheetTable | null, tableIds: ReadonlySet<string>): IndicatorRead[] {
  if (!sheet) return [];
  if (sheet.rows.length > LIMITS.indicators)
    sheet.problem("error", sheet.rows[LIMITS.indicators]!.line, null, "forms.limit.indicators", "forms.limit.indicators", {
      max: LIMITS.indicators,
    });
  const out: IndicatorRead[] = [];
  const codes = new Map<string, number>();
  const headings = new PendingHeadings();
  for (const line of sheet.rows.slice(0, LIMITS.indicators)) {
    const tableId = sheet.text(line, "table_id");
    const type = foldKey(sheet.text(line, "type"));
    const code = sheet.text(line, "code");
    const labelVi = sheet.text(line, "label_vi");
    if (!tableIds.has(tableId)) {
      sheet.at(line, "table_id", "forms.indicator.table", "forms.indicator.table", { value: tableId.slice(0, 40) });
      continue;
    }
    if (!(TYPES as readonly string[]).includes(type)) {
      sheet.at(line, "type", "forms.indicator.type", "forms.indicator.type", { value: type.slice(0, 20) });
      continue;
    }
    if (type === "section") {
      // A heading is printed above the next row of its table (section-headings.ts); one with no row after it is warned of below.
      if (labelVi)
        headings.add(tableId, { tt: sheet.text(line, "tt").slice(0, 8), label: localized(labelVi, sheet.text(line, "label_en")) }, line);
      else sheet.missing(line, "label_vi");
      continue;
    }
    if (!checkId(sheet, line, "code", code, CODE_PATTERN, codes, "indicator")) continue;
    if (!labelVi) {
      sheet.missing(line, "label_vi");
      continue;
    }
    // A text row (a name, a yes/no answer in words) often prints no unit.
    const unitVi = sheet.text(line, "unit_vi") || (type === "text" ? t("vi", "forms.text.unit") : "");
    if (!unitVi) {
      sheet.at(line, "unit_vi", "forms.indicator.unit", "forms.indicator.unit", { code });
      continue;
    }
    const aggregationText = foldKey(sheet.text(line, "aggregation"));
    const aggregation = aggregationText || (type === "percent" ? "ratio" : type === "text" ? "none" : "sum");
    if (!(AGGREGATIONS as readonly string[]).includes(aggregation)) {
      sheet.at(line, "aggregation", "forms.indicator.aggregation", "forms.indicator.aggregation", { value: aggregation.slice(0, 30) });
      continue;
    }
    const base = {
      code,
      tt: sheet.text(line, "tt").slice(0, 8),
      label: localized(labelVi, sheet.text(line, "label_en")),
      name: localized(sheet.text(line, "name_vi") || labelVi, sheet.text(line, "name_en") || sheet.text(line, "label_en")),
      unit: localized(unitVi, sheet.text(line, "unit_en")),
    };
    const parent = sheet.text(line, "parent");
    const indent = ["x", "1", "true", "có", "yes"].includes(foldKey(sheet.text(line, "indent")));
    const scope = rowScope(sheet, line);
    if (!scope) continue;
    const extra: Pick<Row, "parent" | "indent" | "headings" | "levels" | "asOf" | "years" | "unitFilter" | "from"> = {
      ...(parent ? { parent } : {}),
      ...(indent ? { indent: true } : {}),
      ...scope,
    };
    const above = headings.take(tableId);
    if (above) extra.headings = above;
    const row = typedRow(sheet, line, type, aggregation, { ...base, ...extra });
    if (row) out.push({ tableId, line, row });
  }
  for (const { line, label } of headings.left())
    sheet.at(line, "type", "forms.indicator.section", "forms.indicator.section", { label: label.slice(0, 60) }, "warning");
  return out;
}

/** What every row has, whatever its type: code, TT, words, and where it sits. */
type RowHead = Pick<
  Row,
  "code" | "tt" | "label" | "name" | "unit" | "parent" | "indent" | "headings" | "levels" | "asOf" | "years" | "unitFilter" | "from"
>;

/** The row as its type makes it (text, percentage, a figure), or null after reporting why at its cell. */
function typedRow(sheet: SheetTable, line: TableRow, type: string, aggregation: string, head: RowHead): Row | null {
  const kindText = foldKey(sheet.text(line, "kind"));
  if (type === "text") {
    const text = textRow(sheet, line, aggregation, head.parent ?? "");
    if (!text) return null;
    return {
      ...head,
      ...(sheet.text(line, "unit_vi") ? {} : { unit: localized(head.unit.vi, t("en", "forms.text.unit")) }),
      kind: kindText === "flow" ? "flow" : "stock",
      valueType: "text",
      aggregation: "none",
      ...text,
    };
  }
  if (type === "percent") {
    if (aggregation !== "ratio") {
      sheet.at(line, "aggregation", "forms.indicator.percentRatio", "forms.indicator.percentRatio");
      return null;
    }
    const numerator = ratioCodes(sheet, line, "numerator");
    const denominator = ratioCodes(sheet, line, "denominator");
    return numerator && denominator ? { ...head, kind: "computed", valueType: "percent", compute: { numerator, denominator } } : null;
  }
  return figureRow(sheet, line, type, aggregation, kindText, head);
}

/** A row of whole or decimal figures: its kind, money unit and aggregation (summed, counted, weighted, kept per unit). */
function figureRow(sheet: SheetTable, line: TableRow, type: string, aggregation: string, kindText: string, head: RowHead): Row | null {
  const { code } = head;
  if (aggregation === "ratio") {
    sheet.at(line, "aggregation", "forms.indicator.ratioPercent", "forms.indicator.ratioPercent");
    return null;
  }
  if (kindText !== "stock" && kindText !== "flow") {
    sheet.at(line, "kind", "forms.indicator.kind", "forms.indicator.kind", { value: kindText.slice(0, 20) });
    return null;
  }
  const moneyText = foldKey(sheet.text(line, "money_unit"));
  if (moneyText && (type !== "decimal" || !(MONEY_UNITS as readonly string[]).includes(moneyText))) {
    sheet.at(line, "money_unit", "forms.indicator.money", "forms.indicator.money", { value: moneyText.slice(0, 20) });
    return null;
  }
  const money: Pick<Row, "moneyUnit"> = (MONEY_UNITS as readonly string[]).includes(moneyText)
    ? { moneyUnit: moneyText as (typeof MONEY_UNITS)[number] }
    : {};
  const valueType = type === "whole" ? "integer" : "decimal";
  if (aggregation === "count_units") {
    if (type !== "whole" || kindText !== "stock" || money.moneyUnit) {
      sheet.at(line, "aggregation", "forms.count.shape", "forms.count.shape", { code });
      return null;
    }
    return { ...head, kind: "stock", valueType: "integer", aggregation: "count_units" };
  }
  if (aggregation === "weighted_average") {
    const weight = sheet.text(line, "weight");
    if (!weight) {
      sheet.at(line, "weight", "forms.weight.missing", "forms.weight.missing", { code });
      return null;
    }
    return { ...head, kind: kindText, valueType, ...money, aggregation: "weighted_average", weight };
  }
  return { ...head, kind: kindText, valueType, ...money, ...(aggregation === "none" ? { aggregation: "none" as const } : {}) };
}

/** A text row's own columns: aggregation none, no part of another row, a length limit, required or not. */
function textRow(sheet: SheetTable, line: TableRow, aggregation: string, parent: string): Pick<Row, "maxLength" | "required"> | null {
  let fine = true;
  if (aggregation !== "none") {
    fine = false;
    sheet.at(line, "aggregation", "forms.text.aggregation", "forms.text.aggregation", { value: aggregation.slice(0, 30) });
  }
  if (parent) {
    fine = false;
    sheet.at(line, "parent", "forms.text.parent", "forms.text.parent");
  }
  for (const key of ["weight", "money_unit", "count_filter", "from", "numerator", "denominator"] as const) {
    if (sheet.text(line, key)) {
      fine = false;
      sheet.at(line, key, "forms.text.column", "forms.text.column", { column: key });
    }
  }
  const kind = foldKey(sheet.text(line, "kind"));
  if (kind && kind !== "stock" && kind !== "flow") {
    fine = false;
    sheet.at(line, "kind", "forms.indicator.kind", "forms.indicator.kind", { value: kind.slice(0, 20) });
  }
  const maxText = sheet.text(line, "max_length");
  const max = maxText ? Number(maxText) : 255;
  if (!/^\d{1,4}$/.test(maxText || "255") || max < 1 || max > 2000) {
    fine = false;
    sheet.at(line, "max_length", "forms.text.maxLength", "forms.text.maxLength", { value: maxText.slice(0, 20) });
  }
  const required = ["x", "1", "true", "có", "yes"].includes(foldKey(sheet.text(line, "required")));
  return fine ? { maxLength: max, ...(required ? { required: true as const } : {}) } : null;
}

/** Which forms a row is on: levels, the as-of day, the years; and where a counted or routed row takes its figure. */
function rowScope(sheet: SheetTable, line: TableRow): Pick<Row, "levels" | "asOf" | "years" | "unitFilter" | "from"> | null {
  let fine = true;
  const out: { -readonly [K in keyof Pick<Row, "levels" | "asOf" | "years" | "unitFilter" | "from">]?: Row[K] } = {};
  const levels = levelsCell(sheet, line);
  if (levels === null) fine = false;
  else if (levels) out.levels = levels;
  const asOfText = sheet.text(line, "as_of");
  if (asOfText) {
    const asOf = dayMonth(asOfText);
    if (!asOf) {
      fine = false;
      sheet.at(line, "as_of", "forms.campaign.asOf", "forms.campaign.asOf", { value: asOfText.slice(0, 20) });
    } else out.asOf = asOf;
  }
  const yearsText = sheet.text(line, "years");
  if (yearsText) {
    const m = /^(\d{4})?\s*[-–]\s*(\d{4})?$/.exec(yearsText);
    const from = m?.[1] ? Number(m[1]) : undefined;
    const to = m?.[2] ? Number(m[2]) : undefined;
    if (!m || (from === undefined && to === undefined) || (from !== undefined && to !== undefined && to < from)) {
      fine = false;
      sheet.at(line, "years", "forms.indicator.years", "forms.indicator.years", { value: yearsText.slice(0, 20) });
    } else out.years = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }
  const filterText = sheet.text(line, "count_filter");
  if (filterText) {
    // "LOAI_HINH = dnnn, ngoai, fdi": one identification field, one or more values.
    const m = /^([A-Z][A-Z0-9_]+)\s*=\s*(.+)$/.exec(filterText);
    const values = m
      ? m[2]!
          .split(/[,;]/)
          .map((s) => s.trim().normalize("NFC"))
          .filter((s) => s !== "")
      : [];
    if (!m || values.length === 0) {
      fine = false;
      sheet.at(line, "count_filter", "forms.count.filter", "forms.count.filter", { value: filterText.slice(0, 40) });
    } else out.unitFilter = { field: m[1]!, values };
  }
  const from = sheet.text(line, "from");
  if (from) {
    if (!CODE_PATTERN.test(from) || !out.unitFilter) {
      fine = false;
      sheet.at(line, "from", "forms.count.from", "forms.count.from", { value: from.slice(0, 40) });
    } else out.from = from;
  }
  return fine ? out : null;
}

/**
 * What the indicators sheet declares, whether or not each row then loads: the codes of its non-heading
 * rows and the tables they belong to. A reference to a code (or table) declared here whose own row has an
 * error is not reported again: one missing unit_vi is one problem, not three.
 */
function declaredIndicators(sheet: SheetTable | null): { codes: Set<string>; tables: Set<string> } {
  const codes = new Set<string>();
  const tables = new Set<string>();
  for (const line of sheet?.rows ?? []) {
    if (foldKey(sheet!.text(line, "type")) === "section") continue;
    codes.add(sheet!.text(line, "code"));
    tables.add(sheet!.text(line, "table_id"));
  }
  return { codes, tables };
}

/** Declared but not loaded: the row's own problem is already reported. */
const without = (declared: ReadonlySet<string>, loaded: Iterable<string>): Set<string> => {
  const failed = new Set(declared);
  for (const id of loaded) failed.delete(id);
  return failed;
};

/** Parents, weights and ratio terms must name input rows; a parent chain must end. A name in `failed` has its own problem already. */
function checkReferences(sheet: SheetTable | null, indicators: readonly IndicatorRead[], failed: ReadonlySet<string>): IndicatorRead[] {
  if (!sheet) return [];
  const byCode = new Map(indicators.map((i) => [i.row.code, i]));
  const bad = new Set<string>();
  for (const item of indicators) {
    const { row, line } = item;
    if (row.parent) {
      const parent = byCode.get(row.parent);
      if (!parent) {
        bad.add(row.code);
        if (!failed.has(row.parent))
          sheet.at(line, "parent", "forms.parent.unknown", "forms.parent.unknown", { code: row.parent.slice(0, 40) });
      } else if (parent.tableId !== item.tableId) {
        bad.add(row.code);
        sheet.at(line, "parent", "forms.parent.otherTable", "forms.parent.otherTable", { code: row.parent });
      } else if (parent.row.valueType === "text") {
        bad.add(row.code);
        sheet.at(line, "parent", "forms.text.parent", "forms.text.parent");
      } else if ((parent.row.aggregation === "none") !== (row.aggregation === "none")) {
        // A total of the parts beside an empty total of the whole (or the reverse) cannot be compared one level up.
        bad.add(row.code);
        sheet.at(line, "parent", "forms.parent.notSummed", "forms.parent.notSummed", { code: row.parent });
      } else if (parent.row.kind !== row.kind) {
        bad.add(row.code);
        sheet.at(line, "parent", "forms.parent.kind", "forms.parent.kind", { code: row.parent });
      } else {
        // Walk up: a chain that comes back to this code is a cycle; the walk is bounded by the row count.
        let at: Row | undefined = parent.row;
        for (let steps = 0; at?.parent && steps <= indicators.length; steps++) {
          if (at.parent === row.code) {
            bad.add(row.code);
            sheet.at(line, "parent", "forms.parent.cycle", "forms.parent.cycle", { code: row.code });
            break;
          }
          at = byCode.get(at.parent)?.row;
        }
      }
    }
    if (row.weight) {
      const weight = byCode.get(row.weight);
      if (!weight || weight.row.valueType !== "integer" || weight.row.aggregation) {
        bad.add(row.code);
        if (weight || !failed.has(row.weight))
          sheet.at(line, "weight", "forms.weight.unknown", "forms.weight.unknown", { code: row.weight.slice(0, 40) });
      }
    }
    if (row.from) {
      const source = byCode.get(row.from);
      if (!source || source.row.kind === "computed" || source.row.valueType !== row.valueType || source.row.from) {
        bad.add(row.code);
        sheet.at(line, "from", "forms.count.from", "forms.count.from", { value: row.from.slice(0, 40) });
      }
    }
    for (const code of [...(row.compute?.numerator ?? []), ...(row.compute?.denominator ?? [])]) {
      const term = byCode.get(code);
      if (!term || term.row.kind === "computed") {
        bad.add(row.code);
        if (!term && failed.has(code)) continue;
        sheet.at(
          line,
          row.compute!.numerator.includes(code) ? "numerator" : "denominator",
          "forms.ratio.unknownCode",
          "forms.ratio.unknownCode",
          { code: code.slice(0, 40) },
        );
      } else if (term.row.aggregation === "none") {
        // The consolidated percentage is recomputed from totals; a figure never totalled has none.
        bad.add(row.code);
        sheet.at(
          line,
          row.compute!.numerator.includes(code) ? "numerator" : "denominator",
          "forms.ratio.notSummed",
          "forms.ratio.notSummed",
          { code },
        );
      }
    }
  }
  return indicators.filter((i) => !bad.has(i.row.code));
}

const OP_DEFAULT_MESSAGE = {
  eq: "forms.rule.message.eq",
  le: "forms.rule.message.le",
  ge: "forms.rule.message.ge",
  approx: "forms.rule.message.approx",
  both: "forms.rule.message.both",
  band: "forms.rule.message.band",
} as const;

function readRules(
  sheet: SheetTable | null,
  rows: ReadonlyMap<string, Row>,
  failed: ReadonlySet<string>,
  columnsContext: RuleColumnsContext,
): Rule[] {
  if (!sheet) return [];
  if (sheet.rows.length > LIMITS.rules)
    sheet.problem("error", sheet.rows[LIMITS.rules]!.line, null, "forms.limit.rules", "forms.limit.rules", { max: LIMITS.rules });
  const out: Rule[] = [];
  const ids = new Map<string, number>();
  for (const line of sheet.rows.slice(0, LIMITS.rules)) {
    const id = sheet.text(line, "rule_id");
    if (!checkId(sheet, line, "rule_id", id, RULE_ID_PATTERN, ids, "rule")) continue;
    const expression = sheet.text(line, "expression");
    const parsed = parseExpression(expression);
    if (!parsed.ok) {
      sheet.at(line, "expression", "forms.expr.parse", parsed.error.key, { column: parsed.error.column, found: parsed.error.found });
      continue;
    }
    const lowered = lowerRule(parsed.value);
    if ("key" in lowered) {
      sheet.at(line, "expression", "forms.rule.shape", lowered.key, {
        column: lowered.at + 1,
        found: expression.slice(lowered.at, lowered.at + 20),
      });
      continue;
    }
    let fine = true;
    const terms = (list: readonly LinearTerm[]): Term[] =>
      list.map((term) => {
        const row = rows.get(term.code);
        if (!row && failed.has(term.code)) {
          fine = false;
        } else if (!row || row.kind === "computed") {
          fine = false;
          sheet.at(line, "expression", "forms.rule.unknownCode", "forms.rule.unknownCode", {
            code: term.code.slice(0, 40),
            column: term.at + 1,
          });
        } else if (row.valueType === "text") {
          fine = false;
          sheet.at(line, "expression", "forms.rule.textCode", "forms.rule.textCode", { code: term.code, column: term.at + 1 });
        }
        const pin = row ? pinFault(term, columnsContext) : null;
        if (term.column !== null && term.column === term.column.toLowerCase() && !isBuiltinColumn(term.column)) {
          fine = false;
          sheet.at(line, "expression", "forms.rule.unknownColumn", "forms.rule.unknownColumn", {
            value: term.column.slice(0, 20),
            column: term.at + 1,
          });
        } else if (pin) {
          fine = false;
          sheet.at(line, "expression", pin, pin, { code: term.code, value: term.column!.slice(0, 20), column: term.at + 1 });
        }
        return {
          code: term.code,
          ...(term.column ? { column: term.column as Term["column"] } : {}),
          ...(term.sign < 0 ? { sign: -1 as const } : {}),
        };
      });
    const left = terms(lowered.left);
    const right = terms(lowered.right);
    const severity = foldKey(sheet.text(line, "severity"));
    if (severity !== "error" && severity !== "warning") {
      fine = false;
      sheet.at(line, "severity", "forms.rule.severity", "forms.rule.severity", { value: severity.slice(0, 20) });
    }
    const missing = foldKey(sheet.text(line, "missing")) || "skip";
    if (missing !== "skip" && missing !== "zero") {
      fine = false;
      sheet.at(line, "missing", "forms.rule.missing", "forms.rule.missing", { value: missing.slice(0, 20) });
    }
    const number = (key: "tolerance_abs" | "tolerance_rel"): number | undefined => {
      const raw = sheet.raw(line, key);
      const text = cellText(raw);
      if (text === "") return undefined;
      const value = typeof raw === "number" ? raw : Number(text.replace(",", "."));
      if (!Number.isFinite(value) || value < 0) {
        fine = false;
        sheet.at(line, key, "forms.rule.tolerance", "forms.rule.tolerance", { value: text.slice(0, 20) });
      }
      return value;
    };
    const absolute = number("tolerance_abs");
    const relative = number("tolerance_rel");
    const kinds = listOf(sheet, line, "applies_to", ["periodic", "review"], "forms.rule.appliesTo") ?? ["periodic", "review"];
    const columns = ruleColumns(sheet, line, [...lowered.left, ...lowered.right], columnsContext);
    if (!columns) fine = false;
    if (lowered.op === "approx" && absolute === undefined && relative === undefined) {
      fine = false;
      sheet.at(line, "expression", "forms.rule.tolerance", "forms.rule.toleranceMissing");
    }
    if (!fine) continue;
    // A computed side has no single row to name: the default message quotes the expression as written.
    const defaultKey = lowered.bounds
      ? "forms.rule.message.bounds"
      : lowered.calc
        ? "forms.rule.message.calc"
        : OP_DEFAULT_MESSAGE[lowered.op];
    const quoted = { expression: expression.slice(0, 200) };
    const messageVi = sheet.text(line, "message_vi") || t("vi", defaultKey, quoted);
    const messageEn = sheet.text(line, "message_en") || (sheet.text(line, "message_vi") ? messageVi : t("en", defaultKey, quoted));
    out.push({
      id,
      left,
      op: lowered.op,
      right,
      ...(absolute !== undefined || relative !== undefined ? { tolerance: { absolute: absolute ?? 0, relative: relative ?? 0 } } : {}),
      ...(lowered.band ? { band: lowered.band } : {}),
      ...(lowered.calc ? { calc: lowered.calc } : {}),
      ...(lowered.bounds ? { bounds: lowered.bounds } : {}),
      severity: severity as Rule["severity"],
      message: { vi: messageVi, en: messageEn },
      appliesTo: { kinds: kinds as Rule["appliesTo"]["kinds"], columns: columns! },
      blank: missing as Rule["blank"],
    });
  }
  return out;
}

/** A comma-separated list of known words; null when blank. */
function listOf(sheet: SheetTable, line: TableRow, key: string, allowed: readonly string[], code: string): string[] | null {
  const text = sheet.text(line, key);
  if (!text) return null;
  const items = [
    ...new Set(
      text
        .split(/[,;]/)
        .map(foldKey)
        .filter((s) => s !== ""),
    ),
  ];
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length > 0 || items.length === 0) {
    sheet.at(line, key, code, "forms.list.unknown", { value: unknown.join(", ").slice(0, 40), allowed: allowed.join(", ") });
    return null;
  }
  return items;
}

/** "31/5" → month/day; null when not a day of the year. */
function dayMonth(text: string): { month: number; day: number } | null {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? { month, day } : null;
}

/**
 * A deadline (or finish-by) cell: "20/7/2020" is that day; a periodic campaign may also write "15/6" (in
 * the year chosen) or "10/1+1" (in the year after: an annual report as of 30/11 due the next January).
 */
function dateSpecOf(text: string, kind: string): DateSpec | null {
  const relative = kind === "periodic" ? /^(\d{1,2}\/\d{1,2})\s*(?:\+\s*([01]))?$/.exec(text) : null;
  if (relative) {
    const day = dayMonth(relative[1]!);
    return day ? { ...day, yearOffset: Number(relative[2] ?? 0) } : null;
  }
  return parseDateText(text);
}

/** A campaign row's own cells. `fine` is false when one of them is refused (the problem is reported at its cell). */
interface CampaignHead {
  readonly id: string;
  readonly kind: string;
  readonly titleVi: string;
  readonly asOf: { month: number; day: number } | null;
  readonly baseYear?: number;
  readonly endYear?: number;
  readonly fine: boolean;
}

function readCampaignHead(sheet: SheetTable, line: TableRow, ids: Map<string, number>): CampaignHead {
  const id = sheet.text(line, "campaign_id").toLowerCase();
  let fine = checkId(sheet, line, "campaign_id", id, FORM_ID_PATTERN, ids, "campaign");
  const kind = foldKey(sheet.text(line, "kind"));
  if (kind !== "periodic" && kind !== "review") {
    fine = false;
    sheet.at(line, "kind", "forms.campaign.kind", "forms.campaign.kind", { value: kind.slice(0, 20) });
  }
  const titleVi = sheet.required(line, "title_vi");
  if (!titleVi) fine = false;
  const asOfText = sheet.text(line, "as_of");
  const asOf = asOfText ? dayMonth(asOfText) : null;
  if (kind === "periodic" && !asOf) {
    fine = false;
    sheet.at(line, "as_of", "forms.campaign.asOf", "forms.campaign.asOf", { value: asOfText.slice(0, 20) });
  }
  const year = (key: "base_year" | "end_year"): number | undefined => {
    const text = sheet.text(line, key);
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1990 || value > 2100) {
      fine = false;
      sheet.at(line, key, "forms.campaign.year", "forms.campaign.year", { value: text.slice(0, 20) });
    }
    return value;
  };
  const baseYear = year("base_year");
  const endYear = year("end_year");
  if (kind === "review" && (baseYear === undefined || endYear === undefined || endYear <= baseYear)) {
    fine = false;
    sheet.at(line, "end_year", "forms.campaign.years", "forms.campaign.years");
  }
  return { id, kind, titleVi, asOf, baseYear, endYear, fine };
}

function readPlausibility(sheet: SheetTable, line: TableRow): { plausibility: CampaignDef["plausibility"]; fine: boolean } {
  let fine = true;
  const factor = (key: "density_min" | "density_max" | "change_factor" | "peer_factor", fallback: number, min: number): number => {
    const raw = sheet.raw(line, key);
    const text = cellText(raw);
    if (text === "") return fallback;
    const value = typeof raw === "number" ? raw : Number(text.replace(",", "."));
    if (!Number.isFinite(value) || value < min) {
      fine = false;
      sheet.at(line, key, "forms.campaign.number", "forms.campaign.number", { value: text.slice(0, 20) });
    }
    return value;
  };
  const plausibility = {
    density: { min: factor("density_min", 0.3, 0), max: factor("density_max", 1, 0) },
    changeFactor: factor("change_factor", 3, 1),
    peerFactor: factor("peer_factor", 10, 1),
  };
  return { plausibility, fine };
}

/** What a campaign's campaign_levels rows give it. `fine` is false when one of their cells is refused. */
interface CampaignLevels {
  readonly deadlines: CampaignDef["deadlines"][number][];
  readonly levelNames: Partial<Record<Level, Localized>>;
  readonly forms: Partial<Record<Level, FormHeading>>;
  /** The tables listed, in order, each once; and the lists as each row gives them. */
  readonly tables: string[];
  readonly perLevel: Set<string>;
  /** A listed table that did not load (it has its own problem). */
  dropped: boolean;
  fine: boolean;
}

function readCampaignLevels(
  levelsSheet: SheetTable | null,
  head: CampaignHead,
  tableIds: ReadonlySet<string>,
  failedTables: ReadonlySet<string>,
): CampaignLevels {
  const read: CampaignLevels = { deadlines: [], levelNames: {}, forms: {}, tables: [], perLevel: new Set(), dropped: false, fine: true };
  if (!levelsSheet) return read;
  const formLines: Partial<Record<Level, number>> = {};
  for (const levelLine of levelsSheet.rows) {
    if (levelsSheet.text(levelLine, "campaign_id").toLowerCase() !== head.id) continue;
    const levelText = levelsSheet.text(levelLine, "level");
    const level = parseLevel(levelText);
    if (!level) {
      read.fine = false;
      levelsSheet.at(levelLine, "level", "forms.level.unknown", "forms.level.unknown", {
        value: levelText.slice(0, 30),
        allowed: LEVELS.join(", "),
      });
      continue;
    }
    const reportsTo = levelReportsTo(levelsSheet, levelLine, level);
    if (reportsTo === null) read.fine = false;
    const to = reportsTo ?? {};
    for (const [key, wordingKey, finish] of [
      ["deadline", "deadline_text", false],
      ["finish_by", "finish_text", true],
    ] as const) {
      const date = levelDate(levelsSheet, levelLine, key, head);
      if (date === null) read.fine = false;
      else if (date !== undefined) {
        const wording = levelsSheet.text(levelLine, wordingKey).normalize("NFC").slice(0, 300);
        read.deadlines.push({ level, date, ...(wording ? { text: wording } : {}), ...to, ...(finish ? { finish: true as const } : {}) });
      }
    }
    const nameVi = levelsSheet.text(levelLine, "level_name_vi").normalize("NFC").slice(0, LEVEL_NAME_MAX);
    if (nameVi)
      read.levelNames[level] = localized(nameVi, levelsSheet.text(levelLine, "level_name_en").normalize("NFC").slice(0, LEVEL_NAME_MAX));
    if (!readLevelForm(levelsSheet, levelLine, level, head.id, read.forms, formLines)) read.fine = false;
    readLevelTables(levelsSheet, levelLine, tableIds, failedTables, read);
  }
  return read;
}

/** The level a unit sends to, where the plan dates it apart; {} for the level directly above; null when refused. */
function levelReportsTo(levelsSheet: SheetTable, levelLine: TableRow, level: Level): { reportsTo?: Level } | null {
  const text = levelsSheet.text(levelLine, "reports_to");
  if (!text) return {};
  const to = parseLevel(text);
  if (!to) {
    levelsSheet.at(levelLine, "reports_to", "forms.level.unknown", "forms.level.unknown", {
      value: text.slice(0, 30),
      allowed: LEVELS.join(", "),
    });
    return null;
  }
  return to === PARENT_LEVEL[level] ? {} : { reportsTo: to };
}

/**
 * A level's deadline or finish-by date: undefined when blank, null when refused at its cell — not a date,
 * or a periodic campaign's day before its as-of day in the same year (a fixed date is compared when the
 * campaign is made for a year: campaign.ts).
 */
function levelDate(
  levelsSheet: SheetTable,
  levelLine: TableRow,
  key: "deadline" | "finish_by",
  head: CampaignHead,
): DateSpec | null | undefined {
  const text = levelsSheet.text(levelLine, key);
  if (!text) return undefined;
  const date = dateSpecOf(text, head.kind);
  if (!date) {
    levelsSheet.at(levelLine, key, "forms.level.deadline", "forms.level.deadlineSyntax", { value: text.slice(0, 20) });
    return null;
  }
  const asOf = head.asOf;
  if (typeof date !== "string" && asOf && date.yearOffset === 0 && date.month * 100 + date.day < asOf.month * 100 + asOf.day) {
    levelsSheet.at(levelLine, key, "forms.level.beforeAsOf", "forms.level.beforeAsOf", {
      value: text.slice(0, 20),
      asOf: `${asOf.day}/${asOf.month}`,
    });
    return null;
  }
  return date;
}

const FORM_TEXT_MAX = 300;

/** A level's official form (form_number, form_use_*, form_title_*), kept in `forms`; false when refused. */
function readLevelForm(
  levelsSheet: SheetTable,
  levelLine: TableRow,
  level: Level,
  campaignId: string,
  forms: Partial<Record<Level, FormHeading>>,
  formLines: Partial<Record<Level, number>>,
): boolean {
  const text = (key: string) => levelsSheet.text(levelLine, key).normalize("NFC").slice(0, FORM_TEXT_MAX);
  const number = text("form_number").slice(0, 60);
  const given = (["form_use_vi", "form_use_en", "form_title_vi", "form_title_en"] as const).filter((key) => text(key) !== "");
  if (!number) {
    if (given.length === 0) return true;
    levelsSheet.at(levelLine, given[0]!, "forms.level.formWithoutNumber", "forms.level.formWithoutNumber", { column: given[0]! });
    return false;
  }
  const pair = (vi: string, en: string): Localized | undefined => (text(vi) ? localized(text(vi), text(en)) : undefined);
  const use = pair("form_use_vi", "form_use_en");
  const title = pair("form_title_vi", "form_title_en");
  const form: FormHeading = { number, ...(use ? { use } : {}), ...(title ? { title } : {}) };
  const earlier = forms[level];
  if (earlier && JSON.stringify(earlier) !== JSON.stringify(form)) {
    levelsSheet.at(levelLine, "form_number", "forms.level.formDiffers", "forms.level.formDiffers", {
      level,
      campaign: campaignId,
      line: String(formLines[level]),
    });
    return false;
  }
  forms[level] = form;
  formLines[level] = levelLine.line;
  return true;
}

/** The tables a level row lists: known ones kept in order, once; an unknown one reported (unless it failed on its own). */
function readLevelTables(
  levelsSheet: SheetTable,
  levelLine: TableRow,
  tableIds: ReadonlySet<string>,
  failedTables: ReadonlySet<string>,
  read: CampaignLevels,
): void {
  const listed = levelsSheet
    .text(levelLine, "tables")
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const tableId of listed) {
    if (!tableIds.has(tableId)) {
      read.fine = false;
      if (failedTables.has(tableId)) read.dropped = true;
      else levelsSheet.at(levelLine, "tables", "forms.level.table", "forms.level.table", { value: tableId.slice(0, 20) });
    } else if (!read.tables.includes(tableId)) read.tables.push(tableId);
  }
  read.perLevel.add(listed.join(","));
}

function readCampaigns(
  sheet: SheetTable | null,
  levelsSheet: SheetTable | null,
  tableIds: ReadonlySet<string>,
  failedTables: ReadonlySet<string>,
): CampaignDef[] {
  if (!sheet) return [];
  if (sheet.rows.length > LIMITS.campaigns)
    sheet.problem("error", sheet.rows[LIMITS.campaigns]!.line, null, "forms.limit.campaigns", "forms.limit.campaigns", {
      max: LIMITS.campaigns,
    });
  const out: CampaignDef[] = [];
  const ids = new Map<string, number>();
  for (const line of sheet.rows.slice(0, LIMITS.campaigns)) {
    const head = readCampaignHead(sheet, line, ids);
    const { plausibility, fine: plausible } = readPlausibility(sheet, line);
    const levels = readCampaignLevels(levelsSheet, head, tableIds, failedTables);
    let fine = head.fine && plausible && levels.fine;
    // A listed table that did not load has its own problem: the campaign is not also "without tables".
    if (levels.tables.length === 0 && !levels.dropped) {
      fine = false;
      sheet.at(line, "campaign_id", "forms.campaign.noTables", "forms.campaign.noTables", { value: head.id });
    }
    if (levels.perLevel.size > 1)
      sheet.at(line, "campaign_id", "forms.campaign.perLevelTables", "forms.campaign.perLevelTables", { value: head.id }, "warning");
    if (!fine) continue;
    out.push(campaignDef(sheet, line, head, levels, plausibility));
  }
  return out;
}

function campaignDef(
  sheet: SheetTable,
  line: TableRow,
  head: CampaignHead,
  levels: CampaignLevels,
  plausibility: CampaignDef["plausibility"],
): CampaignDef {
  const sourceVi = sheet.text(line, "source");
  const kind = head.kind as CampaignDef["kind"];
  return {
    id: head.id,
    kind,
    title: localized(head.titleVi, sheet.text(line, "title_en")),
    ...(sourceVi ? { source: localized(sourceVi, sheet.text(line, "source_en")) } : {}),
    tables: levels.tables,
    ...(head.asOf && kind === "periodic" ? { asOf: head.asOf } : {}),
    ...(kind === "review" ? { baseYear: head.baseYear, endYear: head.endYear } : {}),
    deadlines: levels.deadlines,
    ...(Object.keys(levels.levelNames).length > 0 ? { levelNames: levels.levelNames } : {}),
    ...(Object.keys(levels.forms).length > 0 ? { forms: levels.forms } : {}),
    plausibility,
  };
}

/** Every todo the import left (or the officer wrote), as a warning at its cell, whole: a todo cut mid-word reads as a different question. */
function listTodos(sheet: SheetTable): void {
  if (!sheet.has("todo")) return;
  for (const line of sheet.rows) {
    const todo = sheet.text(line, "todo");
    if (todo) sheet.at(line, "todo", "forms.todo", "forms.todo", { text: todo }, "warning");
  }
}

/**
 * Rows that a table's own columns cannot take, told at the row: a counted row (each CĐCS merged counts 1) and
 * a row routed from another code fill one value or end cell, which such a table has not; a percentage over
 * codes of a table with other columns would have no term in some of its columns.
 */
function rowsInOwnColumns(
  sheet: SheetTable | null,
  indicators: readonly IndicatorRead[],
  columnsOf: (tableId: string) => readonly ColumnDef[] | undefined,
): void {
  if (!sheet) return;
  const tableOf = new Map(indicators.map((i) => [i.row.code, i.tableId]));
  const shape = (tableId: string | undefined) =>
    (tableId === undefined ? undefined : columnsOf(tableId))
      ?.filter((c) => c.role !== "note")
      .map((c) => c.id)
      .join(",") ?? "";
  for (const { tableId, row, line } of indicators) {
    if (columnsOf(tableId) && (row.aggregation === "count_units" || row.from))
      sheet.at(line, row.from ? "from" : "aggregation", "columns.counted", "columns.counted", { code: row.code, table: tableId });
    const other = [...(row.compute?.numerator ?? []), ...(row.compute?.denominator ?? [])].find(
      (code) => tableOf.has(code) && shape(tableOf.get(code)) !== shape(tableId),
    );
    if (other)
      sheet.at(line, row.compute!.numerator.includes(other) ? "numerator" : "denominator", "columns.ratioTable", "columns.ratioTable", {
        code: other,
        table: tableOf.get(other)!,
      });
  }
}

export function loadDefinition(sheets: DefinitionSheets): DefinitionLoad {
  const problems: DefinitionProblem[] = [];
  const table = (name: keyof typeof DEFINITION_SHEETS, required: boolean) =>
    sheetTable(sheets, DEFINITION_SHEETS[name], DEFINITION_COLUMNS[DEFINITION_SHEETS[name]], required, problems);
  const settingsSheet = table("settings", true);
  const tablesSheet = table("tables", true);
  const indicatorsSheet = table("indicators", true);
  const rulesSheet = table("rules", false);
  const campaignsSheet = table("campaigns", true);
  const levelsSheet = table("campaignLevels", true);
  const columnsSheet = table("columns", false);
  for (const sheet of [settingsSheet, tablesSheet, indicatorsSheet, campaignsSheet, levelsSheet, columnsSheet]) if (sheet) listTodos(sheet);

  const settings = readSettings(settingsSheet);
  if (settingsSheet && settingsSheet.rows.length === 0)
    problems.push({
      severity: "error",
      sheet: settingsSheet.name,
      cell: "A2",
      code: "forms.settings.empty",
      key: "forms.settings.empty",
      params: {},
    });
  const { heads: tableHeads, declared } = readTables(tablesSheet);
  const columnsOf = readColumns(columnsSheet, declared);
  const read = readIndicators(indicatorsSheet, declared);
  const declaredRows = declaredIndicators(indicatorsSheet);
  const indicators = checkReferences(
    indicatorsSheet,
    read,
    without(
      declaredRows.codes,
      read.map((i) => i.row.code),
    ),
  );
  rowsInOwnColumns(indicatorsSheet, indicators, columnsOf);
  const rowsByCode = new Map(indicators.map((i) => [i.row.code, i.row]));
  const tables: Table[] = [];
  for (const head of tableHeads) {
    const rows = indicators.filter((i) => i.tableId === head.table.id).map((i) => i.row);
    // A table whose rows all have errors of their own is not "without indicators" as well.
    if (rows.length === 0 && !declaredRows.tables.has(head.table.id))
      tablesSheet!.at(head.row, "table_id", "forms.table.empty", "forms.table.empty", { value: head.table.id });
    else {
      // A table without columns of its own or shared ones has none: its model (and hash) is what it was before columns.
      const columns = columnsOf(head.table.id);
      tables.push({ ...head.table, rows, ...(columns ? { columns } : {}) });
    }
  }
  const tableOfCode = new Map(indicators.map((i) => [i.row.code, i.tableId]));
  const ownColumns = tables.flatMap((tb) => tb.columns ?? []);
  const rules = readRules(rulesSheet, rowsByCode, without(declaredRows.codes, rowsByCode.keys()), {
    ofCode: (code) => tables.find((tb) => tb.id === tableOfCode.get(code))?.columns,
    inputs: [...new Set(ownColumns.filter((c) => c.role === "input").map((c) => c.id))],
  });
  const failedTables = without(
    declared,
    tables.map((tb) => tb.id),
  );
  const campaignDefs = readCampaigns(campaignsSheet, levelsSheet, new Set(tables.map((tb) => tb.id)), failedTables);
  if (campaignsSheet && campaignDefs.length === 0 && !problems.some((p) => p.severity === "error" && p.sheet === campaignsSheet.name)) {
    problems.push({
      severity: "error",
      sheet: campaignsSheet.name,
      cell: "A2",
      code: "forms.campaign.none",
      key: "forms.campaign.none",
      params: {},
    });
  }
  const errors = problems.some((p) => p.severity === "error");
  if (errors || !settings) return { definition: null, problems };
  const { formId, ...head } = settings;
  return { definition: { form: { id: formId, ...head }, tables, rules, campaigns: campaignDefs }, problems };
}
