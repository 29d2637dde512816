/**
 * A definition → the catalog that layout, check and merge work on: its parts (tables, rules, campaigns)
 * through their zod schemas once, item by item, then the checks across parts that a schema cannot make
 * (codes unique, parents and rule codes exist, defined names unique), each failure placed at the row of the
 * definition sheet it concerns. Part ≤ whole rules are derived from the "trong đó" parent links, so a new
 * part row brings its rule with it. The template format's own parts and the shipped definition come from
 * catalog/data; the shipped catalog is built here from them by the same path as any officer's definition.
 */
import {
  campaignDefSchema,
  catalogMetaSchema,
  identificationFileSchema,
  ruleSchema,
  tableSchema,
  type CampaignDef,
  type IdentificationField,
  type Row,
  type Rule,
  type Table,
} from "./schema";
import { fail, ok, type AppError, type Result } from "../errors";
import { cellName, identificationName, metaName, META_KEYS, noteName, BREAKDOWN_NAME } from "./names";
import { BUILTIN_COLUMN_IDS, isBuiltinColumn } from "./schema";
import { inputColumnIds } from "./columns";
import catalogJson from "../catalog/data/catalog.json";
import definitionJson from "../catalog/data/definition.json";
import identificationJson from "../catalog/data/identification.json";
import type { DefinitionSheets } from "./definition-sheets";
import { loadDefinition } from "./load-definition";
import { definitionHash } from "./definition-hash";
import type { Calc, Localized } from "./schema";
import { render, type MessageParams } from "../i18n/message";
import { t, type StringKey } from "../i18n/strings";
import { once } from "../memo";

/** A definition's identity: its id and version as the officer wrote them, and its content hash. */
export interface DefinitionIdentity {
  readonly id: string;
  readonly version: number;
  readonly title: Localized;
  readonly source?: Localized;
  /** Hashes of the earlier versions of this form a merge by it accepts (settings!previous_versions); part of the model, so of the hash. */
  readonly previousVersions?: readonly string[];
  /** SHA-256 of the canonical loaded model (definition/definition-hash.ts). */
  readonly hash: string;
}

/** What a definition hash is taken over, and what a template carries: enough to rebuild the catalog. */
export interface DefinitionModel {
  /** The identity as written (its hash is taken over this model). */
  readonly form: Omit<DefinitionIdentity, "hash">;
  readonly tables: readonly Table[];
  /** Declared rules only: the part ≤ whole rules are derived again from the tables. */
  readonly rules: readonly Rule[];
  readonly campaigns: readonly CampaignDef[];
}

/**
 * The loaded definition: what layout, check and merge work on (its model, with the derived rules, the
 * rows by code and the template format's own parts).
 */
export interface Definition {
  readonly form: DefinitionIdentity;
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

/** The template format's own parts, shipped with the release (catalog.json, identification.json): not the definition's. */
export interface TemplateFormat {
  readonly templateId: string;
  readonly version: number;
  readonly readableVersions: readonly number[];
  readonly identification: readonly IdentificationField[];
}

/** The shipped definition: a definition workbook's sheets as JSON, loaded by the same loader as any officer's. */
export const SHIPPED_DEFINITION: DefinitionSheets = definitionJson;

/** Where a definition breaks a rule across its parts: the definition sheet, and the id or code of the row there. */
export interface DefinitionFault {
  readonly sheet: "tables" | "indicators" | "rules" | "campaigns";
  /** table_id, code, rule_id or campaign_id of the row ("" when the sheet itself is at fault). */
  readonly id: string;
  readonly key: StringKey;
  readonly params: MessageParams;
}

/** A model built into a definition, or the first fault met (under `error`, as every Result). */
export type Built<T> = Result<T, DefinitionFault>;

const fault = (
  sheet: DefinitionFault["sheet"],
  id: string,
  key: StringKey,
  params: MessageParams = {},
): { ok: false; error: DefinitionFault } => ({ ok: false, error: { sheet, id, key, params } });

/** A fault as the one message model (for callers with no definition sheets to point at: a carried model). */
export const faultMessage = (f: DefinitionFault): AppError => ({ code: f.key, key: f.key, params: f.params });

/** The column a zod issue names, in the words of the definition sheet ("code", "parent", "tables"). */
function fieldOf(path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === "string");
  return names.length > 0 ? names.join(".") : "?";
}

/** The id a row is found by on its sheet (the untrusted value itself, as text, when it is one). */
const idOf = (value: unknown, key: string): string => {
  const id = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof id === "string" ? id : "";
};

