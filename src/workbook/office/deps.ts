/** What the adapter needs from Office, injected so that the in-memory Excel of the tests can stand in. */

/** Office's document settings (Office.context.document.settings), narrowed to what we use. */
export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export interface OfficeDeps {
  /** Excel.run(batch), or Excel.run(options, batch) with options (delayForCellEdit, ExcelApi 1.11). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { readonly delayForCellEdit?: boolean }): Promise<T>;
  /** Excel.run(context, batch): event handlers can only be removed in the context that added them. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Excel.createWorkbook(base64): a new workbook from a .xlsx (ExcelApi 1.8). */
  createWorkbook?(base64: string): Promise<void>;
  settings: DocumentSettings | null;
}
