/**
 * Loads and checks the catalog: each data file through its zod schema (an error names the file and
 * the field), then the checks across files that a schema cannot make (codes unique, parents and
 * rule codes exist, defined names unique). Part ≤ whole rules are derived from the "trong đó"
 * parent links, so a new part row brings its rule with it.
 */
import type { z } from "zod";
import {
  campaignsFileSchema,
  catalogMetaSchema,
  identificationFileSchema,
  rulesFileSchema,
  tablesFileSchema,
  type CampaignDef,
  type IdentificationField,
  type Row,
  type Rule,
  type Table,
} from "./schema";
import { fail, ok, type AppError, type Result } from "../errors";
import { cellName, identificationName, metaName, META_KEYS, noteName, BREAKDOWN_NAME } from "./names";
import { COLUMN_IDS } from "./schema";
import catalogJson from "../catalog/data/catalog.json";
import definitionJson from "../catalog/data/definition.json";
import identificationJson from "../catalog/data/identification.json";
import type { DefinitionSheets } from "./definition-sheets";
import { loadDefinition, type FormDefinition } from "./load-definition";
import { definitionHash } from "./definition-hash";
import type { Calc, Localized } from "./schema";
import { render, keyed } from "../i18n/message";
import { once } from "../memo";
import { t } from "../i18n/strings";

/** Which definition a catalog was built from: its id and version as the officer wrote them, and its content hash. */
export interface FormIdentity {
  readonly id: string;
  readonly version: number;
  readonly title: Localized;
  readonly source?: Localized;
  /** SHA-256 of the canonical loaded model (definition/definition-hash.ts). */
  readonly hash: string;
}

/** What a definition hash is taken over, and what a template carries: enough to rebuild the catalog. */
export interface DefinitionModel {
  readonly form: FormHead;
  readonly tables: readonly Table[];
  /** Declared rules only: the part ≤ whole rules are derived again from the tables. */
  readonly rules: readonly Rule[];
  readonly campaigns: readonly CampaignDef[];
}

export interface Catalog {
  readonly form: FormIdentity;
  readonly model: DefinitionModel;
  readonly templateId: string;
  readonly version: number;
  readonly readableVersions: readonly number[];
  readonly tables: readonly Table[];
  /** Declared rules followed by the derived part ≤ whole rules. */
  readonly rules: readonly Rule[];
  readonly campaignDefs: readonly CampaignDef[];
  readonly identification: readonly IdentificationField[];
  /** Every row by code, with its table. */
  readonly rowsByCode: ReadonlyMap<string, { readonly table: Table; readonly row: Row }>;
}

/** The data files by name, as loaded (JSON values). */
export interface CatalogFiles {
  readonly "catalog.json": unknown;
  readonly "tables.json": unknown;
  readonly "rules.json": unknown;
  readonly "campaigns.json": unknown;
  readonly "identification.json": unknown;
}

/** The shipped definition: a definition workbook's sheets as JSON, loaded by the same loader as any officer's. */
export const SHIPPED_DEFINITION: DefinitionSheets = definitionJson;

/** A loaded definition as the catalog's data files, with the template format's own files (meta, identification). */
export function definitionFiles(definition: FormDefinition): CatalogFiles {
  return {
    "catalog.json": catalogJson,
    "tables.json": { tables: definition.tables },
    "rules.json": { rules: definition.rules },
    "campaigns.json": { campaigns: definition.campaignDefs },
    "identification.json": identificationJson,
  };
}

export type FormHead = Omit<FormIdentity, "hash">;

/** A model carried in a workbook → its catalog (zod checks it all again: the text is untrusted). */
export function catalogFromModel(model: DefinitionModel): Result<Catalog> {
  const files: CatalogFiles = { ...SHIPPED_FILES, "tables.json": { tables: model.tables }, "rules.json": { rules: model.rules }, "campaigns.json": { campaigns: model.campaigns } };
  return parseCatalog(files, model.form);
}

