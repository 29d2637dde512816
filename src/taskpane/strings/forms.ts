/** Strings of the definition strip (Định nghĩa biểu mẫu) in the task pane. */
export const formsView = {
  vi: {
    "forms.ui.heading": "Định nghĩa biểu mẫu",
    "forms.ui.shipped": "Đang dùng biểu mẫu có sẵn ({form}).",
    "forms.ui.chosen": "Đang dùng {form}, mở từ {source}.",
    "forms.ui.openFile": "Mở tệp định nghĩa…",
    "forms.ui.fromWorkbook": "Đọc từ sổ tính đang mở",
    "forms.ui.openWorkbook": "sổ tính đang mở",
    "forms.ui.useShipped": "Dùng biểu mẫu có sẵn",
    "forms.ui.invalid": "Định nghĩa có {count} lỗi nên chưa dùng được:",
    "forms.ui.unreadable": "Không đọc được tệp định nghĩa.",
    "forms.ui.tooLarge": "Trang định nghĩa quá lớn.",
  },
  en: {
    "forms.ui.heading": "Form definition",
    "forms.ui.shipped": "Using the shipped forms ({form}).",
    "forms.ui.chosen": "Using {form}, opened from {source}.",
    "forms.ui.openFile": "Open a definition file…",
    "forms.ui.fromWorkbook": "Read from the open workbook",
    "forms.ui.openWorkbook": "the open workbook",
    "forms.ui.useShipped": "Use the shipped forms",
    "forms.ui.invalid": "The definition has {count} errors and cannot be used yet:",
    "forms.ui.unreadable": "The definition file cannot be read.",
    "forms.ui.tooLarge": "A definition sheet is too large.",
  },
} as const;
