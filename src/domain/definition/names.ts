/**
 * Workbook-scoped defined names, derived from codes. Every input and computed cell of a template is
 * reachable by one of these names, so reading a workbook never depends on positions or labels
 * (the failure of Excel's Consolidate by position).
 */
import { isBuiltinColumn, type BuiltinColumnId, type ColumnId } from "./schema";
import { NAME_PREFIX } from "../raw";

const COLUMN_SUFFIX: Readonly<Record<BuiltinColumnId, string>> = {
  value: "SL", // Số lượng
  base: "DAU", // Đầu kỳ
  end: "CUOI", // Cuối kỳ
  change: "TD", // Tăng/giảm
  cumulative: "LK", // Lũy kế
};

/**
 * The separator between a code and a definition's own column id. A dot: Excel and LibreOffice keep it
 * in a defined name (test/libreoffice/column-names.test.ts), and no name of a built-in column or of the
 * workbook's other names has one, so `UR_DV_MOI.KH` cannot meet `UR_DV_MOI_SL` or a code that ends in _KH.
 */
export const COLUMN_NAME_SEPARATOR = ".";

/** The defined name of a cell: today's names for the built-in columns (UR_DV_MOI_SL), UR_DV_MOI.KH for a definition's own. */
export const cellName = (code: string, column: ColumnId): string =>
  isBuiltinColumn(column) ? `${NAME_PREFIX}${code}_${COLUMN_SUFFIX[column]}` : `${NAME_PREFIX}${code}${COLUMN_NAME_SEPARATOR}${column}`;
/** The Ghi chú (note) cell of a row. */
export const noteName = (code: string): string => `${NAME_PREFIX}${code}_GC`;
export const identificationName = (key: string): string => `${NAME_PREFIX}ID_${key}`;
export const metaName = (key: MetaKey): string => `${NAME_PREFIX}META_${key}`;

/**
 * What every workbook carries about itself, on a hidden (not veryHidden) sheet, so it survives a
 * LibreOffice round trip.
 */
export const META_KEYS = [
  "TEMPLATE_ID",
  "TEMPLATE_VERSION",
  "CAMPAIGN_ID",
  /** The campaign definition as JSON, so a merge can rebuild a custom campaign from any of its files. */
  "CAMPAIGN_DEF",
  /** "submission" (filled by a unit) or "consolidated" (written by a merge). */
  "KIND",
  /** The form definition the workbook was made from: id and version as its officer wrote them, and its SHA-256. */
  "FORM_ID",
  "FORM_VERSION",
  "FORM_HASH",
] as const;
export type MetaKey = (typeof META_KEYS)[number];

/**
 * The full definition (its model as JSON), split over a column of the meta sheet because Excel holds
 * at most 32,767 characters in a cell: the range's cells are joined in order.
 */
export const FORM_DEF_NAME = `${NAME_PREFIX}META_FORM_DEF`;

/** A consolidated workbook's per-unit breakdown (header row of cell names, one row per unit). */
export const BREAKDOWN_NAME = `${NAME_PREFIX}BREAKDOWN`;
/** The defined name of register part `n` (0-based): UR_BREAKDOWN, then UR_BREAKDOWN_2, … on continuation sheets. */
export const registerName = (n: number): string => (n === 0 ? BREAKDOWN_NAME : `${BREAKDOWN_NAME}_${n + 1}`);
/** How many unit rows the breakdown holds, written as a number: a breakdown cut short by another tool is recognised. */
export const BREAKDOWN_UNITS_NAME = `${NAME_PREFIX}BREAKDOWN_UNITS`;
