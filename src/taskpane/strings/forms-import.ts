/** Strings of the import of a typed form in the task pane. */
export const formsImportView = {
  vi: {
    "formsImport.ui.heading": "Nhập từ biểu mẫu đã gõ",
    "formsImport.ui.hint":
      "Biểu gõ trong Excel (TT · Nội dung · Đơn vị tính · cột số liệu · Ghi chú) thành tệp định nghĩa: mã chỉ tiêu, kiểu số, cách tổng hợp; mỗi điểm bạn cần quyết định được ghi ngay trên dòng của nó, tô vàng; quyết định xong thì xoá lời nhắc đó.",
    "formsImport.ui.pick": "Chọn tệp biểu mẫu (.xlsx)…",
    "formsImport.ui.sheet": "Trang có biểu mẫu",
    "formsImport.ui.fromSheet": "Nhập từ trang này",
    "formsImport.ui.working": "Đang đọc biểu mẫu…",
    "formsImport.ui.nothing": "Không nhập được gì từ biểu mẫu này.",
    "formsImport.ui.failed": "Không đọc được tệp. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.",
    "formsImport.ui.summary": "Đề xuất {indicators} chỉ tiêu; {todos} điểm cần xem.",
    "formsImport.ui.download": "Tải tệp định nghĩa",
    "formsImport.ui.lines": "Các dòng và mã đề xuất",
  },
  en: {
    "formsImport.ui.heading": "Import a typed form",
    "formsImport.ui.hint":
      "A form typed in Excel (TT · Nội dung · Đơn vị tính · value columns · Ghi chú) becomes a definition file: codes, value types, aggregation; each point you need to decide is written on its own row, highlighted in yellow; once decided, delete that reminder.",
    "formsImport.ui.pick": "Choose the form file (.xlsx)…",
    "formsImport.ui.sheet": "Sheet holding the form",
    "formsImport.ui.fromSheet": "Import from this sheet",
    "formsImport.ui.working": "Reading the form…",
    "formsImport.ui.nothing": "Nothing could be imported from this form.",
    "formsImport.ui.failed": "The file could not be read. Open it in Excel, save it as .xlsx and try again.",
    "formsImport.ui.summary": "{indicators} indicators proposed; {todos} points to check.",
    "formsImport.ui.download": "Download the definition file",
    "formsImport.ui.lines": "Lines and proposed codes",
  },
} as const;
