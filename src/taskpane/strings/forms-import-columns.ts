/** Strings of the import view for a typed form with several value columns (issue 22): the columns it understood. */
export const formsImportColumnsView = {
  vi: {
    "formsImportColumns.ui.sheetTodo": "Trang {sheet}: {text}",
    "formsImportColumns.ui.heading": "Các cột số liệu (trang columns)",
    "formsImportColumns.ui.input": "nhập",
    "formsImportColumns.ui.computed": "tự tính = {formula}",
    "formsImportColumns.ui.note": "ghi chú",
    "formsImportColumns.ui.group": "{group} › {label}",
  },
  en: {
    "formsImportColumns.ui.sheetTodo": "Sheet {sheet}: {text}",
    "formsImportColumns.ui.heading": "Value columns (sheet columns)",
    "formsImportColumns.ui.input": "entered",
    "formsImportColumns.ui.computed": "computed = {formula}",
    "formsImportColumns.ui.note": "note",
    "formsImportColumns.ui.group": "{group} › {label}",
  },
} as const;
