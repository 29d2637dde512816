/**
 * Loads ExcelJS on first use. A dynamic import lets webpack split it into its own chunk (the task pane
 * only pays for it when a file is written), and resolves ExcelJS's "browser" field (its dist build) in
 * the browser while Node gets the lib build.
 */
import type * as ExcelJSTypes from "exceljs";
import { once } from "../../../domain/memo";

export type ExcelJSModule = Pick<typeof ExcelJSTypes, "Workbook">;

const loading = once(() =>
  import(/* webpackChunkName: "exceljs" */ "exceljs").then((mod) => {
    // A CommonJS module seen through ESM interop: the classes are on the namespace (Node, ts-jest) or
    // only on its default export (webpack's wrapper of the dist build).
    const withDefault = mod as ExcelJSModule & { default?: ExcelJSModule };
    return typeof withDefault.Workbook === "function" ? withDefault : withDefault.default!;
  }),
);

export function loadExcelJS(): Promise<ExcelJSModule> {
  return loading();
}
