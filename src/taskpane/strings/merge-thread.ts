/** Strings of where a merge runs, when it is not the usual worker. */
export const mergeThread = {
  vi: {
    "merge.thread.page":
      "Trình duyệt không cho chạy phần tổng hợp riêng, nên trang tự làm việc này: chậm hơn, và trang có thể phản hồi chậm giữa các tệp. Vẫn có thể bấm «Hủy».",
  },
  en: {
    "merge.thread.page":
      "The browser does not allow a separate merge worker, so the page does the work itself: slower, and the page may respond slowly between files. “Cancel” still works.",
  },
} as const;
