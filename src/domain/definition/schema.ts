/**
 * The shape of the catalog data files, checked by zod when loaded.
 * The catalog is data (like a DHIS2 data set): tables, rows, codes, kinds, rules, campaigns and
 * identification fields live in JSON under ./data. Adding a table or campaign touches data only.
 */
import { z } from "zod";
import { isoToSerial } from "../dates";

export const LEVELS = ["cdcs", "huyen", "tinh", "tw"] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export const localizedSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof localizedSchema>;

/** Codes are stable identifiers: upper case, digits, underscores. Never renamed within a version. */
export const codeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,30}$/, "mã chỉ tiêu phải là CHỮ_HOA_SỐ_GẠCH (code must be UPPER_CASE)");

/**
 * The value columns every definition has without saying so: periodic Số lượng, and a review's baseline, end,
 * change and cumulative. Lower case, so they never meet a definition's own column ids (upper case).
 */
export const BUILTIN_COLUMN_IDS = ["value", "base", "end", "change", "cumulative"] as const;
export type BuiltinColumnId = (typeof BUILTIN_COLUMN_IDS)[number];
export const isBuiltinColumn = (id: string): id is BuiltinColumnId => (BUILTIN_COLUMN_IDS as readonly string[]).includes(id);
/** A definition's own column id (columns sheet): KH, TH, TL, TONG, HCSN, … */
export const DEFINED_COLUMN_ID = /^[A-Z][A-Z0-9_]{0,11}$/;
/** A cell is (code, column): a built-in column or one of the definition's own. */
export const columnIdSchema = z.string().refine((id) => isBuiltinColumn(id) || DEFINED_COLUMN_ID.test(id), { message: "column id" });
export type ColumnId = string;

/** Money is typed in đồng, nghìn đồng or triệu đồng, as the form's Đơn vị tính says. */
export const MONEY_UNITS = ["dong", "nghin_dong", "trieu_dong"] as const;

