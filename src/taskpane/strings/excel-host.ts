/** Strings of what the pane does differently inside Excel (a file result opened as a new workbook, Excel for Mac's downloads). */
export const excelHostPane = {
  vi: {
    "excelHost.openAsNewWorkbook": "Mở thành sổ tính mới trong Excel",
    "excelHost.openFailed": "Không mở được sổ tính mới: {reason}",
  },
  en: {
    "excelHost.openAsNewWorkbook": "Open as a new workbook in Excel",
    "excelHost.openFailed": "Could not open the new workbook: {reason}",
  },
} as const;
