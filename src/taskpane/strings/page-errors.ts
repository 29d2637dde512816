/** Strings of what the page says when something fails that no view caught: what failed and what to do. */
export const pageErrors = {
  vi: {
    "errors.view.title": "Phần «{view}» gặp lỗi và đã dừng",
    "errors.view.body":
      "Các tệp của bạn không bị thay đổi. Hãy bấm «Thử lại». Nếu lỗi lặp lại, hãy tải lại trang (phím F5) rồi làm lại; nếu vẫn lỗi, hãy báo cho bộ phận tin học, kèm tên tệp và việc bạn đang làm.",
    "errors.view.retry": "Thử lại",
    "errors.page.title": "Trang gặp lỗi",
    "errors.page.unexpected":
      "Một việc trên trang không làm được do lỗi không lường trước. Các tệp của bạn không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang (phím F5), và nếu lỗi còn, hãy báo cho bộ phận tin học.",
    "errors.page.fileProtocol":
      "Trình duyệt không cho chạy tính năng này khi mở tệp trực tiếp; hãy dùng tệp bao-cao-cong-doan.html hoặc trang trên mạng nội bộ.",
    "errors.page.fileUnreadable":
      "Không đọc được một tệp đã chọn: tệp có thể đã bị di chuyển, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp rồi làm lại.",
    "errors.page.memory":
      "Trình duyệt không đủ bộ nhớ cho việc này. Hãy đóng bớt thẻ và chương trình khác, hoặc chia các tệp thành nhiều lần tổng hợp.",
    "errors.page.dismiss": "Đóng thông báo",
    "errors.shell":
      "Trang Báo cáo Công đoàn không hiển thị được. Hãy tải lại trang (phím F5). Nếu vẫn lỗi, hãy mở bằng Chrome, Edge, Firefox hoặc Cốc Cốc bản mới, hoặc báo cho bộ phận tin học.",
  },
  en: {
    "errors.view.title": "“{view}” ran into an error and stopped",
    "errors.view.body":
      "Your files were not changed. Press “Try again”. If it happens again, reload the page (F5) and start over; if it still fails, tell your IT staff the file's name and what you were doing.",
    "errors.view.retry": "Try again",
    "errors.page.title": "The page ran into an error",
    "errors.page.unexpected":
      "Something on the page could not be done because of an unexpected error. Your files were not changed. Try again; if it still fails, reload the page (F5), and if it persists, tell your IT staff.",
    "errors.page.fileProtocol":
      "The browser does not allow this feature in a file opened directly; use the file bao-cao-cong-doan.html or the page on your intranet.",
    "errors.page.fileUnreadable":
      "A chosen file could not be read: it may have been moved, renamed or be open in another program. Choose the file again and start over.",
    "errors.page.memory":
      "The browser ran out of memory for this. Close other tabs and programs, or split the files into several consolidations.",
    "errors.page.dismiss": "Dismiss",
    "errors.shell":
      "The Báo cáo Công đoàn page could not be shown. Reload the page (F5). If it still fails, open it in a recent Chrome, Edge, Firefox or Cốc Cốc, or tell your IT staff.",
  },
} as const;
