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
      "Các công thức hoặc tên sau của anh/chị đang tham chiếu đến các trang này: {references}. Sau khi thay, chúng vẫn trỏ tới cùng địa chỉ ô trên trang mới; nếu bố cục biểu đã đổi, hãy kiểm tra lại chúng.",
  },
  en: {
    "excel.error.payload":
      "Excel on the web accepts at most 5 MB per request, and this part is still larger. Write fewer units at a time, or consolidate in the standalone page / Excel on the desktop and open the resulting .xlsx.",
    "excel.error.cellEdit": "Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.",
    "excel.replace.references":
      "These formulas or names of yours refer to those sheets: {references}. After the replacement they still point at the same cell addresses on the new sheets; if the form's layout changed, check them.",
  },
} as const;
