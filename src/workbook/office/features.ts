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
  /** Runtime.enableEvents: our own writes raise no change event (the live re-check runs once after). */
  quietWrites: "1.8",
  /** Excel.run's delayForCellEdit: a batch waits while the user is typing in a cell instead of failing. */
  delayForCellEdit: "1.11",
  /** Creating a new workbook from a .xlsx (Application.createWorkbook), for results inside Excel for Mac. */
  createWorkbook: "1.8",
} as const;

/** Members only Excel on the web has (ExcelApiOnline), asked the same way. */
export const ONLINE_FEATURE_SETS = {
  /** WorksheetProtection.isPasswordProtected: whether unprotecting needs a password, without trying. */
  passwordState: "1.1",
} as const;

export type Feature = keyof typeof FEATURE_SETS | keyof typeof ONLINE_FEATURE_SETS;
export type Features = Readonly<Record<Feature, boolean>>;

export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): Features {
  const has = (version: string, set = "ExcelApi") => {
    try {
      return isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  const features = Object.fromEntries(Object.entries(FEATURE_SETS).map(([feature, version]) => [feature, has(version)]));
  const online = Object.fromEntries(
    Object.entries(ONLINE_FEATURE_SETS).map(([feature, version]) => [feature, has(version, "ExcelApiOnline")]),
  );
  return { ...features, ...online } as Features;
}
