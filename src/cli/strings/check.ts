/** Strings of the validate command. */
export const checkCli = {
  vi: {
    "check.cli.description": "kiểm tra số liệu của các tệp báo cáo .xlsx",
    "check.cli.usage": "Cách dùng: union-report validate TỆP... [--json] [--lang vi|en]",
    "check.cli.option.json": "in kết quả dạng JSON",
    "check.cli.noFiles": "Chưa chỉ ra tệp nào cần kiểm tra.",
    "check.cli.fileHeading": "Tệp {file}: {summary}",
    "check.cli.unreadable": "Tệp {file}: không đọc được. {reason}",
    "check.cli.clean": "Không có lỗi.",
    "check.cli.fileError": "Không mở được tệp ({reason}).",
    "check.cli.notFound": "Không tìm thấy tệp.",
    "check.cli.option.help": "hiện hướng dẫn này",
  },
  en: {
    "check.cli.description": "check the figures of .xlsx report files",
    "check.cli.usage": "Usage: union-report validate FILE... [--json] [--lang vi|en]",
    "check.cli.option.json": "print the result as JSON",
    "check.cli.noFiles": "No file to check was given.",
    "check.cli.fileHeading": "File {file}: {summary}",
    "check.cli.unreadable": "File {file}: could not be read. {reason}",
    "check.cli.clean": "No errors.",
    "check.cli.fileError": "The file could not be opened ({reason}).",
    "check.cli.notFound": "The file was not found.",
    "check.cli.option.help": "show this help",
  },
} as const;
