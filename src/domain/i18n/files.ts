/**
 * Messages of the .xlsx reader (src/workbook/file/reader): why a submitted file could not be read.
 * Written for a union officer, not a programmer: what the file is, and what to do about it.
 * Keys are also the error codes.
 */
export const files = {
  vi: {
    "reader.empty-file": "Tệp rỗng (0 byte), không có dữ liệu để đọc. Hãy đề nghị đơn vị gửi lại tệp.",
    "reader.too-large":
      "Tệp quá lớn ({size} MB, giới hạn {limit} MB). Biểu mẫu báo cáo thường chỉ vài trăm KB — hãy kiểm tra lại có đúng tệp báo cáo không.",
    "reader.not-xlsx":
      'Tệp không phải là tệp Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)", hoặc dùng đúng biểu mẫu đã gửi.',
    "reader.xls-binary":
      'Tệp là định dạng Excel cũ (.xls), không phải .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".',
    "reader.encrypted":
      "Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy đề nghị đơn vị gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu) rồi gửi lại.",
    "reader.ods":
      'Tệp là bảng tính OpenDocument (.ods), không phải .xlsx. Hãy mở bằng LibreOffice và lưu lại dưới dạng "Excel 2007-365 (.xlsx)".',
    "reader.text":
      "Tệp là văn bản (CSV hoặc tương tự), không phải tệp Excel (.xlsx). Hãy điền số liệu vào đúng biểu mẫu .xlsx đã được gửi.",
    "reader.zip-corrupt": "Tệp Excel bị hỏng hoặc không đầy đủ (có thể tải về hoặc đính kèm chưa hết). Hãy đề nghị đơn vị gửi lại tệp.",
    "reader.zip-unsupported":
      "Tệp được nén theo cách không hỗ trợ (nén có mật khẩu hoặc phương pháp nén lạ). Hãy mở bằng Excel, lưu lại và gửi lại.",
    "reader.no-workbook":
      "Tệp không chứa sổ làm việc Excel (thiếu xl/workbook.xml). Có thể đây là tệp Word, PowerPoint hoặc tệp nén khác bị đổi tên thành .xlsx.",
    "reader.part-missing": 'Tệp thiếu phần "{part}" mà sổ làm việc cần tới. Hãy mở bằng Excel, lưu lại và gửi lại.',
    "reader.too-many-entries":
      "Tệp chứa quá nhiều thành phần ({count}, giới hạn {limit}). Đây không phải biểu mẫu báo cáo thông thường nên không được đọc.",
    "reader.inflated-too-large":
      'Dữ liệu của tệp sau khi giải nén quá lớn (hơn {limit} MB). Tệp có thể là "bom nén" hoặc chứa quá nhiều dữ liệu nên không được đọc.',
    "reader.part-too-large": 'Phần "{part}" của tệp quá lớn sau khi giải nén (hơn {limit} MB) nên không được đọc.',
    "reader.inflate-ratio": 'Phần "{part}" của tệp có tỷ lệ nén bất thường (hơn {limit}:1), dấu hiệu của "bom nén". Tệp không được đọc.',
    "reader.too-many-names":
      "Tệp có quá nhiều tên vùng (defined names) (hơn {limit}). Đây không phải biểu mẫu báo cáo thông thường nên không được đọc.",
    "reader.too-many-cells": "Tệp có quá nhiều ô phải đọc (hơn {limit}). Hãy chỉ gửi biểu mẫu báo cáo, không kèm dữ liệu khác.",
    "reader.xml-too-deep": 'Nội dung phần "{part}" lồng nhau quá sâu (hơn {limit} cấp). Tệp bất thường nên không được đọc.',
    "reader.xml-doctype":
      'Phần "{part}" chứa khai báo DOCTYPE/ENTITY, thứ Excel không bao giờ tạo ra. Tệp có thể độc hại nên không được đọc.',
    "reader.xml-malformed": 'Nội dung phần "{part}" bị hỏng, không đọc được. Hãy mở tệp bằng Excel, lưu lại và gửi lại.',
    "reader.timeout": "Đọc tệp quá lâu (hơn {limit} giây) nên đã dừng. Tệp có thể quá lớn hoặc bất thường.",
    "reader.sheet-not-found": 'Không tìm thấy trang tính "{sheet}" trong tệp.',
    "reader.no-visible-sheet": "Tệp không có trang tính nào đang hiển thị.",
    "reader.invalid-limits": 'Lỗi cấu hình chương trình: giới hạn "{name}" không hợp lệ.',
    "reader.unreadable":
      "Không đọc được tệp do một lỗi không lường trước. Hãy mở tệp bằng Excel, lưu lại và gửi lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ.",
  },
  en: {
    "reader.empty-file": "The file is empty (0 bytes); there is nothing to read. Ask the unit to send it again.",
    "reader.too-large":
      "The file is too large ({size} MB, limit {limit} MB). A report form is usually a few hundred KB; check that this is the right file.",
    "reader.not-xlsx":
      'The file is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)", or use the form that was sent.',
    "reader.xls-binary":
      'The file is an old-format Excel workbook (.xls), not .xlsx. Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
    "reader.encrypted":
      "The file is password-protected (encrypted) and cannot be read. Ask the unit to remove the password (File → Info → Protect Workbook → Encrypt with Password) and send it again.",
    "reader.ods":
      'The file is an OpenDocument spreadsheet (.ods), not .xlsx. Open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)".',
    "reader.text": "The file is text (CSV or similar), not an Excel workbook (.xlsx). Enter the figures in the .xlsx form that was sent.",
    "reader.zip-corrupt":
      "The Excel file is damaged or incomplete (perhaps not fully downloaded or attached). Ask the unit to send it again.",
    "reader.zip-unsupported":
      "The file uses an unsupported compression (a password-protected zip or an unusual method). Open it in Excel, save it and send it again.",
    "reader.no-workbook":
      "The file holds no Excel workbook (xl/workbook.xml is missing). It may be a Word, PowerPoint or other zip file renamed to .xlsx.",
    "reader.part-missing": 'The file lacks the part "{part}" that its workbook refers to. Open it in Excel, save it and send it again.',
    "reader.too-many-entries": "The file has too many parts ({count}, limit {limit}). It is not an ordinary report form and was not read.",
    "reader.inflated-too-large":
      'The file\'s content is too large once decompressed (over {limit} MB). It may be a "zip bomb" or hold too much data, and was not read.',
    "reader.part-too-large": 'The part "{part}" is too large once decompressed (over {limit} MB) and was not read.',
    "reader.inflate-ratio":
      'The part "{part}" has an abnormal compression ratio (over {limit}:1), the mark of a "zip bomb". The file was not read.',
    "reader.too-many-names": "The file has too many defined names (over {limit}). It is not an ordinary report form and was not read.",
    "reader.too-many-cells": "The file has too many cells to read (over {limit}). Send only the report form, without other data.",
    "reader.xml-too-deep": 'The content of "{part}" is nested too deeply (over {limit} levels). The file is abnormal and was not read.',
    "reader.xml-doctype":
      'The part "{part}" contains a DOCTYPE/ENTITY declaration, which Excel never writes. The file may be hostile and was not read.',
    "reader.xml-malformed": 'The content of "{part}" is damaged and cannot be read. Open the file in Excel, save it and send it again.',
    "reader.timeout": "Reading the file took too long (over {limit} seconds) and was stopped. The file may be too large or abnormal.",
    "reader.sheet-not-found": 'The sheet "{sheet}" was not found in the file.',
    "reader.no-visible-sheet": "The file has no visible sheet.",
    "reader.invalid-limits": 'Program configuration error: the limit "{name}" is not valid.',
    "reader.unreadable":
      "The file could not be read because of an unexpected error. Open it in Excel, save it and send it again; if it still fails, report it to support.",
  },
} as const;