/**
 * The definition's parts through their zod schemas, item by item: the one zod pass (the loader's rows, or a
 * model carried in a workbook, whose text is untrusted), each failure placed at its row. Hashed after zod has
 * applied its defaults, so a definition means one thing whichever way it was written.
 */
function parseParts(
  form: DefinitionModel["form"],
  parts: { readonly tables: unknown; readonly rules: unknown; readonly campaigns: unknown },
): Built<DefinitionModel> {
  const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
  if (list(parts.tables).length === 0) return fault("tables", "", "definition.part.missing", { sheet: "tables" });
  if (list(parts.campaigns).length === 0) return fault("campaigns", "", "definition.part.missing", { sheet: "campaigns" });
  const tables: Table[] = [];
  for (const table of list(parts.tables)) {
    const parsed = tableSchema.safeParse(table);
    if (parsed.success) {
      tables.push(parsed.data);
      continue;
    }
    const path = parsed.error.issues[0]!.path;
    if (path[0] === "rows" && typeof path[1] === "number") {
      const row = list((table as { rows?: unknown }).rows)[path[1]];
      return fault("indicators", idOf(row, "code"), "definition.field.invalid", { field: fieldOf(path.slice(2)) });
    }
    return fault("tables", idOf(table, "id"), "definition.field.invalid", { field: fieldOf(path) });
  }
  const rules: Rule[] = [];
  for (const rule of list(parts.rules)) {
    const parsed = ruleSchema.safeParse(rule);
    if (!parsed.success)
      return fault("rules", idOf(rule, "id"), "definition.field.invalid", { field: fieldOf(parsed.error.issues[0]!.path) });
    rules.push(parsed.data);
  }
  const campaigns: CampaignDef[] = [];
  for (const campaign of list(parts.campaigns)) {
    const parsed = campaignDefSchema.safeParse(campaign);
    if (!parsed.success)
      return fault("campaigns", idOf(campaign, "id"), "definition.field.invalid", { field: fieldOf(parsed.error.issues[0]!.path) });
    campaigns.push(parsed.data);
  }
  return { ok: true, value: { form, tables, rules, campaigns } };
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
      .map((row): Rule => ({
        id: `PART_${row.code}_LE_${row.parent}`,
        left: [{ code: row.code }],
        op: "le",
        right: [{ code: row.parent! }],
        severity: "error",
        message: { vi: t("vi", "rule.part.message"), en: t("en", "rule.part.message") },
        // Part ≤ whole in every input column: the built-in ones and the table's own (a sector matrix: in each sector).
        appliesTo: { kinds: ["periodic", "review"], columns: ["value", "base", "end", "cumulative", ...inputColumnIds(table)] },
        blank: "skip",
      })),
  );
}

/**
 * A definition's parts → its catalog: the zod pass, then the checks across parts that a schema cannot make
 * (codes unique, parents and rule codes exist, defined names unique). The loader has checked the same item
 * by item at their cells; this is the last guard, and the whole guard of a carried model.
 */
