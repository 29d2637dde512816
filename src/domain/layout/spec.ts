/**
 * What the layout engine hands back besides the plan: an index of the cells it placed, by code.
 * The CLI lists it (`union-report codes`), the merge and the check engine find figures and notes
 * through it, and tests compare the plan against it.
 */
import type { Campaign, Definition, ColumnId, Level, Localized, MetaKey } from "../definition";
import type { FigureKey } from "../submission";
import type { WorkbookPlan } from "./plan";

/** One figure cell (input or computed) of a table sheet. */
export interface CellSpec {
  /** Workbook-scoped defined name: cellName(code, column). */
  readonly name: string;
  readonly sheet: string;
  /** A1 address on that sheet. */
  readonly address: string;
  readonly code: string;
  readonly column: ColumnId;
  readonly tableId: string;
  /** "percent" for computed ratio rows; a change column has its row's type. */
  readonly valueType: "integer" | "decimal" | "percent" | "text";
  /** True when the preparer types it; false when it is a formula. */
  readonly input: boolean;
  readonly label: Localized;
  readonly unit: Localized;
}

/** The Ghi chú cell of a row: free text, one per row code. Kept apart from CellSpec: it has no value column. */
export interface NoteCellSpec {
  /** noteName(code). */
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly code: string;
  readonly tableId: string;
}

/** An identification field's input cell on "Thông tin chung". */
export interface IdentificationCellSpec {
  /** identificationName(key): UR_ID_<KEY>. */
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly key: string;
  readonly label: Localized;
  /** Filled by the template (campaign, period), locked. */
  readonly prefilled: boolean;
}

export interface MetaCellSpec {
  /** metaName(key): UR_META_<KEY>. */
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly key: MetaKey;
}

export interface UnitIdentification {
  readonly unitName?: string;
  readonly unitCode?: string;
  readonly level?: Level;
  readonly parent?: string;
  readonly preparer?: string;
  readonly phone?: string;
  /** ISO date (YYYY-MM-DD): written as a date; any other text is written as text. */
  readonly datePrepared?: string;
  readonly head?: string;
  /** A CĐCS's sector (loại hình) as written in LOAI_HINH: what the upper level counts it under. */
  readonly sector?: string;
}

export interface TemplateInput {
  readonly catalog: Definition;
  readonly campaign: Campaign;
  readonly unit?: UnitIdentification;
  /** Input figures to write (a merge's totals, or a fill). null and absent keys stay blank. Keys of computed cells are ignored. */
  readonly figures?: ReadonlyMap<FigureKey, number | null>;
  /** Ghi chú text by row code. */
  readonly notes?: ReadonlyMap<string, string>;
  /** Written to meta KIND; "consolidated" also marks the table sheets as consolidated figures. Default "submission". */
  readonly kind?: "submission" | "consolidated";
}

export interface TemplateResult {
  readonly plan: WorkbookPlan;
  /** Every figure cell, in sheet order then row order then column order. */
  readonly cells: CellSpec[];
  readonly noteCells: NoteCellSpec[];
  readonly identificationCells: IdentificationCellSpec[];
  readonly metaCells: MetaCellSpec[];
}
