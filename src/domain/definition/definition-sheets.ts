/**
 * The definition workbook as plain data: the contract between whoever reads or writes a definition
 * (the .xlsx adapter, the typed-form import, the bundled shipped definition) and the one loader.
 *
 * Like XLSForm's survey/choices/settings, a definition is a few sheets with fixed names and a header
 * row of fixed column keys; every row below the header is one item. Sheet names and column keys are
 * matched after NFC, trimming and case folding; column order is free; unknown columns are reported as
 * warnings, never silently used. Cells hold what Excel holds: text, numbers, booleans or nothing.
 */

export type DefinitionCell = string | number | boolean | null;

/** One sheet: its name as written and its rows, row 0 being the header row. */
export interface DefinitionSheet {
  readonly name: string;
  readonly rows: readonly (readonly DefinitionCell[])[];
}

export interface DefinitionSheets {
  readonly sheets: readonly DefinitionSheet[];
}

/** Fixed sheet names (ASCII, so they survive every keyboard and every tool). */
export const DEFINITION_SHEETS = {
  /** One data row: the definition's identity. */
  settings: "settings",
  /** One row per table (biểu). */
  tables: "tables",
  /** One row per line of a table, in display order: indicators and section headings. */
  indicators: "indicators",
  /** One row per rule. */
  rules: "rules",
  /** One row per campaign (kỳ báo cáo). */
  campaigns: "campaigns",
  /** One row per campaign and level: deadline and the tables that level fills. */
  campaignLevels: "campaign_levels",
  /** Optional: one row per value column of a table (or shared by every table without its own). */
  columns: "columns",
} as const;

