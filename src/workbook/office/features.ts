/**
 * The ExcelApi requirement sets this adapter uses. The manifest declares BASE; everything else is asked at
 * run time and skipped when the host lacks it (README "What runs where" lists which Excel gets what).
 */
export const BASE_EXCEL_API = "1.4"; // defined names add/read, getItemOrNullObject, getUsedRangeOrNullObject

export const FEATURE_SETS = {
  /** Freeze panes, tab colour, document properties, each worksheet's change event, protection re-applied with the same options. */
  sheetExtras: "1.7",
  /** Data validation (whole number, decimal, list, date, text length) with prompts and error alerts. */
  validation: "1.8",
  /** Page layout (A4, orientation, fit to width, repeated rows, header/footer), indent, fill pattern. */
  pageLayout: "1.9",
  /** One change event for the whole workbook (WorksheetCollection.onChanged), sheets added later included. */
  workbookEvents: "1.9",
} as const;

export type Feature = keyof typeof FEATURE_SETS;
export type Features = Readonly<Record<Feature, boolean>>;

export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): Features {
  const has = (version: string) => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return { sheetExtras: has(FEATURE_SETS.sheetExtras), validation: has(FEATURE_SETS.validation), pageLayout: has(FEATURE_SETS.pageLayout), workbookEvents: has(FEATURE_SETS.workbookEvents) };
}