export const rowSchema = z
  .object({
    code: codeSchema,
    /** What the TT column shows: "1", "1.1", "-", "a". */
    tt: z.string().max(8),
    label: localizedSchema,
    /** A short name that reads well inside a message: "Số đoàn viên nữ", not "Trong đó: nữ". */
    name: localizedSchema,
    unit: localizedSchema,
    kind: z.enum(["stock", "flow", "computed"]),
    valueType: z.enum(["integer", "decimal", "percent", "text"]),
    /** Text rows: at most this many characters (Excel's own validation stops a longer entry). */
    maxLength: z.number().int().min(1).max(2000).optional(),
    /** Text rows: a blank is an error, not "not reported". */
    required: z.literal(true).optional(),
    /** "trong đó" rows name the row they are part of. */
    parent: codeSchema.optional(),
    /** Shown indented under the row above without being a part of it (a sub-item of a movement). */
    indent: z.boolean().optional(),
    /** Section headings printed above this row ("I. Tổ chức công đoàn"), as the definition's heading lines typed them: words only, no cell. */
    headings: z
      .array(z.object({ tt: z.string().max(8), label: localizedSchema }).strict())
      .min(1)
      .max(10)
      .optional(),
    /** Computed rows: a ratio of summed codes, shown as a percentage; never summed across units. */
    compute: z
      .object({ numerator: z.array(codeSchema).min(1), denominator: z.array(codeSchema).min(1) })
      .strict()
      .optional(),
    /** Decimal money rows: the unit the figure is in. */
    moneyUnit: z.enum(MONEY_UNITS).optional(),
    /**
     * Absent: summed across units. weighted_average: Σ value×weight / Σ weight over the units that reported both.
     * count_units: not typed by a CĐCS; each CĐCS merged counts 1 (when it passes `unitFilter`), 0 otherwise.
     * none: each unit's figure is kept in the register, never summed; the consolidated cell stays empty.
     */
    aggregation: z.enum(["weighted_average", "count_units", "none"]).optional(),
    /** weighted_average: the code of the weight ("Số người được tính"). */
    weight: codeSchema.optional(),
    /** count_units, or a row fed from another code: only CĐCS whose identification field holds one of these values. */
    unitFilter: z
      .object({ field: z.string().regex(/^[A-Z][A-Z0-9_]+$/), values: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
    /** Filled at the merge from a CĐCS's figure of this code when it passes `unitFilter` (a wage routed to its sector's row). */
    from: codeSchema.optional(),
    /** Levels whose templates show this row; absent: every level. */
    levels: z.array(levelSchema).min(1).optional(),
    /** Periodic campaigns: only the one counted as of this day (grading is yearly: 30/11). Reviews are not affected. */
    asOf: z
      .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .strict()
      .optional(),
    /** The years the row existed in (a grading scheme): a column whose year falls outside is not drawn. */
    years: z
      .object({ from: z.number().int().min(1900).max(2100).optional(), to: z.number().int().min(1900).max(2100).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.kind === "computed" && !row.compute) ctx.addIssue({ code: "custom", path: ["compute"], message: "computed row needs compute" });
    if (row.kind !== "computed" && row.compute)
      ctx.addIssue({ code: "custom", path: ["compute"], message: "only computed rows have compute" });
    if (row.kind === "computed" && row.valueType !== "percent")
      ctx.addIssue({ code: "custom", path: ["valueType"], message: "computed rows are percent" });
    if (row.kind !== "computed" && row.valueType === "percent")
      ctx.addIssue({ code: "custom", path: ["valueType"], message: "input rows are integer, decimal or text" });
    if (row.valueType === "text" && (row.aggregation !== "none" || row.parent || row.weight || row.moneyUnit || row.from || row.unitFilter))
      ctx.addIssue({
        code: "custom",
        path: ["valueType"],
        message: "text rows are kept per unit: aggregation none, no parts, weights or money",
      });
    if (row.valueType !== "text" && (row.maxLength !== undefined || row.required))
      ctx.addIssue({ code: "custom", path: ["maxLength"], message: "maxLength and required are for text rows" });
    if ((row.aggregation === "weighted_average") !== (row.weight !== undefined))
      ctx.addIssue({ code: "custom", path: ["weight"], message: "weighted_average goes with weight" });
    if (row.aggregation === "count_units" && (row.kind !== "stock" || row.valueType !== "integer" || row.from))
      ctx.addIssue({ code: "custom", path: ["aggregation"], message: "count_units rows are whole stocks" });
    if (row.from && !row.unitFilter) ctx.addIssue({ code: "custom", path: ["from"], message: "from goes with unitFilter" });
  });
export type Row = z.infer<typeof rowSchema>;

/**
 * A side computed with × and ÷ (or constants): a tree over the side's terms, by index, and decimal
 * constants as text. The engine evaluates it exactly as a fraction; a side that is a plain sum of
 * codes has no tree, so the shipped rules and their hash stay as they were.
 */
export type Calc =
  | { readonly num: string }
  | { readonly term: number }
  | { readonly neg: Calc }
  | { readonly op: "+" | "-" | "*" | "/"; readonly a: Calc; readonly b: Calc };
export const calcSchema: z.ZodType<Calc> = z.lazy(() =>
  z.union([
    z.object({ num: z.string().regex(/^\d{1,15}(?:\.\d{1,15})?$/) }).strict(),
    z.object({ term: z.number().int().min(0).max(500) }).strict(),
    z.object({ neg: calcSchema }).strict(),
    z.object({ op: z.enum(["+", "-", "*", "/"]), a: calcSchema, b: calcSchema }).strict(),
  ]),
);

/**
 * One value column of a table (the definition's columns sheet), or a built-in one (definition/columns.ts).
 * A computed column is an expression over other columns of the same row: its terms, and a tree over them
 * when it is not a plain sum (as a rule's side).
 */
export const columnDefSchema = z
  .object({
    id: columnIdSchema,
    /** The header as the officer typed it ("Kế hoạch năm"). */
    label: localizedSchema,
    /** A spanning header above consecutive columns ("Chia ra"). */
    group: localizedSchema.optional(),
    role: z.enum(["input", "computed", "note"]),
    compute: z
      .object({ terms: z.array(columnIdSchema).min(1).max(50), calc: calcSchema.optional() })
      .strict()
      .optional(),
    /** Absent: the row's own type. */
    valueType: z.enum(["integer", "decimal", "percent"]).optional(),
    /** Input columns: absent, the row's own aggregation; none: kept per unit, never summed. */
    aggregation: z.enum(["sum", "none"]).optional(),
    /** What the numbering row prints ("3=2/1"); absent: the column's position. */
    number: z.string().min(1).max(16).optional(),
    /** Levels whose forms show the column; absent: every level. */
    levels: z.array(levelSchema).min(1).optional(),
  })
  .strict()
  .superRefine((column, ctx) => {
    if ((column.role === "computed") !== (column.compute !== undefined))
      ctx.addIssue({ code: "custom", path: ["compute"], message: "computed columns, and only they, have compute" });
    if (column.role !== "input" && column.aggregation)
      ctx.addIssue({ code: "custom", path: ["aggregation"], message: "aggregation is for input columns" });
    if (column.role === "note" && column.valueType) ctx.addIssue({ code: "custom", path: ["valueType"], message: "a note column is text" });
  });
export type ColumnDef = z.infer<typeof columnDefSchema>;

/** A table's columns: ids unique, one note column at most, a computed column over input or earlier computed columns. */
function checkColumns(columns: readonly ColumnDef[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, ColumnDef>();
  columns.forEach((column, i) => {
    if (seen.has(column.id)) ctx.addIssue({ code: "custom", path: ["columns", i, "id"], message: `column ${column.id} twice` });
    // A table's own column is upper case: a built-in id would answer to the built-in column's name (UR_CODE_SL).
    if (!DEFINED_COLUMN_ID.test(column.id)) ctx.addIssue({ code: "custom", path: ["columns", i, "id"], message: `column ${column.id}` });
    for (const term of column.compute?.terms ?? []) {
      const known = seen.get(term) ?? columns.find((c) => c.id === term && c.role === "input");
      if (!known || known.role === "note" || term === column.id)
        ctx.addIssue({ code: "custom", path: ["columns", i, "compute"], message: `column ${column.id} computes from ${term}` });
    }
    seen.set(column.id, column);
  });
  if (columns.filter((c) => c.role === "note").length > 1) ctx.addIssue({ code: "custom", path: ["columns"], message: "one note column" });
  if (!columns.some((c) => c.role === "input")) ctx.addIssue({ code: "custom", path: ["columns"], message: "no input column" });
}

export const tableSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/),
    /** "01" as printed in "Biểu 01". */
    number: z.string().regex(/^[0-9A-Za-z.-]{1,8}$/),
    /** Excel sheet names: at most 31 characters, none of []:*?/\ */
    sheetName: z
      .string()
      .min(1)
      .max(31)
      .regex(/^[^[\]:*?/\\']+$/),
    title: localizedSchema,
    rows: z.array(rowSchema).min(1),
    /** The table's value columns for periodic campaigns (its own, or the definition's shared ones); absent: one Số lượng column. */
    columns: z.array(columnDefSchema).min(1).max(30).optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    if (table.columns) checkColumns(table.columns, ctx);
  });
export type Table = z.infer<typeof tableSchema>;

/** One side of a rule: a sum of codes; each term may pin a column and a sign. */
export const termSchema = z
  .object({
    code: codeSchema,
    /** Omitted: the column being evaluated; a definition's column id pins the cell (CS_TONG@TONG). */
    column: columnIdSchema.optional(),
    sign: z.union([z.literal(1), z.literal(-1)]).optional(),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
    left: z.array(termSchema).min(1),
    /**
     * eq, le, ge: exact comparisons of sums. approx: |left − right| ≤ tolerance.
     * both: left and right are both reported or both blank. band: left / right within the
     * campaign's named plausibility band.
     */
    op: z.enum(["eq", "le", "ge", "approx", "both", "band"]),
    /** Empty only for band(expr, min, max), whose left side is the whole value judged. */
    right: z.array(termSchema),
    /** Sides with × ÷ or constants: computed by these trees over the side's terms instead of summed. */
    calc: z.object({ left: calcSchema.optional(), right: calcSchema.optional() }).strict().optional(),
    /** band(expr, min, max): the explicit bounds, instead of a campaign's named band. */
    bounds: z.object({ min: z.number(), max: z.number() }).strict().optional(),
    tolerance: z
      .object({ absolute: z.number().min(0).default(0), relative: z.number().min(0).default(0) })
      .strict()
      .optional(),
    band: z.enum(["density", "change"]).optional(),
    severity: z.enum(["error", "warning"]),
    /** Placeholders: {left}, {right} (formatted values), {leftLabel}, {rightLabel}, {column}; band rules also {ratio}, {min}, {max}. */
    message: localizedSchema,
    appliesTo: z
      .object({
        kinds: z.array(z.enum(["periodic", "review"])).min(1),
        columns: z.array(columnIdSchema).min(1),
      })
      .strict(),
    /** What a blank means: skip the rule when any term is blank, or count blanks as zero. */
    blank: z.enum(["skip", "zero"]),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.op === "approx" && !rule.tolerance) ctx.addIssue({ code: "custom", path: ["tolerance"], message: "approx needs tolerance" });
    if (rule.op === "band" && !rule.band === !rule.bounds)
      ctx.addIssue({ code: "custom", path: ["band"], message: "band needs a named band or bounds" });
    if (rule.bounds && rule.bounds.min > rule.bounds.max) ctx.addIssue({ code: "custom", path: ["bounds"], message: "min above max" });
    // A side without a code is a constant (A * 2 <= 100) or the bounds of band(expr, min, max).
    if (rule.right.length === 0 && !rule.calc?.right && !(rule.bounds && rule.calc?.left))
      ctx.addIssue({ code: "custom", path: ["right"], message: "a right side without codes needs a tree" });
    if (rule.calc && (rule.op === "both" || rule.band))
      ctx.addIssue({ code: "custom", path: ["calc"], message: "both and named bands take sums" });
  });
export type Rule = z.infer<typeof ruleSchema>;

/** A fixed date as data carries it: ISO yyyy-mm-dd, and a real day by the one rule of domain/dates.ts (no 30/02). */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => isoToSerial(text) !== null, { message: "not a real day" });

/** A date that may depend on the campaign's year: a fixed ISO date, or month/day in the year + offset. */
export const dateSpecSchema = z.union([
  isoDaySchema,
  z
    .object({
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      yearOffset: z.number().int().min(0).max(1).default(0),
    })
    .strict(),
]);
export type DateSpec = z.infer<typeof dateSpecSchema>;

export const plausibilitySchema = z
  .object({
    /** Union density DV_TONG / LD_TONG expected within [min, max]. */
    density: z.object({ min: z.number().min(0), max: z.number().min(0) }).strict(),
    /** End / baseline of a stock expected within [1/factor, factor]. */
    changeFactor: z.number().min(1),
    /** A unit's figure more than this many times the median of its peers is flagged in a merge. */
    peerFactor: z.number().min(1),
  })
  .strict();
export type Plausibility = z.infer<typeof plausibilitySchema>;

export const campaignDefSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
    kind: z.enum(["periodic", "review"]),
    /** Placeholders {year}, {baseYear}, {endYear}. */
    title: localizedSchema,
    /** Where the campaign comes from (the plan or guide). */
    source: localizedSchema.optional(),
    tables: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,15}$/)).min(1),
    /** Periodic campaigns take a year chosen by the user; their figures are as of this day of it. */
    asOf: z
      .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
      .strict()
      .optional(),
    /** Review campaigns: the baseline and end years. */
    baseYear: z.number().int().min(1990).max(2100).optional(),
    endYear: z.number().int().min(1990).max(2100).optional(),
    /** `text`: the deadline worded as the plan words it ("trước ngày 20/7/2020"), shown instead of the bare date. */
    /**
     * `reportsTo`: the level the unit sends to, where the plan dates it apart (a CĐCS directly under the
     * province reports by 20/7/2020 like the districts); absent: the level directly above. `finish`: a
     * finish-by date ("hoàn thành việc sơ kết chậm nhất ngày 30/6/2012"), not a report-by date.
     */
    deadlines: z.array(
      z
        .object({
          level: levelSchema,
          date: dateSpecSchema,
          text: z.string().min(1).max(300).optional(),
          reportsTo: levelSchema.optional(),
          finish: z.literal(true).optional(),
        })
        .strict(),
    ),
    /**
     * The levels' names as this campaign's plan names them ("LĐLĐ huyện, thị xã, thành phố" in a 2012
     * review); a level not named here goes by its current name (definition/levels.ts).
     */
    levelNames: z.partialRecord(levelSchema, localizedSchema).optional(),
    plausibility: plausibilitySchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === "periodic" && !c.asOf) ctx.addIssue({ code: "custom", path: ["asOf"], message: "periodic campaigns need asOf" });
    if (c.kind === "review" && (c.baseYear === undefined || c.endYear === undefined))
      ctx.addIssue({ code: "custom", path: ["baseYear"], message: "review campaigns need baseYear and endYear" });
    if (c.baseYear !== undefined && c.endYear !== undefined && c.endYear <= c.baseYear)
      ctx.addIssue({ code: "custom", path: ["endYear"], message: "endYear must be after baseYear" });
  });