/** Fixed column keys per sheet. Columns marked optional may be absent or left blank. */
export const DEFINITION_COLUMNS = {
  settings: {
    /** Definition id, lower-case ASCII and dashes, e.g. "ldld-dien-bien-2026". */
    form_id: "required",
    /** Whole number ≥ 1; a later version of the same form_id may only add codes. */
    version: "required",
    title_vi: "required",
    title_en: "optional",
    /** The document the forms come from (plan, regulation). */
    source: "optional",
    /** For the officer: what the import could not decide on this sheet ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
    /**
     * The SHA-256 hashes (as `forms check` prints them) of this form's earlier versions whose files a
     * merge by this version still accepts, separated by commas, spaces or line breaks. An earlier
     * version not listed here is refused, however its file is made.
     */
    previous_versions: "optional",
  },
  tables: {
    /** "B01", "B05", … */
    table_id: "required",
    /** As printed in "Biểu 01". */
    number: "required",
    /** Excel sheet name: ≤ 31 characters, none of [ ] : * ? / \ ', not "History". */
    sheet_name: "required",
    title_vi: "required",
    title_en: "optional",
    /** For the officer: what the import could not decide on this sheet ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
  },
  indicators: {
    table_id: "required",
    /** What the TT column shows: "I", "1", "1.1", "-", "+", "a". */
    tt: "optional",
    /** Blank for a section heading; otherwise [A-Z][A-Z0-9_]{1,30}. */
    code: "optional",
    label_vi: "required",
    label_en: "optional",
    /** A short name that reads well inside a message ("Số đoàn viên nữ", not "Trong đó: nữ"). */
    name_vi: "optional",
    name_en: "optional",
    /** Đơn vị tính as printed: "người", "đơn vị", "đồng", "triệu đồng", "%". */
    unit_vi: "optional",
    unit_en: "optional",
    /** section | whole | decimal | percent | text */
    type: "required",
    /** For decimal money: dong | nghin_dong | trieu_dong. */
    money_unit: "optional",
    /** stock | flow (blank for section, percent and text rows). */
    kind: "optional",
    /** The code this row is a "trong đó" part of (part ≤ whole is then a rule). */
    parent: "optional",
    /** sum | ratio | weighted_average | count_units | none. Default: sum for whole/decimal, none for text. */
    aggregation: "optional",
    /** ratio: expressions over codes, e.g. "XL_XS + XL_TOT" and "XL_TONG". */
    numerator: "optional",
    denominator: "optional",
    /** weighted_average: the code of the weight ("Số người được tính"). */
    weight: "optional",
    /** count_units: only units whose identification field equals a value, e.g. "LOAI_HINH = dnnn". */
    count_filter: "optional",
    /** Levels that fill this row (cdcs, huyen, tinh, tw, comma-separated); blank = every level. */
    levels: "optional",
    /** Added by the loader's second version: a periodic row only in the report as of this day ("30/11": grading is yearly). */
    as_of: "optional",
    /** Added by the loader's second version: the years the row existed in, "2019-" or "-2018" (a grading scheme). */
    years: "optional",
    /** Added by the loader's second version: the row is filled at the merge from a CĐCS's figure of this code (with count_filter). */
    from: "optional",
    /** Added by the loader's second version: where the row comes from (the public form, or "suy ra" when inferred). Not used by the forms. */
    source: "optional",
    /** Added by the loader's first version: "x" shows the row indented under the one above without being a part of it. */
    indent: "optional",
    /** Added by the loader's third version: text rows, the most characters a unit may type (1–2000; blank = 255). */
    max_length: "optional",
    /** Added by the loader's third version: text rows, "x" when a blank is an error rather than "not reported". */
    required: "optional",
    /** For the officer: what the import could not infer ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
  },
  rules: {
    rule_id: "required",
    /** "DV_NU <= DV_TONG", "A + B + C = TONG", "DV_TONG.end ~ DV_TONG.base + DV_MOI - DV_GIAM", … */
    expression: "required",
    /** error | warning */
    severity: "required",
    message_vi: "optional",
    message_en: "optional",
    /** skip (default): a blank term skips the rule; zero: blanks count as zero. */
    missing: "optional",
    tolerance_abs: "optional",
    tolerance_rel: "optional",
    /** Campaign kinds the rule applies to: periodic, review, term (comma-separated); blank = all. */
    applies_to: "optional",
    /** One line: why the rule exists or why it is only a warning. */
    reason: "optional",
    /** Added by the loader's first version: the value columns checked (value, base, end, cumulative; comma-separated); blank = all. */
    columns: "optional",
  },
  campaigns: {
    /** Lower-case ASCII and dashes; a shipped id may not be reused by another definition. */
    campaign_id: "required",
    /** periodic | review | term */
    kind: "required",
    title_vi: "required",
    title_en: "optional",
    source: "optional",
    /** Added by the loader's first version: the source as English readers see it. */
    source_en: "optional",
    /** periodic: "31/5" — figures as of that day of the chosen year. */
    as_of: "optional",
    base_year: "optional",
    end_year: "optional",
    density_min: "optional",
    density_max: "optional",
    change_factor: "optional",
    peer_factor: "optional",
    /** For the officer: what the import could not decide on this sheet ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
  },
  campaign_levels: {
    campaign_id: "required",
    /** cdcs | huyen | tinh | tw (older names accepted where the loader says so). */
    level: "required",
    /** dd/mm/yyyy, or dd/mm for a periodic campaign's chosen year. */
    deadline: "optional",
    /** The deadline worded as the plan words it ("trước ngày 20/7/2020"). */
    deadline_text: "optional",
    /** Table ids this level fills, comma-separated. */
    tables: "required",
    /** Added by the loader's third version: the level's name as this campaign's plan writes it ("LĐLĐ huyện, thị xã" in 2012); blank = today's name. */
    level_name_vi: "optional",
    level_name_en: "optional",
    /** For the officer: what the import could not decide on this sheet ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
    /** The level the unit sends to, where the plan dates it apart (a CĐCS directly under the province: tinh); blank = the level directly above. */
    reports_to: "optional",
    /** A finish-by date (the review done), not a report-by date, and the plan's words for it. */
    finish_by: "optional",
    finish_text: "optional",
  },
  columns: {
    /** The table the column belongs to; blank: shared by every table that declares no columns of its own. */
    table: "optional",
    /** KH, TH, TL, TONG, HCSN, …: [A-Z][A-Z0-9_]{0,11}, unique within its table. */
    id: "required",
    /** The column header as typed ("Kế hoạch năm"). */
    label_vi: "required",
    label_en: "optional",
    /** A spanning header above consecutive columns ("Chia ra", "Trong đó"), printed on row 7 and merged. */
    group_vi: "optional",
    group_en: "optional",
    /** input | computed | note */
    role: "required",
    /** computed: an expression over column ids of the same row, in the rules' grammar: "TH / KH", "sum(HCSN, DNNN)". */
    formula: "optional",
    /** percent | integer | decimal; blank: the row's own type (a formula that divides: percent). */
    value_type: "optional",
    /** input columns: sum | none; blank: the row's own aggregation. */
    aggregation: "optional",
    /** What the numbering row prints ("3=2/1"); blank: the column's position. */
    number: "optional",
    /** Levels whose forms show the column (cdcs, huyen, tinh, tw); blank = every level. */
    levels: "optional",
    /** For the officer: what the import could not decide ("CẦN XEM: …"). `forms check` lists it. */
    todo: "optional",
  },
} as const;