function shippedDefinition(): FormDefinition {
  const loaded = loadDefinition(SHIPPED_DEFINITION);
  // The shipped definition is checked by the tests: a problem here is a build defect, not a user error.
  if (!loaded.definition) throw new Error(`shipped definition: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  return loaded.definition;
}

const SHIPPED = shippedDefinition();
export const SHIPPED_FORM: FormHead = { id: SHIPPED.formId, version: SHIPPED.version, title: SHIPPED.title, ...(SHIPPED.source ? { source: SHIPPED.source } : {}) };
export const SHIPPED_FILES: CatalogFiles = definitionFiles(SHIPPED);

const catalogError = (file: string, field: string, detail: string): AppError => keyed("catalog.invalid", { file, field, detail });

function parseFile<S extends z.ZodType>(schema: S, file: keyof CatalogFiles, data: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(gốc)";
  return fail(catalogError(file, field, issue.message));
}

/** Every term a rule's tree points at is one of its side's terms. */
function calcTermsWithin(calc: Calc | undefined, count: number): boolean {
  if (!calc || "num" in calc) return true;
  if ("term" in calc) return calc.term < count;
  if ("neg" in calc) return calcTermsWithin(calc.neg, count);
  return calcTermsWithin(calc.a, count) && calcTermsWithin(calc.b, count);
}

/** The part ≤ whole rules implied by "trong đó" rows. */
export function derivedPartRules(tables: readonly Table[]): Rule[] {
  return tables.flatMap((table) =>
    table.rows
      .filter((row) => row.parent)
      .map(
        (row): Rule => ({
          id: `PART_${row.code}_LE_${row.parent}`,
          left: [{ code: row.code }],
          op: "le",
          right: [{ code: row.parent! }],
          severity: "error",
          message: { vi: t("vi", "rule.part.message"), en: t("en", "rule.part.message") },
          appliesTo: { kinds: ["periodic", "review"], columns: ["value", "base", "end", "cumulative"] },
          blank: "skip",
        }),
      ),
  );
}

export function parseCatalog(files: CatalogFiles, form: FormHead = SHIPPED_FORM): Result<Catalog> {
  const meta = parseFile(catalogMetaSchema, "catalog.json", files["catalog.json"]);
  if (!meta.ok) return meta;
  const tables = parseFile(tablesFileSchema, "tables.json", files["tables.json"]);
  if (!tables.ok) return tables;
  const rules = parseFile(rulesFileSchema, "rules.json", files["rules.json"]);
  if (!rules.ok) return rules;
  const campaigns = parseFile(campaignsFileSchema, "campaigns.json", files["campaigns.json"]);
  if (!campaigns.ok) return campaigns;
  const identification = parseFile(identificationFileSchema, "identification.json", files["identification.json"]);
  if (!identification.ok) return identification;

  const rowsByCode = new Map<string, { table: Table; row: Row }>();
  const tableIds = new Set<string>();
  const sheetNames = new Set<string>();
  for (const [ti, table] of tables.value.tables.entries()) {
    if (tableIds.has(table.id)) return fail(catalogError("tables.json", `tables[${ti}].id`, `trùng mã biểu ${table.id}`));
    tableIds.add(table.id);
    if (sheetNames.has(table.sheetName)) return fail(catalogError("tables.json", `tables[${ti}].sheetName`, `trùng tên trang ${table.sheetName}`));
    sheetNames.add(table.sheetName);
    for (const [ri, row] of table.rows.entries()) {
      if (rowsByCode.has(row.code)) return fail(catalogError("tables.json", `tables[${ti}].rows[${ri}].code`, `trùng mã chỉ tiêu ${row.code}`));
      rowsByCode.set(row.code, { table, row });
    }
  }
  for (const [ti, table] of tables.value.tables.entries()) {
    for (const [ri, row] of table.rows.entries()) {
      const at = `tables[${ti}].rows[${ri}]`;
      if (row.parent) {
        const parent = rowsByCode.get(row.parent);
        if (!parent || parent.table !== table) return fail(catalogError("tables.json", `${at}.parent`, `chỉ tiêu cha ${row.parent} không có trong biểu ${table.id}`));
        if (parent.row.kind !== row.kind) return fail(catalogError("tables.json", `${at}.parent`, `${row.code} và ${row.parent} phải cùng loại (tồn/phát sinh)`));
      }
      for (const code of [...(row.compute?.numerator ?? []), ...(row.compute?.denominator ?? [])]) {
        const term = rowsByCode.get(code);
        if (!term || term.row.kind === "computed") return fail(catalogError("tables.json", `${at}.compute`, `mã ${code} không phải chỉ tiêu nhập liệu`));
      }
    }
  }
  for (const [ri, rule] of rules.value.rules.entries()) {
    if (!calcTermsWithin(rule.calc?.left, rule.left.length) || !calcTermsWithin(rule.calc?.right, rule.right.length)) {
      return fail(catalogError("rules.json", `rules[${ri}].calc`, `quy tắc ${rule.id} trỏ tới số hạng không có`));
    }
    for (const term of [...rule.left, ...rule.right]) {
      const found = rowsByCode.get(term.code);
      if (!found || found.row.kind === "computed") return fail(catalogError("rules.json", `rules[${ri}]`, `quy tắc ${rule.id} dùng mã ${term.code} không phải chỉ tiêu nhập liệu`));
    }
  }
  for (const [ci, campaign] of campaigns.value.campaigns.entries()) {
    for (const id of campaign.tables) if (!tableIds.has(id)) return fail(catalogError("campaigns.json", `campaigns[${ci}].tables`, `không có biểu ${id}`));
  }

  // Every defined name we write must be unique, or two cells would answer to one name.
  const names = new Set<string>([BREAKDOWN_NAME, ...META_KEYS.map(metaName), ...identification.value.fields.map((f) => identificationName(f.key))]);
  for (const code of rowsByCode.keys()) {
    for (const name of [...COLUMN_IDS.map((c) => cellName(code, c)), noteName(code)]) {
      if (names.has(name)) return fail(catalogError("tables.json", code, `tên vùng ${name} bị trùng`));
      names.add(name);
    }
  }

  const derived = derivedPartRules(tables.value.tables);
  const ruleIds = new Set<string>();
  for (const rule of [...rules.value.rules, ...derived]) {
    if (ruleIds.has(rule.id)) return fail(catalogError("rules.json", rule.id, "trùng mã quy tắc"));
    ruleIds.add(rule.id);
  }

  // Hashed after zod has applied its defaults, so a definition means one thing whichever way it was written.
  const model: DefinitionModel = { form, tables: tables.value.tables, rules: rules.value.rules, campaigns: campaigns.value.campaigns };
  return ok({
    form: { ...form, hash: definitionHash(model) },
    model,
    templateId: meta.value.templateId,
    version: meta.value.version,
    readableVersions: meta.value.readableVersions,
    tables: tables.value.tables,
    rules: [...rules.value.rules, ...derived],
    campaignDefs: campaigns.value.campaigns,
    identification: identification.value.fields,
    rowsByCode,
  });
}

const shippedCatalog = once((): Catalog => {
  const result = parseCatalog(SHIPPED_FILES);
  if (!result.ok) throw new Error(render("en", result.error));
  return result.value;
});

/** The catalog shipped with this release (one object, made on first use). Its data is checked by the tests, so a failure here is a build defect. */
export function loadCatalog(): Catalog {
  return shippedCatalog();
}
