/** Strings of the shell shared below the front ends (the pane's frame is in taskpane/strings, the CLI's in cli/strings). */
export const ui = {
  vi: {
    "ui.error.unexpected":
      "gặp lỗi không lường trước trong Excel hoặc trình duyệt. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.",
    "ui.placeholder": "Chức năng này đang được xây dựng.",
    "workbook.pageFooter": "Trang &P / &N",
  },
  en: {
    "ui.error.unexpected":
      "an unexpected error in Excel or the browser. Try again; if it happens again, close the task pane and open it again.",
    "ui.placeholder": "This feature is being built.",
    "workbook.pageFooter": "Page &P of &N",
  },
} as const;
