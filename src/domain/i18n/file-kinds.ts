/** What the reader says about files that are plainly something else (issue 19: every file gets its own verdict). */
export const fileKinds = {
  vi: {
    "reader.pdf":
      "Tệp là tài liệu PDF (có thể là công văn hoặc bản quét), không phải sổ tính Excel (.xlsx). Hãy đề nghị đơn vị gửi tệp .xlsx của biểu mẫu đã điền.",
    "reader.docx":
      "Tệp là văn bản Word (.docx), không phải sổ tính Excel (.xlsx). Hãy đề nghị đơn vị điền số liệu vào biểu mẫu .xlsx đã được gửi.",
  },
  en: {
    "reader.pdf":
      "The file is a PDF document (perhaps a letter or a scan), not an Excel workbook (.xlsx). Ask the unit for the filled .xlsx form.",
    "reader.docx":
      "The file is a Word document (.docx), not an Excel workbook (.xlsx). Ask the unit to enter the figures in the .xlsx form that was sent.",
  },
} as const;
