/** Strings of what the file writer reports (the template commands' and view's own are in cli/strings and taskpane/strings). */
export const writer = {
  vi: {
    "file.unkeptParts":
      "Sổ tính này có {parts}; trang web không giữ được các phần này khi chèn biểu mẫu nên chưa thay đổi gì. Hãy chèn biểu mẫu trong Excel (bổ trợ), hoặc tạo tệp biểu mẫu mới.",
    "file.part.charts": "biểu đồ",
    "file.part.pivots": "PivotTable",
    "file.part.slicers": "slicer, timeline",
    "file.part.macros": "macro (VBA)",
  },
  en: {
    "file.unkeptParts":
      "This workbook has {parts}, which the page cannot keep when it inserts a template, so nothing was changed. Insert the template in Excel (the add-in), or make a new template file.",
    "file.part.charts": "charts",
    "file.part.pivots": "PivotTables",
    "file.part.slicers": "slicers or timelines",
    "file.part.macros": "macros (VBA)",
  },
} as const;
