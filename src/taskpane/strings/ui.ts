/** Strings of the pane's frame: tabs, language, host, loading. */
export const paneUi = {
  vi: {
    "ui.tabs.label": "Chức năng",
    "ui.tab.templates": "Biểu mẫu",
    "ui.tab.check": "Kiểm tra",
    "ui.tab.merge": "Tổng hợp",
    "ui.templates.title": "Biểu mẫu báo cáo",
    "ui.templates.description":
      "Tạo sổ tính biểu mẫu cho một kỳ báo cáo: phần thông tin chung và các biểu số liệu (TT · Nội dung · Đơn vị tính · Số lượng · Ghi chú), với ô nhập được kiểm soát và mã số ổn định cho từng chỉ tiêu.",
    "ui.check.title": "Kiểm tra số liệu",
    "ui.check.description":
      "Kiểm tra số liệu đã nhập theo các quy tắc của biểu mẫu (số trong đó không vượt tổng, cộng các phần bằng tổng, ...), chỉ ra ô có vấn đề và giải thích bằng tiếng Việt.",
    "ui.merge.title": "Tổng hợp báo cáo",
    "ui.merge.description":
      "Tổng hợp các tệp báo cáo của đơn vị cấp dưới theo mã chỉ tiêu: tệp nào được nhận, tệp nào bị từ chối và vì sao, đơn vị nào chưa nộp, kèm bảng chi tiết theo từng đơn vị.",
    "ui.language.label": "Ngôn ngữ",
    "ui.language.vi": "Tiếng Việt",
    "ui.language.en": "English",
    "ui.host.excel": "Đang làm việc trên sổ tính Excel đang mở.",
    "ui.host.standalone": "Chế độ độc lập: mở tệp .xlsx, làm việc trên tệp và tải kết quả về máy.",
    "ui.loading": "Đang tải…",
  },
  en: {
    "ui.tabs.label": "Features",
    "ui.tab.templates": "Templates",
    "ui.tab.check": "Check",
    "ui.tab.merge": "Consolidate",
    "ui.templates.title": "Report templates",
    "ui.templates.description":
      "Create the template workbook of a reporting campaign: the identification sheet and the data tables (No. · Item · Unit · Quantity · Notes), with controlled input cells and a stable code for every figure.",
    "ui.check.title": "Check figures",
    "ui.check.description":
      "Check the figures entered against the template's rules (a part never exceeds its whole, the parts add up to the total, ...), point to the cells with a problem and explain it.",
    "ui.merge.title": "Consolidate reports",
    "ui.merge.description":
      "Consolidate the report files of the units below by figure code: which files were accepted, which were rejected and why, which units have not reported, with a per-unit breakdown.",
    "ui.language.label": "Language",
    "ui.language.vi": "Tiếng Việt",
    "ui.language.en": "English",
    "ui.host.excel": "Working on the open Excel workbook.",
    "ui.host.standalone": "Standalone mode: open an .xlsx file, work on it and download the result.",
    "ui.loading": "Loading…",
  },
} as const;