export type CampaignDef = z.infer<typeof campaignDefSchema>;

export const identificationFieldSchema = z
  .object({
    /** Key used in names (UR_ID_<KEY>) and code. */
    key: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
    label: localizedSchema,
    type: z.enum(["text", "code", "level", "date", "phone", "campaign", "period"]),
    required: z.boolean(),
    /** Filled by the template (campaign, period) rather than by the preparer. */
    prefilled: z.boolean().default(false),
    maxLength: z.number().int().min(1).max(1000).default(255),
    /** A text field chosen from a list (the sector): Excel offers these, the check names a text not on it. */
    choices: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
  })
  .strict();
export type IdentificationField = z.infer<typeof identificationFieldSchema>;

export const catalogMetaSchema = z
  .object({
    templateId: z.string().regex(/^[A-Z][A-Z0-9_-]+$/),
    /** The template version this release writes. */
    version: z.number().int().min(1),
    /** Versions this release can still read and merge. */
    readableVersions: z.array(z.number().int().min(1)).min(1),
  })
  .strict();

export const tablesFileSchema = z.object({ tables: z.array(tableSchema).min(1) }).strict();
export const rulesFileSchema = z.object({ rules: z.array(ruleSchema) }).strict();
export const campaignsFileSchema = z.object({ campaigns: z.array(campaignDefSchema).min(1) }).strict();
export const identificationFileSchema = z.object({ fields: z.array(identificationFieldSchema).min(1) }).strict();