export function buildCatalog(
  form: DefinitionModel["form"],
  parts: { readonly tables: unknown; readonly rules: unknown; readonly campaigns: unknown },
  template: TemplateFormat = SHIPPED_TEMPLATE,
): Built<Definition> {
  const parsed = parseParts(form, parts);
  if (!parsed.ok) return parsed;
  const model = parsed.value;
  const rowsByCode = new Map<string, { table: Table; row: Row }>();
  const tableIds = new Set<string>();
  const sheetNames = new Set<string>();
  for (const table of model.tables) {
    if (tableIds.has(table.id)) return fault("tables", table.id, "definition.table.duplicate", { id: table.id });
    tableIds.add(table.id);
    if (sheetNames.has(table.sheetName)) return fault("tables", table.id, "definition.table.sheetName", { value: table.sheetName });
    sheetNames.add(table.sheetName);
    for (const row of table.rows) {
      if (rowsByCode.has(row.code)) return fault("indicators", row.code, "definition.indicator.duplicate", { code: row.code });
      rowsByCode.set(row.code, { table, row });
    }
  }
  for (const table of model.tables) {
    for (const row of table.rows) {
      if (row.parent) {
        const parent = rowsByCode.get(row.parent);
        if (!parent || parent.table !== table)
          return fault("indicators", row.code, "definition.parent.unknown", { code: row.code, parent: row.parent, table: table.id });
        if (parent.row.kind !== row.kind)
          return fault("indicators", row.code, "definition.parent.kind", { code: row.code, parent: row.parent });
      }
      for (const code of [...(row.compute?.numerator ?? []), ...(row.compute?.denominator ?? [])]) {
        const term = rowsByCode.get(code);
        if (!term || term.row.kind === "computed")
          return fault("indicators", row.code, "definition.compute.term", { code: row.code, term: code });
      }
    }
  }
  for (const rule of model.rules) {
    if (!calcTermsWithin(rule.calc?.left, rule.left.length) || !calcTermsWithin(rule.calc?.right, rule.right.length))
      return fault("rules", rule.id, "definition.rule.calc", { id: rule.id });
    for (const term of [...rule.left, ...rule.right]) {
      const found = rowsByCode.get(term.code);
      if (!found || found.row.kind === "computed") return fault("rules", rule.id, "definition.rule.term", { id: rule.id, code: term.code });
      // A pinned cell is a built-in column or an input column of the code's own table.
      if (term.column && !isBuiltinColumn(term.column) && !inputColumnIds(found.table).includes(term.column))
        return fault("rules", rule.id, "definition.rule.term", { id: rule.id, code: `${term.code}@${term.column}` });
    }
  }
  for (const campaign of model.campaigns) {
    for (const id of campaign.tables)
      if (!tableIds.has(id)) return fault("campaigns", campaign.id, "definition.campaign.table", { id: campaign.id, table: id });
  }

  // Every defined name we write must be unique, or two cells would answer to one name.
  const names = new Set<string>([
    BREAKDOWN_NAME,
    ...META_KEYS.map(metaName),
    ...template.identification.map((f) => identificationName(f.key)),
  ]);
  for (const [code, { table }] of rowsByCode) {
    const columns = [...BUILTIN_COLUMN_IDS, ...(table.columns ?? []).filter((c) => c.role !== "note").map((c) => c.id)];
    for (const name of [...columns.map((c) => cellName(code, c)), noteName(code)]) {
      if (names.has(name)) return fault("indicators", code, "definition.name.clash", { code, name });
      names.add(name);
    }
  }

  const derived = derivedPartRules(model.tables);
  const ruleIds = new Set<string>();
  for (const rule of [...model.rules, ...derived]) {
    if (ruleIds.has(rule.id)) return fault("rules", rule.id, "definition.rule.duplicate", { id: rule.id });
    ruleIds.add(rule.id);
  }

  return {
    ok: true,
    value: {
      form: { ...form, hash: definitionHash(model) },
      model,
      templateId: template.templateId,
      version: template.version,
      readableVersions: template.readableVersions,
      tables: model.tables,
      rules: [...model.rules, ...derived],
      campaignDefs: model.campaigns,
      identification: template.identification,
      rowsByCode,
    },
  };
}

/** A loaded model → its definition (the loader's rows, checked once by zod and across parts). */
export function catalogOfDefinition(model: DefinitionModel): Built<Definition> {
  return buildCatalog(model.form, model);
}

/** A model carried in a workbook (or handed to the merge's thread) → its catalog: its text is untrusted, so all of it is checked. */
export function catalogFromModel(model: DefinitionModel): Result<Definition> {
  const built = buildCatalog(model.form, model);
  return built.ok ? ok(built.value) : fail(faultMessage(built.error));
}

function shippedTemplate(): TemplateFormat {
  const meta = catalogMetaSchema.safeParse(catalogJson);
  const fields = identificationFileSchema.safeParse(identificationJson);
  // The shipped files are checked by the tests: a failure here is a build defect, not a user error.
  if (!meta.success || !fields.success) throw new Error("shipped template files (catalog.json, identification.json) do not parse");
  return { ...meta.data, identification: fields.data.fields };
}

const SHIPPED_TEMPLATE = shippedTemplate();

function shippedDefinition(): DefinitionModel {
  const loaded = loadDefinition(SHIPPED_DEFINITION);
  // The shipped definition is checked by the tests: a problem here is a build defect, not a user error.
  if (!loaded.definition) throw new Error(`shipped definition: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  return loaded.definition;
}

const SHIPPED = shippedDefinition();
export const SHIPPED_FORM: DefinitionModel["form"] = SHIPPED.form;

const shippedCatalog = once((): Definition => {
  const built = catalogOfDefinition(SHIPPED);
  if (!built.ok) throw new Error(render("en", faultMessage(built.error)));
  return built.value;
});

/** The catalog shipped with this release (one object, made on first use). Its data is checked by the tests, so a failure here is a build defect. */
export function loadCatalog(): Definition {
  return shippedCatalog();
}
