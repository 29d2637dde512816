/**
 * Strings of forms as data: the `union-report forms` command and its subcommands, and the problems the
 * definition loader reports. Vietnamese first; English the alternative.
 */
export const forms = {
  vi: {
    "forms.summary": "làm việc với tệp định nghĩa biểu mẫu (kiểm tra, xuất định nghĩa có sẵn)",
    "forms.usage": "Cách dùng: union-report forms <lệnh> [tùy chọn]\n  Các lệnh:",
    "forms.usageHelp": "  Xem thêm: union-report forms <lệnh> --help",
    "forms.unknownSubcommand": "Lệnh \"forms {name}\" không có. Các lệnh: {names}.",
  },
  en: {
    "forms.summary": "work with form definition files (check, export the shipped definition)",
    "forms.usage": "Usage: union-report forms <command> [options]\n  Commands:",
    "forms.usageHelp": "  More: union-report forms <command> --help",
    "forms.unknownSubcommand": "There is no \"forms {name}\". Commands: {names}.",
  },
} as const;
