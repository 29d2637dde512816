/** Strings of the forms commands (check, export) and of --forms on every command. */
export const formsCli = {
  vi: {
    "forms.summary": "làm việc với tệp định nghĩa biểu mẫu (kiểm tra, xuất định nghĩa có sẵn)",
    "forms.usage": "Cách dùng: union-report forms <lệnh> [tùy chọn]\n  Các lệnh:",
    "forms.usageHelp": "  Xem thêm: union-report forms <lệnh> --help",
    "forms.unknownSubcommand": 'Lệnh "forms {name}" không có. Các lệnh: {names}.',
    "forms.check.valid":
      "Định nghĩa hợp lệ: {formId} phiên bản {version} — {tables} biểu, {codes} chỉ tiêu, {rules} quy tắc, {campaigns} kỳ báo cáo.",
    "forms.check.hash": "Mã băm (SHA-256): {hash}",
    "forms.check.invalid": "Định nghĩa có {count} lỗi; sửa các ô trên rồi kiểm tra lại.",
    "forms.check.usage":
      "Cách dùng: union-report forms check DINH-NGHIA.xlsx [--json]\n  Kiểm tra tệp định nghĩa biểu mẫu: mã 0 khi hợp lệ, 1 khi có lỗi (liệt kê từng ô), 2 khi không đọc được tệp.",
    "forms.check.summary": "kiểm tra tệp định nghĩa biểu mẫu, liệt kê từng lỗi theo trang và ô",
    "forms.file.needFile": "Cần cho biết tệp định nghĩa (.xlsx).",
    "forms.export.summary": "xuất định nghĩa biểu mẫu có sẵn (Biểu 01–04) ra tệp .xlsx để sửa thành định nghĩa của mình",
    "forms.export.usage":
      "Cách dùng: union-report forms export --out DINH-NGHIA.xlsx [--force]\n  Ghi định nghĩa biểu mẫu có sẵn ra tệp. Khi sửa, đặt form_id và mã kỳ báo cáo của riêng đơn vị mình.",
    "forms.export.written":
      "Đã ghi định nghĩa biểu mẫu có sẵn vào {file}. Sửa tệp, đổi form_id và mã kỳ, rồi kiểm tra: union-report forms check {file}",
    "forms.option.forms": "tệp định nghĩa biểu mẫu (.xlsx) để dùng thay cho biểu mẫu có sẵn; tệp lập theo định nghĩa khác bị từ chối",
    "forms.file.notFound": "không có tệp này",
    "forms.file.unreadable": "Không đọc được tệp định nghĩa {file}: {reason}",
    "forms.file.invalid": "Tệp định nghĩa {file} có lỗi; xem: union-report forms check {file}",
  },
  en: {
    "forms.summary": "work with form definition files (check, export the shipped definition)",
    "forms.usage": "Usage: union-report forms <command> [options]\n  Commands:",
    "forms.usageHelp": "  More: union-report forms <command> --help",
    "forms.unknownSubcommand": 'There is no "forms {name}". Commands: {names}.',
    "forms.check.valid":
      "The definition is valid: {formId} version {version} — {tables} tables, {codes} indicators, {rules} rules, {campaigns} campaigns.",
    "forms.check.hash": "Hash (SHA-256): {hash}",
    "forms.check.invalid": "The definition has {count} errors; fix the cells above and check again.",
    "forms.check.usage":
      "Usage: union-report forms check DEFINITION.xlsx [--json]\n  Checks a form definition file: exit 0 when valid, 1 with errors (each cell listed), 2 when the file cannot be read.",
    "forms.check.summary": "check a form definition file, listing every mistake by sheet and cell",
    "forms.file.needFile": "Name the definition file (.xlsx).",
    "forms.export.summary": "write the shipped form definition (Tables 01–04) to an .xlsx file to edit into your own",
    "forms.export.usage":
      "Usage: union-report forms export --out DEFINITION.xlsx [--force]\n  Writes the shipped form definition to a file. When editing it, give it your own form_id and campaign ids.",
    "forms.export.written":
      "Wrote the shipped form definition to {file}. Edit it, change form_id and the campaign ids, then check it: union-report forms check {file}",
    "forms.option.forms":
      "a form definition file (.xlsx) to use instead of the shipped forms; files made from another definition are refused",
    "forms.file.notFound": "no such file",
    "forms.file.unreadable": "Cannot read the definition file {file}: {reason}",
    "forms.file.invalid": "The definition file {file} has errors; see: union-report forms check {file}",
  },
} as const;
