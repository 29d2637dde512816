/**
 * Why Excel refused what the add-in asked (Office.js error codes named for the officer), and what the
 * Office.js adapter tells before it replaces sheets. Reasons start in lower case: the views put them
 * after their own "could not …:".
 */
export const excel = {
  vi: {
    "excel.error.payload":
      "Excel trên web nhận tối đa 5 MB mỗi lần gửi, và phần này vẫn lớn hơn. Hãy ghi ít đơn vị hơn mỗi lần, hoặc dùng trang độc lập / Excel trên máy tính để tổng hợp rồi mở tệp .xlsx kết quả.",
    "excel.error.cellEdit": "Excel đang ở chế độ nhập ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập ô rồi thử lại.",
    "excel.replace.references":
      "Các công thức hoặc tên sau đang tham chiếu đến trang sẽ được thay: {references}. Khi thay trang, Excel sẽ đổi các tham chiếu đó thành #REF!.",
  },
  en: {
    "excel.error.payload":
      "Excel on the web accepts at most 5 MB per request, and this part is still larger. Write fewer units at a time, or consolidate in the standalone page / Excel on the desktop and open the resulting .xlsx.",
    "excel.error.cellEdit": "Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.",
    "excel.replace.references": "These formulas or names refer to the sheets to be replaced: {references}. Replacing the sheets turns those references into #REF!.",
  },
} as const;
