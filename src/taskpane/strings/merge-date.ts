/** The merge view's Ngày lập field (issue 20). */
export const mergeDateView = {
  vi: {
    "mdate.view.label": "Ngày lập sổ tổng hợp",
    "mdate.view.hint": "Để trống: hôm nay. Đơn vị nộp muộn hay không được xét theo ngày nhận tệp, không theo ngày này.",
  },
  en: {
    "mdate.view.label": "Date of the consolidated workbook",
    "mdate.view.hint": "Blank: today. Whether a unit was late is judged by the day its file was received, not by this date.",
  },
} as const;
