/**
 * The message shown instead of the pane in Office's old webviews (Trident/EdgeHTML: Office 2019 volume
 * licence, Microsoft 365 on Windows before Version 2101). Read by the page's first script
 * (oldWebview.ts), which runs there in ES5 without the catalog's lookup: plain text, no parameters.
 */
export const oldWebviewPage = {
  vi: {
    "oldWebview.title": "Phần bổ trợ chưa chạy được trong Excel này",
    "oldWebview.problem":
      "Excel trên máy này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ, có ở Office 2019 bản quyền số lượng lớn và Microsoft 365 trước phiên bản 2101). Báo cáo Công đoàn không chạy được trên trình duyệt đó.",
    "oldWebview.instead":
      "Các công cụ (tạo biểu, kiểm tra, tổng hợp) vẫn dùng được ở trang độc lập: lưu sổ tính dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel), mở địa chỉ dưới đây bằng Chrome hoặc Edge mới rồi chọn tệp đó.",
    "oldWebview.link": "Mở trang độc lập",
  },
  en: {
    "oldWebview.title": "The add-in cannot run in this Excel",
    "oldWebview.problem":
      "Excel on this computer shows add-ins in an old browser (Internet Explorer or the old Edge, as in Office 2019 volume licence and Microsoft 365 before Version 2101). Báo cáo Công đoàn does not run there.",
    "oldWebview.instead":
      "The same tools (templates, checks, consolidation) work in the standalone page: save the workbook as .xlsx (File → Save As → Excel Workbook), open the address below in Chrome or the new Edge, and choose that file.",
    "oldWebview.link": "Open the standalone page",
  },
} as const;
